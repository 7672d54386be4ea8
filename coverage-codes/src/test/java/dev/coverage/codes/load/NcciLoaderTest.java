package dev.coverage.codes.load;

import static dev.coverage.codes.FileErrors.assertFileError;
import static dev.coverage.codes.FileErrors.assertTruncatedGzip;
import static org.assertj.core.api.Assertions.assertThat;

import dev.coverage.codes.Streams;
import dev.coverage.core.code.ProcedureCode;
import dev.coverage.core.reference.EffectiveDates;
import dev.coverage.core.reference.ModifierIndicator;
import dev.coverage.core.reference.MueAdjudication;
import dev.coverage.core.reference.MueLimit;
import dev.coverage.core.reference.PtpEdit;
import java.io.InputStream;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class NcciLoaderTest {
  private static final String PTP_TEXT = "ccipra_fixture_f1.txt";
  private static final String MUE_CSV = "mue_practitioner_fixture.csv";
  private static final String PTP_HEADER =
      "column1\tcolumn2\tdeletion_date\tmodifier_indicator\tptp_edit_rationale\n";
  private static final String MUE_HEADER =
      "hcpcs_code\tmue_practitioner_units\tmue_adjudication_indicator\tmue_rationale\n";
  private static final String CMS_PTP_HEADER =
      "Column1\tColumn 2\t*=in existence prior to 1996\tEffective Date\tDeletion Date *=no data"
          + "\tModifier 0=not allowed 1=allowed 9=not applicable\tPTP Edit Rationale\n";

  private static InputStream fixture(String name) {
    return NcciLoaderTest.class.getResourceAsStream(name);
  }

  private static ProcedureCode code(String code) {
    return ProcedureCode.of(code);
  }

  @Test
  void the_cms_ptp_text_layout_is_read_with_effective_and_deletion_dates() {
    NcciTable table = NcciLoader.create().ptpText(PTP_TEXT, fixture(PTP_TEXT)).load();
    LocalDate day = LocalDate.of(2024, 8, 1);

    PtpEdit edit = table.ptp(code("64615"), code("64612"), day).orElseThrow();
    assertThat(edit.modifierIndicator()).isEqualTo(ModifierIndicator.NOT_ALLOWED);
    assertThat(edit.effective()).isEqualTo(EffectiveDates.from(LocalDate.of(2013, 1, 1)));
    assertThat(edit.rationale()).hasValue("CPT Manual or CMS manual coding instruction");
    assertThat(table.ptp(code("64612"), code("64615"), day)).as("ordered pairs").isEmpty();
    assertThat(table.ptp(code("64615"), code("64612"), LocalDate.of(2012, 12, 31))).isEmpty();
    assertThat(table.ptpRowsRead()).isEqualTo(6);
    assertThat(table.ptpEdits()).isEqualTo(6);
  }

  @Test
  void a_deletion_date_is_the_last_day_in_force_and_a_pair_can_return() {
    NcciTable table = NcciLoader.create().ptpText(PTP_TEXT, fixture(PTP_TEXT)).load();
    ProcedureCode c1 = code("17004");
    ProcedureCode c2 = code("17106");

    assertThat(table.ptp(c1, c2, LocalDate.of(2019, 3, 31))).isPresent();
    assertThat(table.ptp(c1, c2, LocalDate.of(2019, 4, 1))).isEmpty();
    assertThat(table.ptp(c1, c2, LocalDate.of(2022, 1, 1))).isPresent();
    assertThat(table.ptpEditsFor(c1)).hasSize(2);
  }

  @Test
  void the_tsv_layout_without_effective_dates_infers_them_from_deletions() {
    String tsv =
        PTP_HEADER
            + "90845\t99291\t\t0\tMisuse of Column Two code with Column One code\n"
            + "90845\t99291\t2000-09-30\t0\tMutually exclusive procedures\n"
            + "90845\t99291\t2019-12-31\t0\tMisuse of Column Two code with Column One code\n"
            + "88108\t88162\t1996-01-01\t9\tMutually exclusive procedures\n"
            + "88108\t88162\t1996-01-01\t9\tStandards of medical/surgical practice\n";
    NcciTable table =
        NcciLoader.create().ptpTsv("ptp.tsv.gz", Streams.bytes(Streams.gzip(tsv))).load();
    ProcedureCode c1 = code("90845");
    ProcedureCode c2 = code("99291");

    assertThat(table.ptp(c1, c2, LocalDate.of(1999, 1, 1)).orElseThrow().effective())
        .isEqualTo(EffectiveDates.between(LocalDate.MIN, LocalDate.of(2000, 9, 30)));
    assertThat(table.ptp(c1, c2, LocalDate.of(2010, 1, 1)).orElseThrow().effective())
        .isEqualTo(EffectiveDates.between(LocalDate.of(2000, 10, 1), LocalDate.of(2019, 12, 31)));
    assertThat(table.ptp(c1, c2, LocalDate.of(2024, 1, 1)).orElseThrow().effective())
        .isEqualTo(EffectiveDates.from(LocalDate.of(2020, 1, 1)));
    assertThat(table.ptpRowsRead()).isEqualTo(5);
    assertThat(table.ptpEdits()).as("the same edit listed twice is kept once").isEqualTo(4);
    assertThat(
            table
                .ptp(code("88108"), code("88162"), LocalDate.of(1996, 1, 1))
                .orElseThrow()
                .rationale())
        .hasValue("Mutually exclusive procedures");
  }

  @Test
  void the_cms_mue_csv_layout_is_read_after_its_preamble() {
    NcciTable table = NcciLoader.create().mueCsv(MUE_CSV, fixture(MUE_CSV)).load();
    LocalDate day = LocalDate.of(2024, 8, 1);

    MueLimit botox = table.mue(code("J0585"), day).orElseThrow();
    assertThat(botox.units()).isEqualTo(600);
    assertThat(botox.adjudication()).isEqualTo(MueAdjudication.DATE_OF_SERVICE_CLINICAL);
    assertThat(botox.rationale()).hasValue("Clinical: Data");
    assertThat(table.mue(code("17003"), day).orElseThrow().units()).isEqualTo(13);
    assertThat(table.mue(code("0001U"), day)).isPresent();
    assertThat(table.mue(code("D0150"), day).orElseThrow().rationale()).isEmpty();
    assertThat(table.mueLimits()).isEqualTo(6);
    assertThat(table.ptpEdits()).isZero();
  }

  @Test
  void ptp_and_mue_files_load_together() {
    NcciTable table =
        NcciLoader.create()
            .ptpText(PTP_TEXT, fixture(PTP_TEXT))
            .mueTsv(
                "mue.tsv",
                Streams.text(MUE_HEADER + "11900\t1\t2\tCode Descriptor / CPT Instruction\n"))
            .load();

    assertThat(table.mue(code("11900"), LocalDate.of(2024, 8, 1)).orElseThrow().adjudication())
        .isEqualTo(MueAdjudication.DATE_OF_SERVICE_POLICY);
    assertThat(table.ptp(code("11901"), code("11900"), LocalDate.of(2024, 8, 1))).isPresent();
    assertThat(table.description()).contains(PTP_TEXT, "mue.tsv");
  }

  // Malformed input.

  private static NcciTable ptpTsv(String text) {
    return NcciLoader.create().ptpTsv("p.tsv", Streams.text(text)).load();
  }

  private static NcciTable ptpText(String text) {
    return NcciLoader.create().ptpText("p.txt", Streams.text(text)).load();
  }

  private static NcciTable mueTsv(String text) {
    return NcciLoader.create().mueTsv("m.tsv", Streams.text(text)).load();
  }

  private static NcciTable mueCsv(String text) {
    return NcciLoader.create().mueCsv("m.csv", Streams.text(text)).load();
  }

  @Test
  void wrong_number_of_fields() {
    assertFileError(() -> ptpTsv(PTP_HEADER + "64615\t64612\t\t0\n"), "p.tsv", 2, 0, "line");
    assertFileError(
        () ->
            ptpText(
                CMS_PTP_HEADER + "64615\t64612\t\t20130101\t*\t0\tx\n64615\t64613\t\t20130101\n"),
        "p.txt",
        3,
        0,
        "line");
    assertFileError(() -> mueTsv(MUE_HEADER + "J0585\t600\t3\n"), "m.tsv", 2, 0, "line");
    assertFileError(
        () -> mueCsv("HCPCS/CPT Code,Units,MAI,Rationale\nJ0585,600,3 Clinical\n"),
        "m.csv",
        2,
        0,
        "record");
  }

  @Test
  void bad_code() {
    assertFileError(() -> ptpTsv(PTP_HEADER + "64615\t6461\t\t0\tx\n"), "p.tsv", 2, 7, "column2");
    assertFileError(
        () ->
            ptpText(
                CMS_PTP_HEADER
                    + "64615\t64612\t\t20130101\t*\t0\tx\n6461X\t64612\t\t20130101\t*\t0\tx\n"),
        "p.txt",
        3,
        1,
        "column1");
    assertFileError(() -> mueTsv(MUE_HEADER + "J058\t600\t3\tx\n"), "m.tsv", 2, 1, "hcpcs_code");
    assertFileError(
        () -> mueCsv("HCPCS/CPT Code,Units,MAI,Rationale\n\"J05 85\",600,3,x\n"),
        "m.csv",
        2,
        1,
        "code");
  }

  @Test
  void bad_flag_or_indicator() {
    assertFileError(
        () -> ptpTsv(PTP_HEADER + "64615\t64612\t\t2\tx\n"), "p.tsv", 2, 14, "modifier_indicator");
    assertFileError(
        () -> ptpText(CMS_PTP_HEADER + "64615\t64612\tY\t20130101\t*\t0\tx\n"),
        "p.txt",
        2,
        13,
        "priorTo1996");
    assertFileError(
        () -> mueTsv(MUE_HEADER + "J0585\t600\t4\tx\n"),
        "m.tsv",
        2,
        11,
        "mue_adjudication_indicator");
    assertFileError(
        () -> mueCsv("HCPCS/CPT Code,Units,MAI,Rationale\nJ0585,600,\"Line Edit\",x\n"),
        "m.csv",
        2,
        11,
        "adjudicationIndicator");
    assertFileError(
        () -> mueTsv(MUE_HEADER + "J0585\tsix\t3\tx\n"), "m.tsv", 2, 7, "mue_practitioner_units");
  }

  @Test
  void bad_date() {
    assertFileError(
        () -> ptpTsv(PTP_HEADER + "64615\t64612\t2019-02-30\t0\tx\n"),
        "p.tsv",
        2,
        13,
        "deletion_date");
    assertFileError(
        () -> ptpText(CMS_PTP_HEADER + "64615\t64612\t\t2013-01-01\t*\t0\tx\n"),
        "p.txt",
        2,
        14,
        "effectiveDate");
    assertFileError(
        () -> ptpText(CMS_PTP_HEADER + "64615\t64612\t\t20130101\t20120101\t0\tx\n"),
        "p.txt",
        2,
        23,
        "deletionDate");
  }

  @Test
  void overlapping_rows_and_conflicting_duplicates() {
    assertFileError(
        () ->
            ptpText(
                CMS_PTP_HEADER
                    + "64615\t64612\t\t20130101\t*\t0\tx\n"
                    + "64615\t64613\t\t20130101\t*\t0\tx\n"
                    + "64615\t64612\t\t20200101\t*\t1\tx\n"),
        "p.txt",
        4,
        0,
        "column1, column2");
    assertFileError(
        () -> ptpTsv(PTP_HEADER + "64615\t64612\t\t0\tx\n64615\t64612\t\t1\tx\n"),
        "p.tsv",
        3,
        0,
        "column1, column2");
    assertFileError(
        () -> mueTsv(MUE_HEADER + "J0585\t600\t3\tx\nJ0585\t400\t3\tx\n"),
        "m.tsv",
        3,
        1,
        "hcpcs_code");
  }

  @Test
  void blank_lines_empty_files_headers_only_garbage_and_truncated_gzip() {
    assertFileError(
        () ->
            ptpText(
                CMS_PTP_HEADER
                    + "64615\t64612\t\t20130101\t*\t0\tx\n\n64615\t64613\t\t20130101\t*\t0\tx\n"),
        "p.txt",
        3,
        0,
        "line");
    assertFileError(() -> ptpTsv(PTP_HEADER + "\n"), "p.tsv", 2, 0, "line");
    assertFileError(() -> ptpTsv(""), "p.tsv", 1, 0, "header");
    assertFileError(() -> ptpTsv(PTP_HEADER), "p.tsv", 2, 0, "line");
    assertFileError(() -> ptpText(""), "p.txt", 1, 0, "line");
    assertFileError(() -> ptpText(CMS_PTP_HEADER), "p.txt", 2, 0, "line");
    assertFileError(() -> mueTsv(MUE_HEADER), "m.tsv", 2, 0, "line");
    assertFileError(() -> mueCsv(""), "m.csv", 1, 0, "header");
    assertFileError(() -> mueCsv("HCPCS/CPT Code,Units,MAI,Rationale\n"), "m.csv", 2, 0, "record");
    assertFileError(() -> mueCsv("\"HCPCS/CPT Code,Units,MAI\n"), "m.csv", 1, 1, "csv");
    assertFileError(
        () -> NcciLoader.create().ptpTsv("p.tsv", Streams.binaryGarbage()).load(),
        "p.tsv",
        1,
        1,
        "file");
    assertFileError(
        () -> NcciLoader.create().mueCsv("m.csv", Streams.binaryGarbage()).load(),
        "m.csv",
        1,
        1,
        "file");
    StringBuilder many = new StringBuilder(PTP_HEADER);
    for (int i = 10000; i < 14000; i++) {
      many.append(i).append("\t99213\t\t1\tMisuse of Column Two code with Column One code\n");
    }
    assertTruncatedGzip(
        () -> NcciLoader.create().ptpTsv("p.tsv.gz", Streams.truncatedGzip(many.toString())).load(),
        "p.tsv.gz");
  }
}

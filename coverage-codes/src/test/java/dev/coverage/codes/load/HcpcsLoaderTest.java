package dev.coverage.codes.load;

import static dev.coverage.codes.FileErrors.assertFileError;
import static dev.coverage.codes.FileErrors.assertTruncatedGzip;
import static org.assertj.core.api.Assertions.assertThat;

import dev.coverage.codes.Streams;
import dev.coverage.core.code.CodeSystem;
import dev.coverage.core.code.ProcedureCode;
import dev.coverage.core.reference.ProcedureInfo;
import dev.coverage.core.reference.ProcedureKind;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HcpcsLoaderTest {
  private static final String FIXTURE = "hcpc_alpha_numeric_fixture.txt";

  private static InputStream fixture() {
    return HcpcsLoaderTest.class.getResourceAsStream(FIXTURE);
  }

  /** One alpha-numeric record: fields placed at their published columns (1-based). */
  private static String record(String code, String seq, char recordId, String add, String term) {
    char[] r = new char[320];
    java.util.Arrays.fill(r, ' ');
    put(r, 1, code);
    put(r, 6, seq);
    r[10] = recordId;
    put(r, 12, "Injection, onabotulinumtoxina, 1 unit");
    put(r, 92, "Injection,onabotulinumtoxina");
    r[229] = 'D';
    put(r, 269, add);
    put(r, 285, term);
    return new String(r) + "\n";
  }

  private static void put(char[] r, int column, String value) {
    value.getChars(0, value.length(), r, column - 1);
  }

  @Test
  void the_alpha_numeric_layout_is_read_by_column() {
    HcpcsCodeSet set = HcpcsLoader.alphaNumericFile(FIXTURE, fixture());

    assertThat(set.size()).as("modifier records are skipped").isEqualTo(4);
    assertThat(set.isComplete(CodeSystem.HCPCS_LEVEL_II)).isTrue();
    assertThat(set.isComplete(CodeSystem.CPT_CATEGORY_I)).isFalse();
    ProcedureInfo botox =
        set.find(ProcedureCode.of("J0585"), LocalDate.of(2026, 1, 5)).orElseThrow();
    assertThat(botox.label()).isEqualTo("Injection,onabotulinumtoxina");
    assertThat(botox.kind()).isEqualTo(ProcedureKind.DRUG);
    assertThat(botox.billingUnit()).hasValue("1 unit");
    assertThat(botox.effective().from()).isEqualTo(LocalDate.of(1991, 1, 1));
    assertThat(
            set.find(ProcedureCode.of("J3301"), LocalDate.of(2026, 1, 5))
                .orElseThrow()
                .billingUnit())
        .hasValue("10 mg");
    ProcedureInfo prp = set.find(ProcedureCode.of("G0465"), LocalDate.of(2026, 1, 5)).orElseThrow();
    assertThat(prp.kind()).isEqualTo(ProcedureKind.OTHER);
    assertThat(prp.billingUnit()).isEmpty();
  }

  @Test
  void add_and_termination_dates_bound_the_code() {
    HcpcsCodeSet set = HcpcsLoader.alphaNumericFile(FIXTURE, fixture());
    ProcedureCode sleeve = ProcedureCode.of("A4397");

    assertThat(set.find(sleeve, LocalDate.of(2021, 12, 31))).isPresent();
    assertThat(set.find(sleeve, LocalDate.of(2022, 1, 1))).isEmpty();
    assertThat(set.find(ProcedureCode.of("G0465"), LocalDate.of(2021, 4, 12))).isEmpty();
    assertThat(set.find(ProcedureCode.of("G0465"), LocalDate.of(2021, 4, 13))).isPresent();
  }

  @Test
  void the_tab_separated_layout_is_read() {
    String header = String.join("\t", HcpcsLoader.TSV_COLUMNS) + "\n";
    String row =
        "J0585\tInjection, onabotulinumtoxina, 1 unit\tInjection,onabotulinumtoxina\t51\tA\tD"
            + "\tO1E\t1:P\tN\t\t2049\t\t\t\tYY\t\t0\t\t1991-01-01\t2008-01-01\t2010-01-01\n";
    String terminated =
        "A4397\tIrrigation supply; sleeve, each\t\t37\tA\tD\tD1F\tP\tN\t\t2130\t\t\t\t\t\t0"
            + "\t2021-12-31\t1990-01-01\t\t2022-01-01\n";
    HcpcsCodeSet set =
        HcpcsLoader.tsv("h.tsv.gz", Streams.bytes(Streams.gzip(header + row + terminated)));

    assertThat(set.size()).isEqualTo(2);
    assertThat(set.find(ProcedureCode.of("J0585"), LocalDate.of(2024, 8, 1))).isPresent();
    assertThat(set.find(ProcedureCode.of("A4397"), LocalDate.of(2024, 8, 1))).isEmpty();
    assertThat(
            set.find(ProcedureCode.of("A4397"), LocalDate.of(2021, 8, 1)).map(ProcedureInfo::label))
        .as("no short description: the long one is the label")
        .isEqualTo(Optional.of("Irrigation supply; sleeve, each"));
  }

  @Test
  void a_billing_unit_is_read_only_where_written() {
    assertThat(HcpcsLoader.unitOf("Injection, abobotulinumtoxina, 5 units")).hasValue("5 units");
    assertThat(HcpcsLoader.unitOf("Injection, ceftriaxone sodium, per 250 mg"))
        .hasValue("per 250 mg");
    assertThat(HcpcsLoader.unitOf("Unclassified drugs")).isEmpty();
    assertThat(HcpcsLoader.unitOf("Injection, insulin, fast acting")).isEmpty();
  }

  // Malformed input.

  private static HcpcsCodeSet alpha(String text) {
    return HcpcsLoader.alphaNumericFile("a.txt", Streams.text(text));
  }

  @Test
  void wrong_record_length() {
    assertFileError(() -> alpha("J0585000103Injection\n"), "a.txt", 1, 0, "record");
  }

  @Test
  void bad_code_record_id_and_sequence() {
    assertFileError(
        () -> alpha(record("99213", "00100", '3', "19910101", "")), "a.txt", 1, 1, "code");
    assertFileError(
        () -> alpha(record("J0585", "00100", '5', "19910101", "")), "a.txt", 1, 11, "recordId");
    assertFileError(
        () -> alpha(record("J0585", "001x0", '3', "19910101", "")),
        "a.txt",
        1,
        6,
        "sequenceNumber");
    assertFileError(() -> alpha(record("J0585", "00200", '4', "", "")), "a.txt", 1, 11, "recordId");
  }

  @Test
  void bad_dates() {
    assertFileError(
        () -> alpha(record("J0585", "00100", '3', "19911301", "")), "a.txt", 1, 269, "addDate");
    assertFileError(() -> alpha(record("J0585", "00100", '3', "", "")), "a.txt", 1, 269, "addDate");
    assertFileError(
        () -> alpha(record("J0585", "00100", '3', "19910101", "1990")),
        "a.txt",
        1,
        285,
        "terminationDate");
    assertFileError(
        () -> alpha(record("J0585", "00100", '3', "19910101", "19901231")),
        "a.txt",
        1,
        285,
        "terminationDate");
    String header = String.join("\t", HcpcsLoader.TSV_COLUMNS) + "\n";
    String row = "J0585\tx\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t1991/01/01\t\t\n";
    assertFileError(
        () -> HcpcsLoader.tsv("h.tsv", Streams.text(header + row)), "h.tsv", 2, 25, "add_date");
  }

  @Test
  void duplicate_code() {
    String twice =
        record("J0585", "00100", '3', "19910101", "")
            + record("J0585", "00200", '3', "19910101", "");
    assertFileError(() -> alpha(twice), "a.txt", 2, 1, "code");
    String header = String.join("\t", HcpcsLoader.TSV_COLUMNS) + "\n";
    String row = "J0585\tx\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t1991-01-01\t\t\n";
    assertFileError(
        () -> HcpcsLoader.tsv("h.tsv", Streams.text(header + row + row)),
        "h.tsv",
        3,
        1,
        "hcpcs_code");
  }

  @Test
  void wrong_number_of_fields_empty_header_only_garbage_truncated() {
    String header = String.join("\t", HcpcsLoader.TSV_COLUMNS) + "\n";
    assertFileError(
        () -> HcpcsLoader.tsv("h.tsv", Streams.text(header + "J0585\tx\n")), "h.tsv", 2, 0, "line");
    assertFileError(() -> HcpcsLoader.tsv("h.tsv", Streams.text(header)), "h.tsv", 2, 0, "line");
    assertFileError(() -> HcpcsLoader.tsv("h.tsv", Streams.text("")), "h.tsv", 1, 0, "header");
    assertFileError(() -> alpha(""), "a.txt", 1, 0, "record");
    assertFileError(
        () -> HcpcsLoader.alphaNumericFile("a.txt", Streams.binaryGarbage()),
        "a.txt",
        1,
        1,
        "file");
    StringBuilder many = new StringBuilder();
    for (int i = 0; i < 400; i++) {
      many.append(record(String.format("J%04d", i), "00100", '3', "19910101", ""));
    }
    assertTruncatedGzip(
        () -> HcpcsLoader.alphaNumericFile("a.txt.gz", Streams.truncatedGzip(many.toString())),
        "a.txt.gz");
  }
}

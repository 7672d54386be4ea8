package dev.coverage.codes.load;

import static dev.coverage.codes.FileErrors.assertFileError;
import static dev.coverage.codes.FileErrors.assertTruncatedGzip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.coverage.codes.Streams;
import dev.coverage.core.ValidationException;
import dev.coverage.core.code.DiagnosisCode;
import dev.coverage.core.reference.DiagnosisStatus;
import java.io.InputStream;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class Icd10cmLoaderTest {
  private static final String ORDER_2026 = "icd10cm_order_2026_fixture.txt";
  private static final String ORDER_2027 = "icd10cm_order_2027_fixture.txt";

  private static InputStream fixture(String name) {
    return Icd10cmLoaderTest.class.getResourceAsStream(name);
  }

  private static String orderLine(int order, String code, int flag, String title) {
    return String.format("%05d %-7s %d %-60s %s%n", order, code, flag, title, title);
  }

  private static final String TSV_HEADER = "code\tcode_dotted\tbillable\tlong_description\n";

  @Test
  void the_order_file_layout_is_read_by_column() {
    Icd10cmCodeSet set =
        Icd10cmLoader.create().orderFile(2026, ORDER_2026, fixture(ORDER_2026)).load();

    LocalDate fy2026 = LocalDate.of(2026, 3, 2);
    assertThat(set.status(DiagnosisCode.of("L74.510"), fy2026)).isEqualTo(DiagnosisStatus.BILLABLE);
    assertThat(set.status(DiagnosisCode.of("L74.51"), fy2026)).isEqualTo(DiagnosisStatus.HEADER);
    assertThat(set.status(DiagnosisCode.of("G43.709"), fy2026)).isEqualTo(DiagnosisStatus.BILLABLE);
    assertThat(set.status(DiagnosisCode.of("QA0.0101"), fy2026))
        .isEqualTo(DiagnosisStatus.BILLABLE);
    assertThat(set.status(DiagnosisCode.of("L74.511"), fy2026))
        .as("complete for FY2026: a code it does not list is not in the code set")
        .isEqualTo(DiagnosisStatus.NOT_IN_CODE_SET);
    assertThat(set.status(DiagnosisCode.of("L74.510"), LocalDate.of(2026, 10, 1)))
        .as("FY2027 was not loaded")
        .isEqualTo(DiagnosisStatus.UNKNOWN);
    assertThat(set.codeCount(2026)).isEqualTo(12);
    assertThat(set.billableCount(2026)).isEqualTo(7);
    assertThat(set.fiscalYears()).containsExactly(2026);
    assertThat(set.description()).isEqualTo("ICD-10-CM FY2026 (" + ORDER_2026 + ")");
  }

  @Test
  void fiscal_years_loaded_together_answer_for_the_year_in_force() {
    Icd10cmCodeSet set =
        Icd10cmLoader.create()
            .orderFile(2027, ORDER_2027, fixture(ORDER_2027))
            .orderFile(2026, ORDER_2026, fixture(ORDER_2026))
            .load();
    DiagnosisCode deleted = DiagnosisCode.of("S23.420A");

    assertThat(set.status(deleted, LocalDate.of(2026, 9, 30))).isEqualTo(DiagnosisStatus.BILLABLE);
    assertThat(set.status(deleted, LocalDate.of(2026, 10, 1)))
        .isEqualTo(DiagnosisStatus.NOT_IN_CODE_SET);
    assertThat(set.status(deleted, LocalDate.of(2025, 9, 30))).isEqualTo(DiagnosisStatus.UNKNOWN);
    assertThat(set.fiscalYears()).containsExactly(2026, 2027);
    assertThat(set.distinctCodes()).isEqualTo(12);
  }

  @Test
  void the_tab_separated_layout_is_read_gzipped_too() {
    String tsv =
        TSV_HEADER
            + "L74\tL74\t0\tEccrine sweat disorders\n"
            + "L74510\tL74.510\t1\tPrimary focal hyperhidrosis, axilla\n";
    Icd10cmCodeSet set =
        Icd10cmLoader.create().tsv(2025, "fy2025.tsv.gz", Streams.bytes(Streams.gzip(tsv))).load();

    assertThat(set.status(DiagnosisCode.of("L74"), LocalDate.of(2025, 1, 1)))
        .isEqualTo(DiagnosisStatus.HEADER);
    assertThat(set.status(DiagnosisCode.of("L74510"), LocalDate.of(2025, 1, 1)))
        .isEqualTo(DiagnosisStatus.BILLABLE);
  }

  @Test
  void fiscal_year_runs_from_october_first() {
    assertThat(Icd10cmCodeSet.fiscalYearOf(LocalDate.of(2025, 9, 30))).isEqualTo(2025);
    assertThat(Icd10cmCodeSet.fiscalYearOf(LocalDate.of(2025, 10, 1))).isEqualTo(2026);
  }

  @Test
  void a_fiscal_year_is_added_once() {
    Icd10cmLoader loader = Icd10cmLoader.create().tsv(2026, "a.tsv", Streams.text(TSV_HEADER));
    assertThatThrownBy(() -> loader.tsv(2026, "b.tsv", Streams.text(TSV_HEADER)))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("FY2026 is already added");
  }

  // Malformed input: every error names the file, the line and the column or field.

  private static Icd10cmLoader tsv(String name, String text) {
    return Icd10cmLoader.create().tsv(2026, name, Streams.text(text));
  }

  private static Icd10cmLoader order(String name, String text) {
    return Icd10cmLoader.create().orderFile(2026, name, Streams.text(text));
  }

  @Test
  void wrong_number_of_fields() {
    assertFileError(
        () -> tsv("f.tsv", TSV_HEADER + "L7451\tL74.51\t0\n").load(), "f.tsv", 2, 0, "line");
    assertFileError(
        () -> tsv("f.tsv", TSV_HEADER + "L7451\tL74.51\t0\tx\textra\n").load(),
        "f.tsv",
        2,
        0,
        "line");
  }

  @Test
  void bad_code() {
    assertFileError(
        () -> tsv("f.tsv", TSV_HEADER + "L74.51\tL74.51\t0\tx\n").load(), "f.tsv", 2, 1, "code");
    assertFileError(
        () -> tsv("f.tsv", TSV_HEADER + "1745\t174.5\t0\tx\n").load(), "f.tsv", 2, 1, "code");
    assertFileError(
        () -> tsv("f.tsv", TSV_HEADER + "L7451\tL745.1\t0\tx\n").load(),
        "f.tsv",
        2,
        7,
        "code_dotted");
    assertFileError(
        () -> order("o.txt", orderLine(1, "l7451", 0, "Primary focal hyperhidrosis")).load(),
        "o.txt",
        1,
        7,
        "code");
  }

  @Test
  void bad_flag() {
    assertFileError(
        () -> tsv("f.tsv", TSV_HEADER + "L7451\tL74.51\tY\tx\n").load(),
        "f.tsv",
        2,
        14,
        "billable");
    assertFileError(
        () -> order("o.txt", orderLine(1, "L7451", 2, "Primary focal hyperhidrosis")).load(),
        "o.txt",
        1,
        15,
        "billable");
  }

  @Test
  void bad_fixed_width_layout() {
    String shifted = " " + orderLine(1, "L7451", 0, "Primary focal hyperhidrosis");
    assertFileError(() -> order("o.txt", shifted).load(), "o.txt", 1, 1, "orderNumber");
    String shortLine = "00001 L7451   0 Primary focal hyperhidrosis\n";
    assertFileError(() -> order("o.txt", shortLine).load(), "o.txt", 1, 0, "line");
    String noLongTitle = String.format("%05d %-7s %d %-60s %s%n", 1, "L7451", 0, "Primary", " ");
    assertFileError(() -> order("o.txt", noLongTitle).load(), "o.txt", 1, 78, "longTitle");
    String goingBack =
        orderLine(2, "L745", 0, "Focal hyperhidrosis") + orderLine(1, "L7451", 0, "Primary");
    assertFileError(() -> order("o.txt", goingBack).load(), "o.txt", 2, 1, "orderNumber");
  }

  @Test
  void duplicate_code() {
    String twice = orderLine(1, "L7451", 0, "Primary") + orderLine(2, "L7451", 1, "Primary");
    assertFileError(() -> order("o.txt", twice).load(), "o.txt", 2, 7, "code");
    assertFileError(
        () -> tsv("f.tsv", TSV_HEADER + "L7451\tL74.51\t0\tx\nL7451\tL74.51\t0\tx\n").load(),
        "f.tsv",
        3,
        1,
        "code");
  }

  @Test
  void empty_file_header_only_and_wrong_header() {
    assertFileError(() -> tsv("f.tsv", "").load(), "f.tsv", 1, 0, "header");
    assertFileError(() -> order("o.txt", "").load(), "o.txt", 1, 0, "line");
    assertFileError(() -> tsv("f.tsv", TSV_HEADER).load(), "f.tsv", 2, 0, "line");
    assertFileError(() -> tsv("f.tsv", "code\tbillable\n").load(), "f.tsv", 1, 1, "header");
  }

  @Test
  void truncated_gzip_and_binary_garbage() {
    assertTruncatedGzip(
        () ->
            Icd10cmLoader.create()
                .tsv(2026, "cut.tsv.gz", Streams.truncatedGzip(uniqueCodes(3000)))
                .load(),
        "cut.tsv.gz");

    assertFileError(
        () -> Icd10cmLoader.create().tsv(2026, "junk.tsv", Streams.binaryGarbage()).load(),
        "junk.tsv",
        1,
        1,
        "file");
    assertFileError(
        () -> Icd10cmLoader.create().orderFile(2026, "junk.txt.gz", Streams.binaryGarbage()).load(),
        "junk.txt.gz",
        1,
        0,
        "file");
  }

  /** A valid TSV with many distinct codes, so its gzip is long enough to cut. */
  private static String uniqueCodes(int n) {
    StringBuilder sb = new StringBuilder(TSV_HEADER);
    for (int i = 0; i < n; i++) {
      String code =
          "A" + String.format("%02d", i % 100) + (char) ('A' + (i / 100) % 26) + (i / 2600);
      String dotted = code.substring(0, 3) + "." + code.substring(3);
      sb.append(code)
          .append('\t')
          .append(dotted)
          .append("\t1\tA title of some length ")
          .append(i)
          .append('\n');
    }
    return sb.toString();
  }

  @Test
  void nothing_is_returned_when_a_later_file_fails() {
    Icd10cmLoader loader =
        Icd10cmLoader.create()
            .orderFile(2026, ORDER_2026, fixture(ORDER_2026))
            .tsv(2027, "bad.tsv", Streams.text(TSV_HEADER + "L7451\tL74.51\t0\n"));
    assertFileError(loader::load, "bad.tsv", 2, 0, "line");
    assertThatThrownBy(loader::load).isInstanceOf(IllegalStateException.class);
  }
}

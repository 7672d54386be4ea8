package dev.coverage.codes.load;

import static dev.coverage.codes.FileErrors.assertFileError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.coverage.codes.Streams;
import dev.coverage.core.ValidationException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * The catalogue of bad reference-data files, one test per kind, each asserting that the {@link
 * ValidationException} names the file, the line (and column where there is one) and the rule.
 *
 * <p>Where each kind is tested (the per-loader tests cover a kind for the layouts listed there;
 * this class covers the rest):
 *
 * <ul>
 *   <li>truncated file: here, every layout cut inside its last line; cut-short gzip in {@code
 *       Icd10cmLoaderTest}, {@code HcpcsLoaderTest}, {@code NcciLoaderTest}, {@code
 *       PlaceOfServiceLoaderTest};
 *   <li>empty file: every layout, in the per-loader tests ({@code empty_file...}, {@code
 *       ...empty...});
 *   <li>binary file: ICD-10-CM both layouts, HCPCS alpha-numeric, PTP TSV, MUE CSV, place of
 *       service and policy JSON in the per-loader tests; HCPCS TSV, PTP text and MUE TSV here;
 *   <li>wrongly encoded (Latin-1, UTF-16): here, every layout;
 *   <li>header only: every layout with a header, in the per-loader tests (the ICD-10-CM order file
 *       and the HCPCS alpha-numeric file have none: they are "empty" there; a policy file with no
 *       policies is {@code CoveragePolicyLoaderTest.empty_file_no_policies_and_garbage});
 *   <li>duplicate codes: ICD-10-CM, HCPCS, place of service, MUE TSV and policy ids in the
 *       per-loader tests; MUE CSV here (a PTP pair listed twice identically is kept once, by
 *       design, and listed twice with other dates or indicator is an overlap);
 *   <li>overlapping effective ranges: PTP text and TSV within one file in {@code
 *       NcciLoaderTest.overlapping_rows_and_conflicting_duplicates}; across two files here (the
 *       other layouts carry no ranges that can overlap: a code is listed once per file and fiscal
 *       year, see {@code Icd10cmLoaderTest.a_fiscal_year_is_added_once});
 *   <li>too few columns: every delimited layout in the per-loader tests ({@code
 *       wrong_number_of_fields}, {@code malformed_rows}), short fixed-width lines in {@code
 *       bad_fixed_width_layout} and {@code wrong_record_length};
 *   <li>too many columns: ICD-10-CM TSV in {@code Icd10cmLoaderTest}; every other delimited layout
 *       and the HCPCS fixed-width record here.
 * </ul>
 */
class LoaderBadInputTest {

  /** Asserts the error's location and field, and that its rule says what is wrong. */
  private static void assertRejected(
      ThrowingCallable read, String file, long line, int column, String field, String rule) {
    ValidationException e = assertFileError(read, file, line, column, field);
    assertThat(e.rule()).as("rule of %s", e.getMessage()).contains(rule);
  }

  private static List<String> lines(String text) {
    return List.of(text.split("\n"));
  }

  @Test
  void truncated_file() {
    // Each valid file cut two characters into its last line, as an interrupted copy leaves it.
    for (LoaderFormat f : LoaderFormat.values()) {
      if (f == LoaderFormat.COVERAGE_POLICY_JSON) {
        continue; // below
      }
      String text = f.valid();
      List<String> lines = lines(text);
      String last = lines.get(lines.size() - 1);
      String cut = text.substring(0, text.length() - 1 - last.length() + 2);
      int line = lines.size();
      switch (f) {
        case ICD10CM_ORDER_FILE:
          assertRejected(
              () -> f.load(cut), f.fileName(), line, 0, "line", "is 2 characters long; an order");
          break;
        case HCPCS_ALPHA_NUMERIC:
          assertRejected(
              () -> f.load(cut), f.fileName(), line, 0, "record", "is 2 characters long; an");
          break;
        case NCCI_MUE_CSV:
          assertRejected(
              () -> f.load(cut), f.fileName(), line, 0, "record", "has 1 cells; expected 4");
          break;
        default:
          assertRejected(
              () -> f.load(cut),
              f.fileName(),
              line,
              0,
              "line",
              "has 1 tab-separated fields; expected");
          break;
      }
    }
    // A policy file cut inside a string: the error is where the file ends.
    LoaderFormat json = LoaderFormat.COVERAGE_POLICY_JSON;
    String cut = json.valid().substring(0, json.valid().indexOf("Microneedling\"") + 5);
    int line = lines(cut).size();
    assertRejected(
        () -> json.load(cut),
        json.fileName(),
        line,
        lines(cut).get(line - 1).length() + 1,
        "policies[1].title",
        "is not valid JSON: Unexpected end-of-input");
  }

  @Test
  void binary_file() {
    for (LoaderFormat f :
        List.of(LoaderFormat.HCPCS_TSV, LoaderFormat.NCCI_PTP_TEXT, LoaderFormat.NCCI_MUE_TSV)) {
      assertRejected(
          () -> f.load(Streams.binaryGarbage().readAllBytes()),
          f.fileName(),
          1,
          1,
          "file",
          "is not UTF-8 text: the byte 0x80");
    }
  }

  @Test
  void latin1_file() {
    // Each valid file with an accented letter at the end of its last line, saved as Latin-1: the
    // error is on that line, at that letter.
    for (LoaderFormat f : LoaderFormat.values()) {
      if (f == LoaderFormat.COVERAGE_POLICY_JSON) {
        continue; // below
      }
      String text = f.valid().replace('’', '\'');
      List<String> lines = lines(text);
      String last = lines.get(lines.size() - 1);
      byte[] latin1 =
          (text.substring(0, text.length() - 1) + "é\n").getBytes(StandardCharsets.ISO_8859_1);
      assertRejected(
          () -> f.load(latin1),
          f.fileName(),
          lines.size(),
          last.length() + 1,
          "file",
          "is not UTF-8 text: the byte 0xE9");
    }
    LoaderFormat json = LoaderFormat.COVERAGE_POLICY_JSON;
    byte[] latin1 =
        json.valid()
            .replace("\"Microneedling\"", "\"Microneedling café\"")
            .getBytes(StandardCharsets.ISO_8859_1);
    int line = lines(json.valid()).indexOf("      \"title\": \"Microneedling\",") + 1;
    assertRejected(
        () -> json.load(latin1),
        json.fileName(),
        line,
        16,
        "policies[1].title",
        "the file is not UTF-8 text: the byte 0xE9");
  }

  @Test
  void utf16_file() {
    for (LoaderFormat f : LoaderFormat.values()) {
      for (Charset utf16 : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
        byte[] bytes = ("\uFEFF" + f.valid()).getBytes(utf16);
        if (f == LoaderFormat.COVERAGE_POLICY_JSON) {
          assertRejected(() -> f.load(bytes), f.fileName(), 1, 0, "$", "the file is UTF-16 text");
        } else {
          assertRejected(() -> f.load(bytes), f.fileName(), 1, 1, "file", "is UTF-16 text");
        }
      }
    }
  }

  @Test
  void duplicate_codes() {
    LoaderFormat f = LoaderFormat.NCCI_MUE_CSV;
    String text = f.valid() + "J0585,400,\"3 Date of Service Edit: Clinical\",\"Clinical: Data\"\n";
    assertRejected(
        () -> f.load(text),
        f.fileName(),
        lines(text).size(),
        1,
        "code",
        "is listed twice (first at " + f.fileName() + " line 8)");
  }

  @Test
  void overlapping_effective_ranges_across_files() {
    // The text file has 64615/64612 from 2013-01-01 on, indicator 0 (line 8); the TSV file lists
    // the same pair, in force until 2030, with indicator 1.
    String tsv =
        String.join("\t", NcciLoader.PTP_TSV_COLUMNS)
            + "\n64615\t64612\t2030-12-31\t1\tMutually exclusive procedures\n";
    ThrowingCallable read =
        () ->
            NcciLoader.create()
                .ptpText("ccipra_v303r0_f1.txt", Streams.text(LoaderFormat.NCCI_PTP_TEXT.valid()))
                .ptpTsv("ptp_extra.tsv", Streams.text(tsv))
                .load();
    ValidationException e = assertFileError(read, "ccipra_v303r0_f1.txt", 8, 0, "column1, column2");
    assertThat(e.rule())
        .isEqualTo(
            "the pair 64615/64612 is also listed at ptp_extra.tsv line 2 with overlapping dates"
                + " or another modifier indicator");
  }

  @Test
  void a_line_with_too_many_columns() {
    for (LoaderFormat f :
        List.of(
            LoaderFormat.HCPCS_TSV,
            LoaderFormat.NCCI_PTP_TSV,
            LoaderFormat.NCCI_PTP_TEXT,
            LoaderFormat.NCCI_MUE_TSV,
            LoaderFormat.PLACE_OF_SERVICE_TSV)) {
      String text = f.valid().substring(0, f.valid().length() - 1) + "\textra\n";
      int line = lines(text).size();
      ValidationException e = catchThrowableOfType(ValidationException.class, () -> f.load(text));
      assertThat(e).as(f.name()).isNotNull();
      assertThat(e.location().orElseThrow())
          .as(f.name())
          .startsWith(f.fileName() + " line " + line);
      assertThat(e.field()).isEqualTo("line");
      assertThat(e.rule()).as(f.name()).contains("has more than", "tab-separated fields; expected");
    }
    LoaderFormat csv = LoaderFormat.NCCI_MUE_CSV;
    String text = csv.valid().substring(0, csv.valid().length() - 1) + ",extra\n";
    assertRejected(
        () -> csv.load(text),
        csv.fileName(),
        lines(text).size(),
        0,
        "record",
        "has 5 cells; expected 4 (code, units, adjudication indicator, rationale)");
    LoaderFormat alpha = LoaderFormat.HCPCS_ALPHA_NUMERIC;
    String longer = alpha.valid().substring(0, alpha.valid().length() - 1) + "X\n";
    assertRejected(
        () -> alpha.load(longer),
        alpha.fileName(),
        lines(longer).size(),
        0,
        "record",
        "is 321 characters long; an alpha-numeric record is 293 to 320");
  }
}

package dev.coverage.codes.load;

import static dev.coverage.codes.FileErrors.assertFileError;
import static dev.coverage.codes.FileErrors.assertTruncatedGzip;
import static org.assertj.core.api.Assertions.assertThat;

import dev.coverage.codes.Streams;
import dev.coverage.core.code.PlaceOfService;
import org.junit.jupiter.api.Test;

class PlaceOfServiceLoaderTest {
  private static final String HEADER =
      "pos_code\tfacility_setting_for_mpfs\tpos_name\tpos_description\n";

  private static PlaceOfServiceTable read(String text) {
    return PlaceOfServiceLoader.tsv("pos.tsv", Streams.text(text));
  }

  @Test
  void assigned_codes_have_a_setting_and_a_name() {
    PlaceOfServiceTable table =
        read(
            HEADER
                + "11\tNon-Facility\tOffice\tLocation, other than a hospital, where a practitioner sees patients.\n"
                + "22\tFacility\tOn Campus-Outpatient Hospital\tA portion of a hospital’s main campus.\n"
                + "28\tUnassigned\tUnassigned\tN/A\n");

    assertThat(table.isAssigned(PlaceOfService.OFFICE)).isTrue();
    assertThat(table.setting(PlaceOfService.ON_CAMPUS_OUTPATIENT_HOSPITAL))
        .hasValue(PlaceOfServiceTable.Setting.FACILITY);
    assertThat(table.name(PlaceOfService.ON_CAMPUS_OUTPATIENT_HOSPITAL))
        .hasValue("On Campus-Outpatient Hospital");
    assertThat(table.isAssigned(PlaceOfService.of(28))).isFalse();
    assertThat(table.isAssigned(PlaceOfService.of(99))).as("not listed: unassigned").isFalse();
    assertThat(table.assigned()).containsExactly(PlaceOfService.OFFICE, PlaceOfService.of(22));
  }

  @Test
  void malformed_rows() {
    assertFileError(() -> read(HEADER + "11\tNon-Facility\tOffice\n"), "pos.tsv", 2, 0, "line");
    assertFileError(
        () -> read(HEADER + "1\tNon-Facility\tOffice\tx\n"), "pos.tsv", 2, 1, "pos_code");
    assertFileError(
        () -> read(HEADER + "11\tClinic\tOffice\tx\n"),
        "pos.tsv",
        2,
        4,
        "facility_setting_for_mpfs");
    assertFileError(() -> read(HEADER + "11\tNon-Facility\t\tx\n"), "pos.tsv", 2, 17, "pos_name");
    assertFileError(
        () -> read(HEADER + "11\tNon-Facility\tOffice\tx\n11\tNon-Facility\tOffice\tx\n"),
        "pos.tsv",
        3,
        1,
        "pos_code");
    assertFileError(() -> read(""), "pos.tsv", 1, 0, "header");
    assertFileError(() -> read(HEADER), "pos.tsv", 2, 0, "line");
    assertFileError(
        () -> PlaceOfServiceLoader.tsv("pos.tsv", Streams.binaryGarbage()),
        "pos.tsv",
        1,
        1,
        "file");
    StringBuilder many = new StringBuilder(HEADER);
    java.util.Random random = new java.util.Random(7);
    for (int i = 1; i < 100; i++) {
      StringBuilder description = new StringBuilder();
      for (int k = 0; k < 3000; k++) {
        description.append((char) ('a' + random.nextInt(26)));
      }
      many.append(String.format("%02d\tNon-Facility\tPlace %d\t%s%n", i, i, description));
    }
    assertTruncatedGzip(
        () -> PlaceOfServiceLoader.tsv("pos.tsv.gz", Streams.truncatedGzip(many.toString())),
        "pos.tsv.gz");
  }
}

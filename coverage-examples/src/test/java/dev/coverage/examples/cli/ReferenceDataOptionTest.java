package dev.coverage.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --reference-data}: official files instead of the bundled tables. */
class ReferenceDataOptionTest {
  @TempDir Path dir;

  @Test
  void checks_against_the_official_files_of_a_folder() throws IOException {
    // GIVEN the shared folder of CMS/CDC files (ICD-10-CM FY2024-FY2027, HCPCS, NCCI, POS)
    Path shared = sharedData();
    Path claims = dir.resolve("claims.jsonl");
    Files.writeString(claims, CoverageCommandTest.CLEAN + "\n" + CoverageCommandTest.DENIED + "\n");

    // WHEN the claims are checked against them
    CoverageCommandTest.Run run =
        CoverageCommandTest.run(
            new ByteArrayInputStream(new byte[0]),
            "check",
            "--plan",
            plan(),
            "--reference-data",
            shared.toString(),
            claims.toString());

    // THEN every assessment names the files it used, and the skipped files are listed
    assertThat(run.status).as(run.stderr).isEqualTo(CoverageCommand.OK);
    List<JsonNode> records = run.records();
    assertThat(records).hasSize(2);
    assertThat(records.get(0).at("/assessment/referenceVersion").asText())
        .contains("icd10cm_fy2026.tsv.gz")
        .contains("hcpcs_level2_2024-07.tsv.gz")
        .contains("ncci_ptp_practitioner_2024q3_all.tsv.gz")
        .contains("ncci_mue_practitioner_2024q3.tsv")
        .contains("place_of_service.tsv");
    assertThat(run.stderr)
        .contains(
            "skipped " + shared.resolve("ncci/ncci_ptp_practitioner_2024q3_derm_subset.tsv.gz"))
        .contains("skipped " + shared.resolve("README.md"));
    // The same verdicts as the bundled data gives: the bundled rows agree with the real files.
    assertThat(records)
        .extracting(r -> r.at("/assessment/verdict").asText())
        .containsExactly("CLEAN", "LIKELY_DENIED");
  }

  @Test
  void a_malformed_reference_file_stops_the_command_with_its_file_and_line() throws IOException {
    // GIVEN a place-of-service file whose third line is damaged
    Path pos = dir.resolve("place_of_service.tsv");
    Files.writeString(
        pos,
        "pos_code\tfacility_setting_for_mpfs\tpos_name\tpos_description\n"
            + "11\tNon-Facility\tOffice\tx\n"
            + "1x\tNon-Facility\tBad\tx\n");
    Path claims = dir.resolve("claims.jsonl");
    Files.writeString(claims, CoverageCommandTest.CLEAN + "\n");

    // WHEN
    CoverageCommandTest.Run run =
        CoverageCommandTest.run(
            new ByteArrayInputStream(new byte[0]),
            "check",
            "--plan",
            plan(),
            "--reference-data",
            pos.toString(),
            claims.toString());

    // THEN nothing is checked, and the message says where
    assertThat(run.status).isEqualTo(CoverageCommand.CANNOT_RUN);
    assertThat(run.stdout).isEmpty();
    assertThat(run.stderr).contains("place_of_service.tsv").contains("line 3");
  }

  @Test
  void a_file_of_no_known_kind_is_refused_by_name() throws IOException {
    Path odd = dir.resolve("codes.xlsx");
    Files.writeString(odd, "x");
    Path claims = dir.resolve("claims.jsonl");
    Files.writeString(claims, CoverageCommandTest.CLEAN + "\n");

    CoverageCommandTest.Run run =
        CoverageCommandTest.run(
            new ByteArrayInputStream(new byte[0]),
            "check",
            "--plan",
            plan(),
            "--reference-data",
            odd.toString(),
            claims.toString());

    assertThat(run.status).isEqualTo(CoverageCommand.CANNOT_RUN);
    assertThat(run.stderr).contains("codes.xlsx: not a kind of file this tool reads");
  }

  private String plan() throws IOException {
    Path p = dir.resolve("plan.json");
    Files.writeString(p, CoverageCommandTest.PLAN);
    return p.toString();
  }

  private static Path sharedData() {
    String folder = System.getProperty("coverage.sharedData", "");
    assumeTrue(
        !folder.isBlank(),
        "real reference files not given: run with -Dcoverage.sharedData=/path/to/shared/data");
    Path path = Path.of(folder);
    assumeTrue(Files.isDirectory(path), "real reference folder missing: " + path);
    return path;
  }
}

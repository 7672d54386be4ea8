package dev.coverage.codes;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real CMS/CDC reference files the tests compare against, found through the system property
 * {@code coverage.sharedData}. Tests that need them are skipped, with the reason, when the folder
 * is not given or a file is missing.
 */
public final class SharedData {
  private SharedData() {}

  /**
   * A file of the shared data folder, or a skipped test.
   *
   * @param relative such as {@code icd10cm/icd10cm_fy2026.tsv.gz}
   * @return the file
   */
  public static Path file(String relative) {
    String folder = System.getProperty("coverage.sharedData", "");
    assumeTrue(
        !folder.isBlank(),
        "real reference files not given: run with -Dcoverage.sharedData=/path/to/shared/data");
    Path file = Path.of(folder).resolve(relative);
    assumeTrue(Files.isRegularFile(file), "real reference file missing: " + file);
    return file;
  }
}

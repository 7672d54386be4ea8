package dev.coverage.examples.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The real CMS/CDC files beside the project, when the {@code coverage.sharedData} folder is set.
 */
final class SharedFiles {
  private SharedFiles() {}

  static Optional<Path> file(String relative) {
    String folder = System.getProperty("coverage.sharedData", "");
    if (folder.isBlank()) {
      return Optional.empty();
    }
    Path p = Path.of(folder).resolve(relative);
    return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
  }

  static Path icd10cmFy2026() {
    return file("icd10cm/icd10cm_fy2026.tsv.gz").orElseThrow(SharedFiles::absent);
  }

  static Path ncciPtp() {
    return file("ncci/ncci_ptp_practitioner_2024q3_all.tsv.gz").orElseThrow(SharedFiles::absent);
  }

  private static IllegalStateException absent() {
    return new IllegalStateException(
        "the real data files are absent: pass -Dcoverage.sharedData=<folder> (../shared/data)");
  }
}

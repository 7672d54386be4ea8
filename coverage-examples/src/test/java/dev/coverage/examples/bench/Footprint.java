package dev.coverage.examples.bench;

import dev.coverage.codes.ReferenceData;
import dev.coverage.codes.load.Icd10cmLoader;
import dev.coverage.codes.load.NcciLoader;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Retained heap and first-load time of the reference data: the bundled tables in a fresh JVM (the
 * first thing this program does), then the full FY2026 ICD-10-CM and NCCI PTP files when the real
 * files are present. Retained = used heap after full collections with the table held, minus before.
 */
public final class Footprint {
  private Footprint() {}

  public static void main(String[] args) {
    long start = System.nanoTime();
    Object bundled = ReferenceData.loadBundled();
    long coldMillis = (System.nanoTime() - start) / 1_000_000;
    System.out.printf(
        Locale.ROOT, "footprint bundled data: first load in a fresh JVM %d ms%n", coldMillis);
    report("bundled data", ReferenceData::loadBundled);
    if (SharedFiles.file("icd10cm/icd10cm_fy2026.tsv.gz").isPresent()) {
      report(
          "ICD-10-CM FY2026 (full file)",
          () -> Icd10cmLoader.create().tsv(2026, SharedFiles.icd10cmFy2026()).load());
    } else {
      System.out.println("footprint ICD-10-CM FY2026: skipped, coverage.sharedData not set");
    }
    if (SharedFiles.file("ncci/ncci_ptp_practitioner_2024q3_all.tsv.gz").isPresent()) {
      report(
          "NCCI PTP practitioner 2024Q3 (full file)",
          () -> NcciLoader.create().ptpTsv(SharedFiles.ncciPtp()).load());
    } else {
      System.out.println("footprint NCCI PTP: skipped, coverage.sharedData not set");
    }
    if (bundled.hashCode() == 42) {
      System.out.println(); // keeps the first load reachable until here
    }
  }

  private static void report(String what, Supplier<Object> load) {
    long before = used();
    Object held = load.get();
    long after = used();
    System.out.printf(
        Locale.ROOT, "footprint %s: retained %.1f MB%n", what, (after - before) / 1_048_576.0);
    if (held.hashCode() == 42) {
      System.out.println();
    }
  }

  private static long used() {
    Runtime r = Runtime.getRuntime();
    for (int i = 0; i < 4; i++) {
      System.gc();
    }
    return r.totalMemory() - r.freeMemory();
  }
}

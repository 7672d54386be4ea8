package dev.coverage.examples.bench;

import dev.coverage.codes.ReferenceData;
import dev.coverage.codes.load.Icd10cmLoader;
import dev.coverage.codes.load.NcciLoader;
import dev.coverage.core.reference.DiagnosisCatalog;
import dev.coverage.core.reference.NcciEdits;
import dev.coverage.core.reference.ReferenceTables;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Loading reference data, warm: the bundled tables, the full FY2026 ICD-10-CM file and the full
 * NCCI practitioner PTP file (the last two from the real files, when {@code coverage.sharedData} is
 * set). Retained heap is measured by {@link Footprint}, run by the same command.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
@Threads(1)
@State(Scope.Benchmark)
public class LoadBenchmark {

  @Benchmark
  public ReferenceTables bundledData() {
    return ReferenceData.loadBundled();
  }

  @Benchmark
  public DiagnosisCatalog icd10cmFy2026() {
    return Icd10cmLoader.create().tsv(2026, SharedFiles.icd10cmFy2026()).load();
  }

  @Benchmark
  @Warmup(iterations = 1, time = 5)
  @Measurement(iterations = 3, time = 5)
  public NcciEdits ncciPtpAll() {
    return NcciLoader.create().ptpTsv(SharedFiles.ncciPtp()).load();
  }
}

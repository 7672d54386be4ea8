package dev.coverage.examples.bench;

import dev.coverage.codes.ReferenceData;
import dev.coverage.core.check.Assessment;
import dev.coverage.core.check.CheckRequest;
import dev.coverage.core.check.CoverageChecker;
import dev.coverage.core.json.CoverageJson;
import dev.coverage.examples.cli.BatchCheck;
import dev.coverage.examples.cli.JsonLinesReader;
import dev.coverage.examples.cli.Summary;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JSON Lines in, assessments out, through the command-line tool's own path ({@link BatchCheck}), on
 * a generated file of 100,000 claims read from disk: end to end on one thread; the baseline,
 * parsing alone (the same line reader, {@link CoverageJson#readRequest}); parsing and checking
 * without writing, which splits the rest between checking and writing; and a file of a million
 * claims end to end on two checking threads. One operation is one whole file, so claims per second
 * is the file's claims over the time per operation, and allocation per claim is {@code
 * gc.alloc.rate.norm} over the claims.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(2)
@Threads(1)
@State(Scope.Benchmark)
public class BatchBenchmark {
  static final int CLAIMS = 100_000;
  static final int MILLION = 1_000_000;

  private final CoverageChecker checker = CoverageChecker.using(ReferenceData.bundled());
  private Path file;
  private Path millionFile;

  @Setup(Level.Trial)
  public void writeFiles() throws IOException {
    file = BatchFiles.write(Files.createTempFile("coverage-batch-100k", ".jsonl"), CLAIMS);
    millionFile = BatchFiles.write(Files.createTempFile("coverage-batch-1m", ".jsonl"), MILLION);
  }

  @TearDown(Level.Trial)
  public void deleteFiles() throws IOException {
    Files.deleteIfExists(file);
    Files.deleteIfExists(millionFile);
  }

  @Benchmark
  public Summary endToEnd() throws IOException {
    return run(file, 1);
  }

  @Benchmark
  @Warmup(iterations = 1)
  @Measurement(iterations = 3)
  public Summary endToEndMillionOnTwoThreads() throws IOException {
    return run(millionFile, 2);
  }

  @Benchmark
  public long baselineParseOnly() throws IOException {
    long checksum = 0;
    try (InputStream in = Files.newInputStream(file)) {
      JsonLinesReader lines = new JsonLinesReader(in, BatchCheck.MAX_LINE_BYTES);
      while (lines.next()) {
        CheckRequest request =
            CoverageJson.readRequest(lines.buffer(), lines.offset(), lines.length());
        checksum += request.claim().lines().size();
      }
    }
    return checksum;
  }

  @Benchmark
  public long parseAndCheck() throws IOException {
    long checksum = 0;
    try (InputStream in = Files.newInputStream(file)) {
      JsonLinesReader lines = new JsonLinesReader(in, BatchCheck.MAX_LINE_BYTES);
      while (lines.next()) {
        CheckRequest request =
            CoverageJson.readRequest(lines.buffer(), lines.offset(), lines.length());
        Assessment assessment = checker.check(request).under(BenchmarkClaims.PPO).assess();
        checksum += assessment.verdict().ordinal();
      }
    }
    return checksum;
  }

  private Summary run(Path input, int threads) throws IOException {
    try (InputStream in = Files.newInputStream(input)) {
      return BatchCheck.jsonLines(checker, BenchmarkClaims.PPO)
          .threads(threads)
          .run(in, OutputStream.nullOutputStream(), BatchCheck.Progress.NONE);
    }
  }
}

package dev.coverage.examples.bench;

import dev.coverage.codes.ReferenceData;
import dev.coverage.core.check.Assessment;
import dev.coverage.core.check.CoverageChecker;
import dev.coverage.core.cost.Estimate;
import dev.coverage.core.plan.ServiceHistory;
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
 * One claim checked on one thread with the bundled reference data: a clean five-line,
 * four-diagnosis claim (with and without reading its estimate), an at-risk one, the clean one
 * against 1,000 prior services, and the baseline: the same clean claim through a deliberately plain
 * implementation that scans rule objects over string-keyed maps.
 *
 * <p>Sample time, so JMH reports the median (p0.50) as well as the mean.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
@Threads(1)
@State(Scope.Benchmark)
public class CheckBenchmark {
  private final CoverageChecker checker = CoverageChecker.using(ReferenceData.bundled());
  private final NaiveChecker naive = NaiveChecker.from(ReferenceData.bundled());

  @Benchmark
  public Assessment cleanClaim() {
    return checker
        .check(BenchmarkClaims.CLEAN)
        .under(BenchmarkClaims.PPO)
        .withAuthorizations(BenchmarkClaims.AUTHORIZATIONS)
        .withHistory(ServiceHistory.empty())
        .withDocumentation(BenchmarkClaims.DOCUMENTED)
        .assess();
  }

  @Benchmark
  public Estimate cleanClaimWithEstimate() {
    return cleanClaim().estimate();
  }

  @Benchmark
  public Assessment atRiskClaim() {
    return checker
        .check(BenchmarkClaims.AT_RISK)
        .under(BenchmarkClaims.PPO)
        .withAuthorizations(BenchmarkClaims.AUTHORIZATIONS)
        .withHistory(ServiceHistory.empty())
        .withDocumentation(BenchmarkClaims.DOCUMENTED)
        .assess();
  }

  @Benchmark
  public Assessment cleanClaimWith1000PriorServices() {
    return checker
        .check(BenchmarkClaims.CLEAN)
        .under(BenchmarkClaims.PPO)
        .withAuthorizations(BenchmarkClaims.AUTHORIZATIONS)
        .withHistory(BenchmarkClaims.LONG_HISTORY)
        .withDocumentation(BenchmarkClaims.DOCUMENTED)
        .assess();
  }

  @Benchmark
  public NaiveChecker.Result baselineCleanClaim() {
    return naive.check(
        BenchmarkClaims.CLEAN, BenchmarkClaims.AUTHORIZATIONS, BenchmarkClaims.DOCUMENTED);
  }
}

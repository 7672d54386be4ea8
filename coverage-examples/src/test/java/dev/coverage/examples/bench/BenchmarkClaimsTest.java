package dev.coverage.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coverage.codes.ReferenceData;
import dev.coverage.core.check.Assessment;
import dev.coverage.core.check.CoverageChecker;
import dev.coverage.core.check.Verdict;
import dev.coverage.core.plan.ServiceHistory;
import dev.coverage.examples.cli.BatchCheck;
import dev.coverage.examples.cli.Outcome;
import dev.coverage.examples.cli.Summary;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmarks measure what they say: the clean claim is clean, the at-risk one is not. */
class BenchmarkClaimsTest {
  private static final CoverageChecker CHECKER = CoverageChecker.using(ReferenceData.bundled());

  @Test
  void the_clean_claim_is_clean_with_the_bundled_data() {
    Assessment a =
        CHECKER
            .check(BenchmarkClaims.CLEAN)
            .under(BenchmarkClaims.PPO)
            .withAuthorizations(BenchmarkClaims.AUTHORIZATIONS)
            .withHistory(ServiceHistory.empty())
            .withDocumentation(BenchmarkClaims.DOCUMENTED)
            .assess();
    assertThat(a.findings()).isEmpty();
    assertThat(a.verdict()).isEqualTo(Verdict.CLEAN);
  }

  @Test
  void the_at_risk_claim_has_several_findings() {
    Assessment a =
        CHECKER
            .check(BenchmarkClaims.AT_RISK)
            .under(BenchmarkClaims.PPO)
            .withAuthorizations(BenchmarkClaims.AUTHORIZATIONS)
            .withHistory(ServiceHistory.empty())
            .withDocumentation(BenchmarkClaims.DOCUMENTED)
            .assess();
    assertThat(a.findings().size()).isGreaterThanOrEqualTo(5);
  }

  @Test
  void the_long_history_keeps_the_clean_claim_clean() {
    Assessment a =
        CHECKER
            .check(BenchmarkClaims.CLEAN)
            .under(BenchmarkClaims.PPO)
            .withAuthorizations(BenchmarkClaims.AUTHORIZATIONS)
            .withHistory(BenchmarkClaims.LONG_HISTORY)
            .withDocumentation(BenchmarkClaims.DOCUMENTED)
            .assess();
    assertThat(BenchmarkClaims.LONG_HISTORY.services()).hasSize(1000);
    assertThat(a.findings()).isEmpty();
  }

  @Test
  void the_batch_file_holds_valid_claims_clean_and_not_with_their_own_ids(@TempDir Path dir)
      throws IOException {
    Path file = BatchFiles.write(dir.resolve("batch.jsonl"), 20);

    Summary summary;
    try (InputStream in = Files.newInputStream(file)) {
      summary =
          BatchCheck.jsonLines(CHECKER, BenchmarkClaims.PPO)
              .run(in, OutputStream.nullOutputStream(), BatchCheck.Progress.NONE);
    }

    assertThat(summary.count(Outcome.CLEAN)).isEqualTo(16);
    assertThat(summary.count(Outcome.CLEAN) + summary.count(Outcome.REJECTED)).isEqualTo(16);
    assertThat(Files.readAllLines(file).stream().map(l -> l.substring(0, 30)).distinct())
        .hasSize(20);
  }
}

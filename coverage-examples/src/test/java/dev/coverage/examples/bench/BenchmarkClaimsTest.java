package dev.coverage.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coverage.codes.ReferenceData;
import dev.coverage.core.check.Assessment;
import dev.coverage.core.check.CoverageChecker;
import dev.coverage.core.check.Verdict;
import dev.coverage.core.plan.ServiceHistory;
import org.junit.jupiter.api.Test;

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
}

package dev.coverage.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coverage.codes.ReferenceData;
import org.junit.jupiter.api.Test;

/** The baseline agrees with the checker on the benchmark claims, so comparing them is fair. */
class NaiveCheckerTest {
  private static final NaiveChecker NAIVE = NaiveChecker.from(ReferenceData.bundled());

  @Test
  void the_clean_claim_is_clean_for_the_baseline_too() {
    assertThat(
            NAIVE
                .check(
                    BenchmarkClaims.CLEAN,
                    BenchmarkClaims.AUTHORIZATIONS,
                    BenchmarkClaims.DOCUMENTED)
                .findings())
        .isEmpty();
  }

  @Test
  void the_baseline_finds_the_missing_authorization_and_the_undocumented_criteria() {
    assertThat(
            NAIVE
                .check(
                    BenchmarkClaims.CLEAN,
                    java.util.List.of(),
                    dev.coverage.core.claim.ClinicalFacts.none())
                .findings())
        .contains(
            "line 1: prior authorization absent",
            "line 1: not medically necessary (commercial/botulinum-toxin/chronic-migraine)");
  }
}

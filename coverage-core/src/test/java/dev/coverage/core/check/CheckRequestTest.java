package dev.coverage.core.check;

import static dev.coverage.core.check.Fixtures.CHECKER;
import static dev.coverage.core.check.Fixtures.DOS;
import static dev.coverage.core.check.Fixtures.ppo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.coverage.core.ValidationErrors;
import dev.coverage.core.claim.ClinicalFacts;
import dev.coverage.core.plan.ServiceHistory;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckRequestTest {
  @Test
  void a_request_checks_exactly_like_the_chain_with_the_same_knowledge() {
    CheckRequest request =
        CheckRequest.builder()
            .claim(RealSituationsTest.botoxMigraine())
            .authorizations(
                List.of(RealSituationsTest.botoxAuthorization(DOS.minusDays(1), DOS.plusDays(9))))
            .history(ServiceHistory.empty())
            .documentation(RealSituationsTest.MIGRAINE_DOCUMENTED)
            .putLineDocumentation(2, ClinicalFacts.builder().lesionCount(0).build())
            .build();

    Assessment viaRequest = CHECKER.check(request).under(ppo()).assess();
    Assessment viaChain =
        CHECKER
            .check(request.claim())
            .under(ppo())
            .withAuthorizations(request.authorizations().get())
            .withHistory(ServiceHistory.empty())
            .withDocumentation(RealSituationsTest.MIGRAINE_DOCUMENTED)
            .withLineDocumentation(2, ClinicalFacts.builder().lesionCount(0).build())
            .assess();

    assertThat(viaRequest).isEqualTo(viaChain);
    assertThat(viaRequest.verdict()).isEqualTo(Verdict.CLEAN);
  }

  @Test
  void without_authorizations_a_request_leaves_them_unknown() {
    Assessment a =
        CHECKER.check(CheckRequest.of(RealSituationsTest.botoxMigraine())).under(ppo()).assess();
    assertThat(a.line(1).authorization()).isEqualTo(AuthorizationStatus.CONDITIONAL);
  }

  @Test
  void documentation_for_a_line_the_claim_does_not_have_is_rejected() {
    ValidationErrors.rejects(
        "lineDocumentation.3",
        () ->
            CheckRequest.builder()
                .claim(RealSituationsTest.botoxMigraine())
                .putLineDocumentation(3, ClinicalFacts.none())
                .build());
  }
}

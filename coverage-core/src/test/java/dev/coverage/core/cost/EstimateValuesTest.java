package dev.coverage.core.cost;

import static dev.coverage.core.cost.CostFixtures.claim;
import static dev.coverage.core.cost.CostFixtures.line;
import static dev.coverage.core.cost.CostFixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.coverage.core.ValidationException;
import dev.coverage.core.claim.Claim;
import dev.coverage.core.claim.NetworkStatus;
import dev.coverage.core.code.Percent;
import dev.coverage.core.plan.Accumulators;
import dev.coverage.core.plan.CostSharing;
import dev.coverage.core.plan.Plan;
import dev.coverage.core.plan.ProductType;
import dev.coverage.core.plan.ServiceClass;
import dev.coverage.core.reference.ReferenceFees;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Validation, equality and rendering of the estimate's types. */
class EstimateValuesTest {
  private static final LineBenefit COVERED = LineBenefit.covered(ServiceClass.OFFICE_PROCEDURE);
  private static final Plan PLAN =
      Plan.builder()
          .id("ACME-PPO-2026")
          .productType(ProductType.PPO)
          .inNetwork(
              CostSharing.builder()
                  .deductible(usd("100.00"))
                  .coinsurance(Percent.of(20))
                  .outOfPocketMaximum(usd("1000.00"))
                  .build())
          .build();
  private static final Claim CLAIM =
      claim(NetworkStatus.IN_NETWORK, line("17106", "300.00"), line("15788", "250.00"));
  private static final List<LineBenefit> BENEFITS =
      List.of(COVERED, LineBenefit.notCovered(ServiceClass.OFFICE_PROCEDURE, true));
  private static final CostEstimator ESTIMATOR = CostEstimator.using(ReferenceFees.none());

  @Test
  void every_missing_argument_is_named() {
    Accumulators none = Accumulators.none();
    assertThatThrownBy(() -> CostEstimator.using(null))
        .isInstanceOf(ValidationException.class)
        .hasMessage("fees: is required");
    assertThatThrownBy(() -> ESTIMATOR.estimate(null, PLAN, none, BENEFITS))
        .hasMessage("claim: is required");
    assertThatThrownBy(() -> ESTIMATOR.estimate(CLAIM, null, none, BENEFITS))
        .hasMessage("plan: is required");
    assertThatThrownBy(() -> ESTIMATOR.estimate(CLAIM, PLAN, null, BENEFITS))
        .hasMessage("accumulators: is required");
    assertThatThrownBy(() -> ESTIMATOR.estimate(CLAIM, PLAN, none, null))
        .hasMessage("lines: is required");
    assertThatThrownBy(() -> ESTIMATOR.estimate(CLAIM, PLAN, none, Arrays.asList(COVERED, null)))
        .isInstanceOf(ValidationException.class)
        .hasMessage("lines[1]: is required");
  }

  @Test
  void one_benefit_per_claim_line_is_required() {
    assertThatThrownBy(() -> ESTIMATOR.estimate(CLAIM, PLAN, Accumulators.none(), List.of(COVERED)))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.field()).isEqualTo("lines"))
        .hasMessage("lines: must have one benefit per claim line: 2 lines, got 1");
  }

  @Test
  void line_benefits_are_validated_and_shared() {
    assertThatThrownBy(() -> LineBenefit.of(null, true, false, false))
        .hasMessage("serviceClass: is required");
    assertThatThrownBy(() -> LineBenefit.of(ServiceClass.OFFICE_PROCEDURE, true, false, true))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.field()).isEqualTo("reconstructive"));
    assertThat(LineBenefit.covered(ServiceClass.SPECIALIST_VISIT))
        .isSameAs(LineBenefit.of(ServiceClass.SPECIALIST_VISIT, true, false, false));
    assertThat(LineBenefit.notCovered(ServiceClass.SPECIALIST_VISIT, true))
        .isEqualTo(LineBenefit.of(ServiceClass.SPECIALIST_VISIT, false, true, false))
        .isNotEqualTo(LineBenefit.notCovered(ServiceClass.SPECIALIST_VISIT, false))
        .hasToString("self-pay SPECIALIST_VISIT cosmetic");
    assertThat(LineBenefit.of(ServiceClass.OUTPATIENT_PROCEDURE, true, true, true))
        .hasToString("covered OUTPATIENT_PROCEDURE reconstructive")
        .matches(LineBenefit::hsaEligible);
  }

  @Test
  void the_same_inputs_give_equal_estimates_and_a_different_input_does_not() {
    Estimate a = ESTIMATOR.estimate(CLAIM, PLAN, Accumulators.none(), BENEFITS);
    Estimate b = ESTIMATOR.estimate(CLAIM, PLAN, Accumulators.none(), BENEFITS);
    Estimate c =
        ESTIMATOR.estimate(
            CLAIM, PLAN, Accumulators.builder().deductibleMet(usd("50.00")).build(), BENEFITS);

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(c);
    assertThat(a.line(1)).isEqualTo(b.line(1)).hasSameHashCodeAs(b.line(1)).isNotEqualTo(c.line(1));
    assertThat(a.lines()).containsExactly(a.line(1), a.line(2));
  }

  @Test
  void to_string_shows_amounts_and_line_numbers_and_no_patient_data() {
    Estimate estimate = ESTIMATOR.estimate(CLAIM, PLAN, Accumulators.none(), BENEFITS);

    // line 1: allowed 300.00, deductible 100.00, coinsurance 20% x 200.00 = 40.00, owes 140.00
    assertThat(estimate)
        .hasToString(
            "Estimate{IN_NETWORK, 2 lines, allowed 550.00, plan pays 160.00, patient owes 390.00,"
                + " balance bill 0.00, self-pay 250.00}");
    assertThat(estimate.line(1))
        .hasToString(
            "line 1 BILLED_CHARGE charge 300.00 allowed 300.00 copay 0.00 deductible 100.00"
                + " coinsurance 40.00 cap 0.00 plan 160.00 patient 140.00 balance 0.00 HSA");
    assertThat(estimate.line(2)).hasToString("line 2 self-pay 250.00");
    String rendered = estimate + " " + estimate.lines();
    assertThat(rendered)
        .doesNotContain("MEMBER-SECRET-77", "Alexandra", "Quintero", "C-1001", "1234567893");
  }
}

package dev.coverage.core.cost;

import static dev.coverage.core.cost.CostFixtures.DATE_OF_SERVICE;
import static dev.coverage.core.cost.CostFixtures.claim;
import static dev.coverage.core.cost.CostFixtures.line;
import static dev.coverage.core.cost.CostFixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;

import dev.coverage.core.claim.Claim;
import dev.coverage.core.claim.FacilityKind;
import dev.coverage.core.claim.NetworkStatus;
import dev.coverage.core.code.Money;
import dev.coverage.core.code.Percent;
import dev.coverage.core.code.ProcedureCode;
import dev.coverage.core.plan.Accumulators;
import dev.coverage.core.plan.CostSharing;
import dev.coverage.core.plan.Plan;
import dev.coverage.core.plan.ProductType;
import dev.coverage.core.plan.ServiceClass;
import dev.coverage.core.reference.ReferenceFees;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The named scenarios of issue 5, with the arithmetic written out. */
class CostEstimatorScenariosTest {
  private static final ProcedureCode CHEMICAL_PEEL = ProcedureCode.of("15788");
  private static final ProcedureCode LESION_INJECTION = ProcedureCode.of("11900");
  private static final ProcedureCode MIGRAINE_INJECTION = ProcedureCode.of("64615");
  private static final ProcedureCode BOTULINUM_UNIT = ProcedureCode.of("J0585");
  private static final ProcedureCode VASCULAR_LASER = ProcedureCode.of("17106");
  private static final ProcedureCode SPECIALIST_VISIT = ProcedureCode.of("99214");

  private static final LineBenefit COVERED_PROCEDURE =
      LineBenefit.covered(ServiceClass.OFFICE_PROCEDURE);
  private static final LineBenefit COVERED_DRUG = LineBenefit.covered(ServiceClass.SPECIALTY_DRUG);

  private static Plan.Builder ppo(CostSharing inNetwork) {
    return Plan.builder().id("ACME-PPO-2026").productType(ProductType.PPO).inNetwork(inNetwork);
  }

  private static CostSharing sharing(String deductible, int coinsurance, String maximum) {
    return CostSharing.builder()
        .deductible(usd(deductible))
        .coinsurance(Percent.of(coinsurance))
        .outOfPocketMaximum(usd(maximum))
        .build();
  }

  @Test
  void deductible_partly_met_then_coinsurance() {
    // GIVEN a $1,500 deductible with $1,400 met, 20% coinsurance, and a fee schedule of $250.00
    Plan plan =
        ppo(sharing("1500.00", 20, "6000.00"))
            .putFeeSchedule(VASCULAR_LASER, usd("250.00"))
            .build();
    Accumulators met =
        Accumulators.builder().deductibleMet(usd("1400.00")).outOfPocketMet(usd("1400.00")).build();
    Claim claim = claim(NetworkStatus.IN_NETWORK, line("17106", "400.00"));

    // WHEN
    Estimate estimate =
        CostEstimator.using(ReferenceFees.none())
            .estimate(claim, plan, met, List.of(COVERED_PROCEDURE));

    // THEN allowed      = fee schedule 250.00 (below the 400.00 charge)
    //      deductible   = min(1500.00 - 1400.00, 250.00)  = 100.00
    //      coinsurance  = 20% x (250.00 - 100.00)         =  30.00
    //      patient owes = 100.00 + 30.00                  = 130.00 (room 4600.00: no cap)
    //      plan pays    = 250.00 - 130.00                 = 120.00
    LineEstimate line = estimate.line(1);
    assertThat(line.basis()).isEqualTo(AllowedBasis.FEE_SCHEDULE);
    assertThat(line.allowed()).isEqualTo(usd("250.00"));
    assertThat(line.copay()).isEqualTo(Money.ZERO);
    assertThat(line.deductible()).isEqualTo(usd("100.00"));
    assertThat(line.coinsurance()).isEqualTo(usd("30.00"));
    assertThat(line.capReduction()).isEqualTo(Money.ZERO);
    assertThat(line.patientOwes()).isEqualTo(usd("130.00"));
    assertThat(line.planPays()).isEqualTo(usd("120.00"));
    assertThat(line.balanceBill()).isEqualTo(Money.ZERO);
    assertThat(estimate.deductibleRemainingBefore()).isEqualTo(usd("100.00"));
    assertThat(estimate.outOfPocketRemainingBefore()).contains(usd("4600.00"));
    assertThat(estimate.tier()).isEqualTo(Tier.IN_NETWORK);
    assertThat(estimate.patientTotal()).isEqualTo(usd("130.00"));
  }

  @Test
  void specialist_copay_only() {
    // GIVEN a $50 specialist copay, nothing of the $1,500 deductible met, allowed at 120% of the
    // reference fee, which is $150.00 in an office and $90.00 in a facility
    CostSharing inNetwork =
        CostSharing.builder()
            .from(sharing("1500.00", 20, "6000.00"))
            .putCopays(ServiceClass.SPECIALIST_VISIT, usd("50.00"))
            .build();
    Plan plan = ppo(inNetwork).allowedPercentOfReference(Percent.of(120)).build();
    ReferenceFees fees =
        (code, facility, date) ->
            code.equals(SPECIALIST_VISIT)
                ? Optional.of(facility ? usd("90.00") : usd("150.00"))
                : Optional.empty();
    Claim claim = claim(NetworkStatus.IN_NETWORK, line("99214", "250.00"));

    // WHEN
    Estimate estimate =
        CostEstimator.using(fees)
            .estimate(
                claim,
                plan,
                Accumulators.none(),
                List.of(LineBenefit.covered(ServiceClass.SPECIALIST_VISIT)));

    // THEN allowed      = 120% x 150.00 (office rate)     = 180.00
    //      copay        = 50.00; a copay line skips deductible and coinsurance
    //      patient owes = 50.00, plan pays 180.00 - 50.00 = 130.00
    LineEstimate line = estimate.line(1);
    assertThat(line.basis()).isEqualTo(AllowedBasis.PERCENT_OF_REFERENCE);
    assertThat(line.allowed()).isEqualTo(usd("180.00"));
    assertThat(line.copay()).isEqualTo(usd("50.00"));
    assertThat(line.deductible()).isEqualTo(Money.ZERO);
    assertThat(line.coinsurance()).isEqualTo(Money.ZERO);
    assertThat(line.patientOwes()).isEqualTo(usd("50.00"));
    assertThat(line.planPays()).isEqualTo(usd("130.00"));
    assertThat(estimate.deductibleRemainingBefore()).isEqualTo(usd("1500.00"));
  }

  @Test
  void out_of_pocket_maximum_reached_mid_claim() {
    // GIVEN the deductible met, 20% coinsurance, and $100.00 left under the $6,000 maximum
    Plan plan =
        ppo(sharing("1000.00", 20, "6000.00"))
            .putFeeSchedule(MIGRAINE_INJECTION, usd("400.00"))
            .putFeeSchedule(BOTULINUM_UNIT, usd("3.00"))
            .putFeeSchedule(VASCULAR_LASER, usd("100.00"))
            .build();
    Accumulators met =
        Accumulators.builder().deductibleMet(usd("1000.00")).outOfPocketMet(usd("5900.00")).build();
    Claim claim =
        claim(
            NetworkStatus.IN_NETWORK,
            line("64615", "500.00"),
            line("J0585", "600.00", 100),
            line("17106", "150.00"));

    // WHEN
    Estimate estimate =
        CostEstimator.using(ReferenceFees.none())
            .estimate(
                claim, plan, met, List.of(COVERED_PROCEDURE, COVERED_DRUG, COVERED_PROCEDURE));

    // THEN line 1: allowed 400.00, coinsurance 20% x 400.00 =  80.00, owes  80.00, room 100 -> 20
    //      line 2: allowed 100 x 3.00 = 300.00, coinsurance  =  60.00, cap 40.00, owes 20.00,
    //              room 20 -> 0
    //      line 3: allowed 100.00, coinsurance               =  20.00, cap 20.00, owes  0.00
    //      claim:  patient 100.00 (the room), plan 800.00 - 100.00 = 700.00
    assertThat(amounts(estimate.line(1)))
        .containsExactly("400.00", "0.00", "0.00", "80.00", "0.00", "320.00", "80.00");
    assertThat(amounts(estimate.line(2)))
        .containsExactly("300.00", "0.00", "0.00", "60.00", "40.00", "280.00", "20.00");
    assertThat(amounts(estimate.line(3)))
        .containsExactly("100.00", "0.00", "0.00", "20.00", "20.00", "100.00", "0.00");
    assertThat(estimate.coinsurance()).isEqualTo(usd("160.00"));
    assertThat(estimate.capReduction()).isEqualTo(usd("60.00"));
    assertThat(estimate.patientOwes()).isEqualTo(usd("100.00"));
    assertThat(estimate.planPays()).isEqualTo(usd("700.00"));
    assertThat(estimate.allowed()).isEqualTo(usd("800.00"));
  }

  @Test
  void out_of_network_at_60_percent_with_a_balance_bill() {
    // GIVEN out of network: allowed at 125% of the reference fee, the plan pays 60% (a 40%
    // coinsurance), the out-of-network deductible met
    Plan plan =
        ppo(sharing("500.00", 20, "5000.00"))
            .outOfNetwork(sharing("1000.00", 40, "10000.00"))
            .outOfNetworkAllowedPercentOfReference(Percent.of(125))
            .putFeeSchedule(MIGRAINE_INJECTION, usd("300.00")) // in network only
            .build();
    ReferenceFees fees = ReferenceFees.of(Map.of(MIGRAINE_INJECTION, usd("200.00")));
    Accumulators met =
        Accumulators.builder()
            .outOfNetworkDeductibleMet(usd("1000.00"))
            .outOfNetworkOutOfPocketMet(usd("2000.00"))
            .build();
    Claim claim = claim(NetworkStatus.OUT_OF_NETWORK, line("64615", "600.00"));

    // WHEN
    Estimate estimate =
        CostEstimator.using(fees).estimate(claim, plan, met, List.of(COVERED_PROCEDURE));

    // THEN allowed       = 125% x 200.00                = 250.00 (the fee schedule is in network)
    //      deductible    = 0.00 (met)
    //      coinsurance   = 40% x 250.00                 = 100.00
    //      plan pays     = 60% x 250.00 = 250.00 - 100.00 = 150.00
    //      balance bill  = 600.00 - 250.00              = 350.00
    //      patient total = 100.00 + 350.00              = 450.00
    LineEstimate line = estimate.line(1);
    assertThat(estimate.tier()).isEqualTo(Tier.OUT_OF_NETWORK);
    assertThat(estimate.inNetwork()).isFalse();
    assertThat(line.basis()).isEqualTo(AllowedBasis.PERCENT_OF_REFERENCE);
    assertThat(line.allowed()).isEqualTo(usd("250.00"));
    assertThat(line.deductible()).isEqualTo(Money.ZERO);
    assertThat(line.coinsurance()).isEqualTo(usd("100.00"));
    assertThat(line.planPays()).isEqualTo(usd("150.00"));
    assertThat(line.patientOwes()).isEqualTo(usd("100.00"));
    assertThat(line.balanceBill()).isEqualTo(usd("350.00"));
    assertThat(line.patientTotal()).isEqualTo(usd("450.00"));
    assertThat(estimate.balanceBill()).isEqualTo(usd("350.00"));
    assertThat(estimate.patientTotal()).isEqualTo(usd("450.00"));
    assertThat(estimate.outOfPocketRemainingBefore()).contains(usd("8000.00"));
  }

  @Test
  void a_cosmetic_line_is_self_pay_in_full_next_to_a_covered_line() {
    // GIVEN $100.00 of the deductible left, 20% coinsurance; a chemical peel denied as cosmetic
    // first, then a covered lesion injection with a fee schedule of $150.00
    Plan plan =
        ppo(sharing("500.00", 20, "4000.00"))
            .putFeeSchedule(LESION_INJECTION, usd("150.00"))
            .putFeeSchedule(CHEMICAL_PEEL, usd("200.00"))
            .build();
    Accumulators met = Accumulators.builder().deductibleMet(usd("400.00")).build();
    Claim claim = claim(NetworkStatus.IN_NETWORK, line("15788", "350.00"), line("11900", "200.00"));

    // WHEN
    Estimate estimate =
        CostEstimator.using(ReferenceFees.none())
            .estimate(
                claim,
                plan,
                met,
                List.of(
                    LineBenefit.notCovered(ServiceClass.OFFICE_PROCEDURE, true),
                    COVERED_PROCEDURE));

    // THEN line 1: self-pay 350.00 in full (the fee schedule does not matter), plan 0.00, not
    //              HSA eligible, and it uses none of the deductible
    //      line 2: allowed 150.00, deductible 100.00, coinsurance 20% x 50.00 = 10.00,
    //              owes 110.00, plan 40.00, HSA eligible
    //      claim:  patient owes 350.00 + 110.00 = 460.00; good-faith self-pay figure 350.00
    LineEstimate peel = estimate.line(1);
    assertThat(peel.selfPay()).isTrue();
    assertThat(peel.basis()).isEqualTo(AllowedBasis.BILLED_CHARGE);
    assertThat(peel.allowed()).isEqualTo(usd("350.00"));
    assertThat(peel.patientOwes()).isEqualTo(usd("350.00"));
    assertThat(peel.planPays()).isEqualTo(Money.ZERO);
    assertThat(peel.deductible()).isEqualTo(Money.ZERO);
    assertThat(peel.hsaEligible()).isFalse();
    LineEstimate injection = estimate.line(2);
    assertThat(injection.selfPay()).isFalse();
    assertThat(amounts(injection))
        .containsExactly("150.00", "0.00", "100.00", "10.00", "0.00", "40.00", "110.00");
    assertThat(injection.hsaEligible()).isTrue();
    assertThat(estimate.patientOwes()).isEqualTo(usd("460.00"));
    assertThat(estimate.selfPayTotal()).isEqualTo(usd("350.00"));
    assertThat(estimate.costShare()).isEqualTo(usd("110.00"));
    assertThat(estimate.planPays()).isEqualTo(usd("40.00"));
  }

  @Test
  void two_lines_share_the_remaining_deductible() {
    // GIVEN $300.00 of the $1,000 deductible left, 20% coinsurance
    Plan plan =
        ppo(sharing("1000.00", 20, "6000.00"))
            .putFeeSchedule(MIGRAINE_INJECTION, usd("200.00"))
            .putFeeSchedule(BOTULINUM_UNIT, usd("2.50"))
            .build();
    Accumulators met =
        Accumulators.builder().deductibleMet(usd("700.00")).outOfPocketMet(usd("700.00")).build();
    Claim claim =
        claim(NetworkStatus.IN_NETWORK, line("64615", "450.00"), line("J0585", "500.00", 100));

    // WHEN
    Estimate estimate =
        CostEstimator.using(ReferenceFees.none())
            .estimate(claim, plan, met, List.of(COVERED_PROCEDURE, COVERED_DRUG));

    // THEN line 1: allowed 200.00, deductible min(300.00, 200.00) = 200.00 (100.00 left),
    //              coinsurance 0.00, owes 200.00, plan 0.00
    //      line 2: allowed 100 x 2.50 = 250.00, deductible 100.00 (0.00 left),
    //              coinsurance 20% x 150.00 = 30.00, owes 130.00, plan 120.00
    //      claim:  deductible 300.00, coinsurance 30.00, patient 330.00, plan 120.00
    assertThat(amounts(estimate.line(1)))
        .containsExactly("200.00", "0.00", "200.00", "0.00", "0.00", "0.00", "200.00");
    assertThat(amounts(estimate.line(2)))
        .containsExactly("250.00", "0.00", "100.00", "30.00", "0.00", "120.00", "130.00");
    assertThat(estimate.deductible()).isEqualTo(usd("300.00"));
    assertThat(estimate.coinsurance()).isEqualTo(usd("30.00"));
    assertThat(estimate.patientOwes()).isEqualTo(usd("330.00"));
    assertThat(estimate.planPays()).isEqualTo(usd("120.00"));
    assertThat(estimate.allowed()).isEqualTo(usd("450.00"));
  }

  // Beyond the six: the decisions the package description documents.

  @Test
  void coinsurance_rounds_once_to_the_cent_half_away_from_zero() {
    // GIVEN 12.5% coinsurance, no deductible, allowed at the billed charge
    Plan plan = ppo(CostSharing.builder().coinsurance(Percent.of("12.5")).build()).build();
    Claim claim = claim(NetworkStatus.IN_NETWORK, line("17106", "1.00"), line("17106", "10.05"));

    // WHEN
    Estimate estimate =
        CostEstimator.using(ReferenceFees.none())
            .estimate(
                claim, plan, Accumulators.none(), List.of(COVERED_PROCEDURE, COVERED_PROCEDURE));

    // THEN 12.5% x  1.00 = 0.125   -> 0.13 (half away from zero)
    //      12.5% x 10.05 = 1.25625 -> 1.26
    //      the claim's coinsurance is the sum of the rounded lines, 1.39, not 12.5% x 11.05 = 1.38
    assertThat(estimate.line(1).coinsurance()).isEqualTo(usd("0.13"));
    assertThat(estimate.line(2).coinsurance()).isEqualTo(usd("1.26"));
    assertThat(estimate.coinsurance()).isEqualTo(usd("1.39"));
    assertThat(estimate.line(1).basis()).isEqualTo(AllowedBasis.BILLED_CHARGE);
  }

  @Test
  void percent_of_reference_applies_once_to_fee_times_units_and_never_exceeds_the_charge() {
    // GIVEN allowed at 133.33% of a 0.07 reference fee per unit, and a fee above the charge
    Plan plan =
        ppo(CostSharing.builder().build()).allowedPercentOfReference(Percent.of("133.33")).build();
    ReferenceFees fees =
        ReferenceFees.of(Map.of(BOTULINUM_UNIT, usd("0.07"), MIGRAINE_INJECTION, usd("500.00")));
    Claim claim =
        claim(NetworkStatus.IN_NETWORK, line("J0585", "50.00", 100), line("64615", "450.00"));

    // WHEN
    Estimate estimate =
        CostEstimator.using(fees)
            .estimate(claim, plan, Accumulators.none(), List.of(COVERED_DRUG, COVERED_PROCEDURE));

    // THEN line 1: 133.33% x (0.07 x 100 = 7.00) = 9.3331 -> 9.33 (per unit it would be 9.00)
    //      line 2: 133.33% x 500.00 = 666.65, above the 450.00 charge -> 450.00
    assertThat(estimate.line(1).allowed()).isEqualTo(usd("9.33"));
    assertThat(estimate.line(2).allowed()).isEqualTo(usd("450.00"));
    assertThat(estimate.line(2).basis()).isEqualTo(AllowedBasis.PERCENT_OF_REFERENCE);
  }

  @Test
  void a_copay_above_the_allowed_amount_is_reduced_to_it() {
    Plan plan =
        ppo(CostSharing.builder().putCopays(ServiceClass.OFFICE_PROCEDURE, usd("75.00")).build())
            .putFeeSchedule(VASCULAR_LASER, usd("60.00"))
            .build();
    Claim claim = claim(NetworkStatus.IN_NETWORK, line("17106", "120.00"));

    Estimate estimate =
        CostEstimator.using(ReferenceFees.none())
            .estimate(claim, plan, Accumulators.none(), List.of(COVERED_PROCEDURE));

    // THEN copay = min(75.00, allowed 60.00) = 60.00; the plan pays 0.00
    assertThat(estimate.line(1).copay()).isEqualTo(usd("60.00"));
    assertThat(estimate.line(1).planPays()).isEqualTo(Money.ZERO);
  }

  @Test
  void the_facility_rate_and_the_line_own_date_of_service_are_asked_for() {
    List<String> asked = new ArrayList<>();
    ReferenceFees fees =
        (code, facility, date) -> {
          asked.add(code + " " + (facility ? "facility" : "office") + " " + date);
          return Optional.of(usd("100.00"));
        };
    Plan plan =
        ppo(CostSharing.builder().build()).allowedPercentOfReference(Percent.of(100)).build();
    LocalDate earlier = DATE_OF_SERVICE.minusDays(1);
    Claim claim =
        claim(
            NetworkStatus.IN_NETWORK,
            FacilityKind.AMBULATORY_SURGERY_CENTER,
            List.of(
                line("17106", "150.00"),
                dev.coverage.core.claim.ClaimLine.builder()
                    .from(line("17106", "150.00"))
                    .dateOfService(earlier)
                    .build()));

    Estimate estimate =
        CostEstimator.using(fees)
            .estimate(
                claim, plan, Accumulators.none(), List.of(COVERED_PROCEDURE, COVERED_PROCEDURE));

    assertThat(asked)
        .containsExactly("17106 facility " + DATE_OF_SERVICE, "17106 facility " + earlier);
    assertThat(estimate.allowed()).isEqualTo(usd("200.00"));
  }

  @Test
  void an_unknown_network_status_is_estimated_as_in_network_and_says_so() {
    Plan plan =
        ppo(sharing("0.00", 20, "1000.00")).outOfNetwork(sharing("0.00", 50, "2000.00")).build();
    Claim claim = claim(NetworkStatus.UNKNOWN, line("17106", "100.00"));

    Estimate estimate =
        CostEstimator.using(ReferenceFees.none())
            .estimate(claim, plan, Accumulators.none(), List.of(COVERED_PROCEDURE));

    // THEN the in-network 20%, not the out-of-network 50%
    assertThat(estimate.tier()).isEqualTo(Tier.ASSUMED_IN_NETWORK);
    assertThat(estimate.assumedInNetwork()).isTrue();
    assertThat(estimate.inNetwork()).isTrue();
    assertThat(estimate.patientOwes()).isEqualTo(usd("20.00"));
  }

  @Test
  void out_of_network_without_out_of_network_benefits_is_self_pay_in_full() {
    Plan plan = ppo(sharing("0.00", 20, "1000.00")).build();
    Claim claim =
        claim(NetworkStatus.OUT_OF_NETWORK, line("17106", "100.00"), line("15788", "250.00"));

    Estimate estimate =
        CostEstimator.using(ReferenceFees.none())
            .estimate(
                claim,
                plan,
                Accumulators.none(),
                List.of(
                    COVERED_PROCEDURE,
                    LineBenefit.notCovered(ServiceClass.OFFICE_PROCEDURE, true)));

    assertThat(estimate.tier()).isEqualTo(Tier.OUT_OF_NETWORK_NOT_COVERED);
    assertThat(estimate.lines()).allMatch(LineEstimate::selfPay);
    assertThat(estimate.selfPayTotal()).isEqualTo(usd("350.00"));
    assertThat(estimate.planPays()).isEqualTo(Money.ZERO);
    assertThat(estimate.balanceBill()).isEqualTo(Money.ZERO);
    assertThat(estimate.line(1).hsaEligible()).isTrue(); // medical care, whoever pays
    assertThat(estimate.line(2).hsaEligible()).isFalse();
    assertThat(estimate.outOfPocketRemainingBefore()).isEmpty();
  }

  @Test
  void a_reconstructive_cosmetic_procedure_is_hsa_eligible_and_a_plain_cosmetic_one_is_not() {
    Plan plan = ppo(CostSharing.builder().build()).build();
    Claim claim = claim(NetworkStatus.IN_NETWORK, line("15780", "900.00"), line("15780", "900.00"));

    Estimate estimate =
        CostEstimator.using(ReferenceFees.none())
            .estimate(
                claim,
                plan,
                Accumulators.none(),
                List.of(
                    LineBenefit.of(ServiceClass.OUTPATIENT_PROCEDURE, true, true, true),
                    LineBenefit.of(ServiceClass.OUTPATIENT_PROCEDURE, true, true, false)));

    assertThat(estimate.line(1).hsaEligible()).isTrue();
    assertThat(estimate.line(2).hsaEligible()).isFalse();
    assertThat(estimate.line(2).selfPay()).isFalse(); // a plan without the exclusion pays
  }

  @Test
  void no_out_of_pocket_maximum_means_no_cap() {
    Plan plan = ppo(CostSharing.builder().coinsurance(Percent.of(50)).build()).build();
    Claim claim = claim(NetworkStatus.IN_NETWORK, line("17106", "9000.00"));

    Estimate estimate =
        CostEstimator.using(ReferenceFees.none())
            .estimate(claim, plan, Accumulators.none(), List.of(COVERED_PROCEDURE));

    assertThat(estimate.patientOwes()).isEqualTo(usd("4500.00"));
    assertThat(estimate.capReduction()).isEqualTo(Money.ZERO);
    assertThat(estimate.outOfPocketRemainingBefore()).isEmpty();
  }

  /** allowed, copay, deductible, coinsurance, cap, plan pays, patient owes. */
  private static List<String> amounts(LineEstimate line) {
    return List.of(
        line.allowed().toString(),
        line.copay().toString(),
        line.deductible().toString(),
        line.coinsurance().toString(),
        line.capReduction().toString(),
        line.planPays().toString(),
        line.patientOwes().toString());
  }
}

package dev.coverage.core.cost;

import static dev.coverage.core.cost.CostArbitraries.accumulators;
import static dev.coverage.core.cost.CostArbitraries.accumulatorsNoMoreMetOutOfNetwork;
import static dev.coverage.core.cost.CostArbitraries.plans;
import static dev.coverage.core.cost.CostArbitraries.plansWithStricterOutOfNetwork;
import static org.assertj.core.api.Assertions.assertThat;

import dev.coverage.core.claim.Claim;
import dev.coverage.core.claim.ClaimLine;
import dev.coverage.core.claim.FacilityKind;
import dev.coverage.core.claim.NetworkStatus;
import dev.coverage.core.code.Money;
import dev.coverage.core.code.Percent;
import dev.coverage.core.cost.CostArbitraries.Case;
import dev.coverage.core.plan.Accumulators;
import dev.coverage.core.plan.CostSharing;
import dev.coverage.core.plan.Plan;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** The invariants issue 5 says must hold, and the ones that make the figure explainable. */
class CostEstimatorProperties {

  @Provide
  Arbitrary<Case> anyCase() {
    return CostArbitraries.cases();
  }

  @Provide
  Arbitrary<Case> inNetworkCovered() {
    return CostArbitraries.cases(plans(), accumulators(), NetworkStatus.IN_NETWORK)
        .map(Case::allCovered);
  }

  @Provide
  Arbitrary<Case> stricterOutOfNetwork() {
    return CostArbitraries.cases(
        plansWithStricterOutOfNetwork(),
        accumulatorsNoMoreMetOutOfNetwork(),
        NetworkStatus.IN_NETWORK);
  }

  @Provide
  Arbitrary<Accumulators> moreMet() {
    return Combinators.combine(
            CostArbitraries.money(0, 3_000_00), CostArbitraries.money(0, 3_000_00))
        .as(
            (in, out) ->
                Accumulators.builder().deductibleMet(in).outOfNetworkDeductibleMet(out).build());
  }

  @Property
  void in_network_and_covered_plan_pays_plus_patient_owes_is_allowed(
      @ForAll("inNetworkCovered") Case c) {
    Estimate estimate = c.estimate();

    for (LineEstimate line : estimate.lines()) {
      assertThat(line.planPays().plus(line.patientOwes())).isEqualTo(line.allowed());
      assertThat(line.balanceBill()).isEqualTo(Money.ZERO);
      assertThat(line.selfPay()).isFalse();
    }
    assertThat(estimate.planPays().plus(estimate.patientOwes())).isEqualTo(estimate.allowed());
    assertThat(estimate.patientTotal()).isEqualTo(estimate.patientOwes());
  }

  @Property
  void in_network_and_covered_the_patient_owes_between_zero_and_the_out_of_pocket_room(
      @ForAll("inNetworkCovered") Case c) {
    Estimate estimate = c.estimate();

    for (LineEstimate line : estimate.lines()) {
      assertThat(line.patientOwes().isNegative()).as("patient owes below zero").isFalse();
      assertThat(line.planPays().isNegative()).as("plan pays below zero").isFalse();
    }
    Optional<Money> maximum = c.plan().inNetwork().outOfPocketMaximum();
    if (maximum.isPresent()) {
      Money room = maximum.get().minus(c.accumulators().outOfPocketMet()).atLeastZero();
      assertThat(estimate.patientOwes()).isLessThanOrEqualTo(room);
      assertThat(estimate.outOfPocketRemainingBefore()).contains(room);
    }
  }

  @Property
  void more_deductible_already_met_never_raises_what_the_patient_owes(
      @ForAll("anyCase") Case c, @ForAll("moreMet") Accumulators extra) {
    Accumulators met = c.accumulators();
    Accumulators more =
        Accumulators.builder()
            .from(met)
            .deductibleMet(met.deductibleMet().plus(extra.deductibleMet()))
            .outOfNetworkDeductibleMet(
                met.outOfNetworkDeductibleMet().plus(extra.outOfNetworkDeductibleMet()))
            .build();

    Estimate before = c.estimate();
    Estimate after = c.withAccumulators(more).estimate();

    assertThat(after.patientOwes()).isLessThanOrEqualTo(before.patientOwes());
    assertThat(after.patientTotal()).isLessThanOrEqualTo(before.patientTotal());
  }

  /**
   * Holds for plans shaped like real ones, whose out-of-network terms are absent or no more
   * generous than the in-network terms (see {@link CostArbitraries#stricterThan}). A plan with,
   * say, a $50 in-network copay and a plain 40% out-of-network coinsurance can make a cheap visit
   * cost less out of network; the estimate reports that arithmetic rather than hiding it.
   */
  @Property
  void out_of_network_never_costs_the_patient_less_than_in_network(
      @ForAll("stricterOutOfNetwork") Case c) {
    Estimate inNetwork = c.withNetwork(NetworkStatus.IN_NETWORK).estimate();
    Estimate outOfNetwork = c.withNetwork(NetworkStatus.OUT_OF_NETWORK).estimate();

    assertThat(outOfNetwork.patientTotal()).isGreaterThanOrEqualTo(inNetwork.patientTotal());
  }

  @Property
  void every_line_shows_steps_that_add_up_and_the_claim_is_the_sum_of_its_lines(
      @ForAll("anyCase") Case c) {
    Estimate estimate = c.estimate();

    assertThat(estimate.tier()).isEqualTo(expectedTier(c));
    assertStartingRoom(c, estimate);
    assertThat(estimate.lines()).hasSize(c.claim().lines().size());
    Money sumAllowed = Money.ZERO;
    Money sumOwes = Money.ZERO;
    Money sumBalance = Money.ZERO;
    Money sumSelfPay = Money.ZERO;
    for (int i = 0; i < c.claim().lines().size(); i++) {
      LineEstimate line = estimate.line(i + 1);
      ClaimLine claimLine = c.claim().lines().get(i);
      LineBenefit benefit = c.benefits().get(i);
      assertThat(line.line()).isEqualTo(i + 1);
      assertThat(line.charge()).isEqualTo(claimLine.charge());
      assertThat(line.hsaEligible()).isEqualTo(!benefit.cosmetic() || benefit.reconstructive());
      assertThat(line.planPays().plus(line.patientOwes())).isEqualTo(line.allowed());
      assertThat(line.allowed().plus(line.balanceBill())).isLessThanOrEqualTo(line.charge());
      assertThat(line.allowed().isNegative()).isFalse();
      if (line.selfPay()) {
        assertThat(line.patientOwes()).isEqualTo(claimLine.charge());
        assertThat(line.planPays()).isEqualTo(Money.ZERO);
        sumSelfPay = sumSelfPay.plus(line.charge());
      } else {
        assertThat(
                line.copay()
                    .plus(line.deductible())
                    .plus(line.coinsurance())
                    .minus(line.capReduction()))
            .isEqualTo(line.patientOwes());
        assertThat(line.capReduction().isNegative()).isFalse();
        Money expectedBalance =
            estimate.inNetwork() ? Money.ZERO : line.charge().minus(line.allowed());
        assertThat(line.balanceBill()).isEqualTo(expectedBalance);
      }
      assertThat(line.selfPay())
          .isEqualTo(!benefit.payable() || estimate.tier() == Tier.OUT_OF_NETWORK_NOT_COVERED);
      sumAllowed = sumAllowed.plus(line.allowed());
      sumOwes = sumOwes.plus(line.patientOwes());
      sumBalance = sumBalance.plus(line.balanceBill());
    }
    assertThat(estimate.allowed()).isEqualTo(sumAllowed);
    assertThat(estimate.patientOwes()).isEqualTo(sumOwes);
    assertThat(estimate.balanceBill()).isEqualTo(sumBalance);
    assertThat(estimate.selfPayTotal()).isEqualTo(sumSelfPay);
    assertThat(estimate.patientTotal()).isEqualTo(sumOwes.plus(sumBalance));
    assertThat(estimate.costShare()).isEqualTo(sumOwes.minus(sumSelfPay));
  }

  /**
   * Money is exact and rounds once per percentage, per line, to the cent: recomputed here with
   * {@link Money#times(Percent)} from the plan's terms, never per unit and never on a running
   * total.
   */
  @Property
  void each_percentage_rounds_once_per_line_exactly_as_money_times_percent(
      @ForAll("anyCase") Case c) {
    Estimate estimate = c.estimate();
    Optional<CostSharing> tier = tierOf(c, estimate.tier());

    for (int i = 0; i < c.claim().lines().size(); i++) {
      LineEstimate line = estimate.line(i + 1);
      if (line.selfPay()) {
        continue;
      }
      ClaimLine claimLine = c.claim().lines().get(i);
      if (line.basis() == AllowedBasis.PERCENT_OF_REFERENCE) {
        Percent percent =
            (estimate.inNetwork()
                    ? c.plan().allowedPercentOfReference()
                    : c.plan().outOfNetworkAllowedPercentOfReference())
                .orElseThrow();
        Money fee =
            c.fees()
                .fee(claimLine.procedure(), facilityRate(c.claim()), c.claim().dateOfService())
                .orElseThrow();
        Money expected = fee.times(claimLine.units()).times(percent);
        assertThat(line.allowed()).isEqualTo(Money.min(expected, claimLine.charge()).atLeastZero());
      }
      boolean copayLine =
          tier.orElseThrow().copays().containsKey(c.benefits().get(i).serviceClass());
      if (!copayLine) {
        Money expected =
            line.allowed().minus(line.deductible()).times(tier.orElseThrow().coinsurance());
        assertThat(line.coinsurance()).isEqualTo(expected);
      } else {
        assertThat(line.deductible()).isEqualTo(Money.ZERO);
        assertThat(line.coinsurance()).isEqualTo(Money.ZERO);
      }
    }
  }

  @Property
  void a_self_pay_line_uses_none_of_the_deductible_or_out_of_pocket_room(
      @ForAll("anyCase") Case c, @ForAll @IntRange(min = 0, max = 5) int pick) {
    List<ClaimLine> lines = c.claim().lines();
    if (lines.size() < 2) {
      return;
    }
    int k = pick % lines.size();
    List<LineBenefit> benefits = new ArrayList<>(c.benefits());
    LineBenefit original = benefits.get(k);
    benefits.set(k, LineBenefit.notCovered(original.serviceClass(), original.cosmetic()));
    List<ClaimLine> others = new ArrayList<>(lines);
    others.remove(k);
    List<LineBenefit> otherBenefits = new ArrayList<>(benefits);
    otherBenefits.remove(k);
    Claim without = Claim.builder().from(c.claim()).lines(others).build();
    CostEstimator estimator = CostEstimator.using(c.fees());

    Estimate with = estimator.estimate(c.claim(), c.plan(), c.accumulators(), benefits);
    Estimate withoutLine = estimator.estimate(without, c.plan(), c.accumulators(), otherBenefits);

    assertThat(with.line(k + 1).selfPay()).isTrue();
    assertThat(with.line(k + 1).patientOwes()).isEqualTo(lines.get(k).charge());
    List<List<Money>> kept = new ArrayList<>();
    for (LineEstimate line : with.lines()) {
      if (line.line() != k + 1) {
        kept.add(amounts(line));
      }
    }
    List<List<Money>> alone = new ArrayList<>();
    for (LineEstimate line : withoutLine.lines()) {
      alone.add(amounts(line));
    }
    assertThat(kept).isEqualTo(alone);
  }

  @Property
  void the_allocation_free_share_agrees_with_money_times_percent(
      @ForAll @LongRange(min = -Money.MAX_CENTS / 10, max = Money.MAX_CENTS / 10) long cents,
      @ForAll @IntRange(min = 0, max = Percent.MAX_BASIS_POINTS) int basisPoints) {
    assertThat(Cents.share(cents, basisPoints))
        .isEqualTo(Money.ofCents(cents).times(Percent.ofBasisPoints(basisPoints)).cents());
  }

  @Provide
  Arbitrary<Long> feeTimesUnits() {
    return Arbitraries.longs().between(-Money.MAX_CENTS * 9_999, Money.MAX_CENTS * 9_999);
  }

  @Property
  void the_share_of_a_fee_times_units_is_exact_beyond_the_money_bound(
      @ForAll("feeTimesUnits") long cents,
      @ForAll @IntRange(min = 0, max = Percent.MAX_BASIS_POINTS) int basisPoints) {
    BigDecimal exact =
        BigDecimal.valueOf(cents)
            .multiply(BigDecimal.valueOf(basisPoints))
            .divide(BigDecimal.valueOf(10_000), 0, RoundingMode.HALF_UP); // half away from zero
    assertThat(Cents.share(cents, basisPoints)).isEqualTo(exact.longValueExact());
  }

  private static Tier expectedTier(Case c) {
    switch (c.claim().networkStatus()) {
      case IN_NETWORK:
        return Tier.IN_NETWORK;
      case OUT_OF_NETWORK:
        return c.plan().coversOutOfNetwork()
            ? Tier.OUT_OF_NETWORK
            : Tier.OUT_OF_NETWORK_NOT_COVERED;
      default:
        return Tier.ASSUMED_IN_NETWORK;
    }
  }

  /** The tier's deductible and maximum, less what that tier's accumulators say is met. */
  private static void assertStartingRoom(Case c, Estimate estimate) {
    Optional<CostSharing> tier = tierOf(c, estimate.tier());
    if (tier.isEmpty()) {
      assertThat(estimate.deductibleRemainingBefore()).isEqualTo(Money.ZERO);
      assertThat(estimate.outOfPocketRemainingBefore()).isEmpty();
      return;
    }
    Accumulators met = c.accumulators();
    boolean out = estimate.tier() == Tier.OUT_OF_NETWORK;
    Money deductibleMet = out ? met.outOfNetworkDeductibleMet() : met.deductibleMet();
    Money outOfPocketMet = out ? met.outOfNetworkOutOfPocketMet() : met.outOfPocketMet();
    assertThat(estimate.deductibleRemainingBefore())
        .isEqualTo(tier.get().deductible().minus(deductibleMet).atLeastZero());
    assertThat(estimate.outOfPocketRemainingBefore())
        .isEqualTo(tier.get().outOfPocketMaximum().map(m -> m.minus(outOfPocketMet).atLeastZero()));
  }

  private static Optional<CostSharing> tierOf(Case c, Tier tier) {
    Plan plan = c.plan();
    switch (tier) {
      case OUT_OF_NETWORK:
        return plan.outOfNetwork();
      case OUT_OF_NETWORK_NOT_COVERED:
        return Optional.empty();
      default:
        return Optional.of(plan.inNetwork());
    }
  }

  private static boolean facilityRate(Claim claim) {
    return claim.facility() == FacilityKind.HOSPITAL_OUTPATIENT
        || claim.facility() == FacilityKind.AMBULATORY_SURGERY_CENTER;
  }

  private static List<Money> amounts(LineEstimate line) {
    return List.of(
        line.charge(),
        line.allowed(),
        line.copay(),
        line.deductible(),
        line.coinsurance(),
        line.capReduction(),
        line.planPays(),
        line.patientOwes(),
        line.balanceBill());
  }
}

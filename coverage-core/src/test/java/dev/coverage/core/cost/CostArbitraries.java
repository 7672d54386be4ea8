package dev.coverage.core.cost;

import dev.coverage.core.claim.Claim;
import dev.coverage.core.claim.ClaimLine;
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
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * The generators the cost properties need, kept small and local until the shared ones in {@code
 * dev.coverage.core.testing} land: each method is named for what it makes, so that swapping one for
 * its shared counterpart is a one-line change.
 */
final class CostArbitraries {
  static final List<ProcedureCode> CODES =
      List.of("64615", "J0585", "15788", "17106", "11900", "99214").stream()
          .map(ProcedureCode::of)
          .toList();

  private CostArbitraries() {}

  /** Everything one estimate needs. */
  record Case(
      Claim claim,
      Plan plan,
      Accumulators accumulators,
      Map<ProcedureCode, Money> officeFees,
      List<LineBenefit> benefits) {
    ReferenceFees fees() {
      return CostArbitraries.fees(officeFees);
    }

    Estimate estimate() {
      return CostEstimator.using(fees()).estimate(claim, plan, accumulators, benefits);
    }

    Case withNetwork(NetworkStatus network) {
      return new Case(
          Claim.builder().from(claim).networkStatus(network).build(),
          plan,
          accumulators,
          officeFees,
          benefits);
    }

    Case withAccumulators(Accumulators other) {
      return new Case(claim, plan, other, officeFees, benefits);
    }

    Case allCovered() {
      List<LineBenefit> covered = new ArrayList<>();
      for (LineBenefit b : benefits) {
        covered.add(LineBenefit.of(b.serviceClass(), true, b.cosmetic(), b.reconstructive()));
      }
      return new Case(claim, plan, accumulators, officeFees, covered);
    }
  }

  /** Reference fees: the office rate as given, the facility rate 60% of it, at every date. */
  static ReferenceFees fees(Map<ProcedureCode, Money> officeFees) {
    return (code, facility, date) -> {
      Money office = officeFees.get(code);
      return office == null
          ? Optional.empty()
          : Optional.of(facility ? office.times(Percent.of(60)) : office);
    };
  }

  static Arbitrary<Money> money(long minCents, long maxCents) {
    return Arbitraries.longs().between(minCents, maxCents).map(Money::ofCents);
  }

  /** A share of a whole, 0 to 100%, in basis points, with the round numbers plans use. */
  static Arbitrary<Percent> shares() {
    return Arbitraries.oneOf(
        Arbitraries.of(0, 1000, 2000, 3000, 4000, 5000, 10_000).map(Percent::ofBasisPoints),
        Arbitraries.integers().between(0, 10_000).map(Percent::ofBasisPoints));
  }

  /** An allowed-amount percentage of a reference fee: 0 to 300%. */
  static Arbitrary<Percent> referencePercents() {
    return Arbitraries.oneOf(
        Arbitraries.of(6000, 10_000, 12_000, 15_000).map(Percent::ofBasisPoints),
        Arbitraries.integers().between(0, 30_000).map(Percent::ofBasisPoints));
  }

  static Arbitrary<Map<ServiceClass, Money>> copays() {
    return Arbitraries.subsetOf(ServiceClass.values())
        .flatMap(
            classes ->
                money(0, 300_00)
                    .list()
                    .ofSize(classes.size())
                    .map(
                        amounts -> {
                          Map<ServiceClass, Money> copays = new EnumMap<>(ServiceClass.class);
                          int i = 0;
                          for (ServiceClass c : classes) {
                            copays.put(c, amounts.get(i++));
                          }
                          return copays;
                        }));
  }

  static Arbitrary<CostSharing> costSharings() {
    return Combinators.combine(
            money(0, 5_000_00), shares(), copays(), money(0, 10_000_00).optional())
        .as(
            (deductible, coinsurance, copays, aboveDeductible) ->
                CostSharing.builder()
                    .deductible(deductible)
                    .coinsurance(coinsurance)
                    .copays(copays)
                    .outOfPocketMaximum(aboveDeductible.map(deductible::plus))
                    .build());
  }

  static Arbitrary<Map<ProcedureCode, Money>> feeTables(long maxCents) {
    return Arbitraries.maps(Arbitraries.of(CODES), money(0, maxCents)).ofMaxSize(CODES.size());
  }

  /** Any valid plan: out-of-network terms, when present, need not relate to in-network ones. */
  static Arbitrary<Plan> plans() {
    return Combinators.combine(
            costSharings(),
            costSharings().optional(),
            feeTables(2_000_00),
            referencePercents().optional(),
            referencePercents().optional())
        .as(
            (inNetwork, outOfNetwork, schedule, percent, outOfNetworkPercent) ->
                Plan.builder()
                    .id("PLAN-1")
                    .productType(ProductType.PPO)
                    .inNetwork(inNetwork)
                    .outOfNetwork(outOfNetwork)
                    .feeSchedule(schedule)
                    .allowedPercentOfReference(percent)
                    .outOfNetworkAllowedPercentOfReference(outOfNetworkPercent)
                    .build());
  }

  /**
   * Out-of-network terms no more generous than the in-network ones, term by term: a deductible,
   * coinsurance and copay (for the same classes) at least as high, and a maximum at least as high
   * or none.
   */
  static Arbitrary<CostSharing> stricterThan(CostSharing in) {
    return Combinators.combine(
            money(0, 2_000_00),
            Arbitraries.integers().between(0, 10_000 - in.coinsurance().basisPoints()),
            money(0, 100_00).list().ofSize(in.copays().size()),
            money(0, 5_000_00),
            Arbitraries.of(true, false))
        .as(
            (moreDeductible, moreCoinsurance, moreCopays, moreMaximum, dropMaximum) -> {
              Map<ServiceClass, Money> copays = new EnumMap<>(ServiceClass.class);
              int i = 0;
              for (Map.Entry<ServiceClass, Money> e : in.copays().entrySet()) {
                copays.put(e.getKey(), e.getValue().plus(moreCopays.get(i++)));
              }
              Optional<Money> maximum =
                  dropMaximum
                      ? Optional.empty()
                      : in.outOfPocketMaximum().map(m -> m.plus(moreDeductible).plus(moreMaximum));
              return CostSharing.builder()
                  .deductible(in.deductible().plus(moreDeductible))
                  .coinsurance(
                      Percent.ofBasisPoints(in.coinsurance().basisPoints() + moreCoinsurance))
                  .copays(copays)
                  .outOfPocketMaximum(maximum)
                  .build();
            });
  }

  /** Plans whose out-of-network terms are absent or no more generous than the in-network ones. */
  static Arbitrary<Plan> plansWithStricterOutOfNetwork() {
    return plans()
        .flatMap(
            plan ->
                Arbitraries.oneOf(
                        Arbitraries.just(Optional.<CostSharing>empty()),
                        stricterThan(plan.inNetwork()).map(Optional::of))
                    .map(out -> Plan.builder().from(plan).outOfNetwork(out).build()));
  }

  static Arbitrary<Accumulators> accumulators() {
    return Combinators.combine(
            money(0, 8_000_00), money(0, 12_000_00), money(0, 8_000_00), money(0, 12_000_00))
        .as(
            (deductible, outOfPocket, outDeductible, outOutOfPocket) ->
                Accumulators.builder()
                    .deductibleMet(deductible)
                    .outOfPocketMet(outOfPocket)
                    .outOfNetworkDeductibleMet(outDeductible)
                    .outOfNetworkOutOfPocketMet(outOutOfPocket)
                    .build());
  }

  /**
   * Accumulators for a plan with stricter out-of-network terms: at least as much of the deductible
   * and of the maximum is left out of network as in network.
   */
  static Arbitrary<Accumulators> accumulatorsNoMoreMetOutOfNetwork() {
    return accumulators()
        .flatMap(
            in ->
                Combinators.combine(
                        money(0, in.deductibleMet().cents()), money(0, in.outOfPocketMet().cents()))
                    .as(
                        (deductible, outOfPocket) ->
                            Accumulators.builder()
                                .from(in)
                                .outOfNetworkDeductibleMet(deductible)
                                .outOfNetworkOutOfPocketMet(outOfPocket)
                                .build()));
  }

  static Arbitrary<LineBenefit> lineBenefits() {
    return Combinators.combine(
            Arbitraries.of(ServiceClass.values()),
            Arbitraries.of(true, true, true, false),
            Arbitraries.integers().between(0, 2))
        .as((c, payable, kind) -> LineBenefit.of(c, payable, kind > 0, kind == 2));
  }

  static Arbitrary<ClaimLine> claimLines() {
    return Combinators.combine(
            Arbitraries.of(CODES),
            money(1, 10_000_00),
            Arbitraries.oneOf(Arbitraries.just(1), Arbitraries.integers().between(1, 200)))
        .as(
            (code, charge, units) ->
                ClaimLine.builder()
                    .procedure(code)
                    .charge(charge)
                    .units(units)
                    .addDiagnosisPointers(1)
                    .build());
  }

  static Arbitrary<Claim> claims(NetworkStatus network) {
    return Combinators.combine(
            claimLines().list().ofMinSize(1).ofMaxSize(6), Arbitraries.of(FacilityKind.values()))
        .as((lines, facility) -> CostFixtures.claim(network, facility, lines));
  }

  static Arbitrary<Case> cases(
      Arbitrary<Plan> plans, Arbitrary<Accumulators> accumulators, NetworkStatus network) {
    return Combinators.combine(claims(network), plans, accumulators, feeTables(1_500_00))
        .flatAs(
            (claim, plan, met, fees) ->
                lineBenefits()
                    .list()
                    .ofSize(claim.lines().size())
                    .map(benefits -> new Case(claim, plan, met, fees, benefits)));
  }

  /** Any plan, any accumulators, any network status. */
  static Arbitrary<Case> cases() {
    return Arbitraries.of(NetworkStatus.values())
        .flatMap(network -> cases(plans(), accumulators(), network));
  }
}

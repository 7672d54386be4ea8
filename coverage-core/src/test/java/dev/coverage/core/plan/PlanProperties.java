package dev.coverage.core.plan;

import static dev.coverage.core.ValidationErrors.rejects;
import static org.assertj.core.api.Assertions.assertThat;

import dev.coverage.core.code.Money;
import dev.coverage.core.code.Percent;
import dev.coverage.core.code.ProcedureCode;
import dev.coverage.core.testing.CoverageArbitraries;
import dev.coverage.core.testing.CoverageDomain;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.domains.Domain;

/**
 * What plans and histories answer, and each way of breaking a valid plan, cost sharing,
 * authorization, accumulator or prior service, rejected naming the field.
 */
@Domain(CoverageDomain.class)
class PlanProperties {

  @Property
  void the_history_of_a_code_is_its_services_in_the_order_given(
      @ForAll ServiceHistory history, @ForAll("codes") ProcedureCode code) {
    assertThat(history.of(code))
        .containsExactlyElementsOf(
            history.services().stream()
                .filter(s -> s.procedure().equals(code))
                .collect(Collectors.toList()));
  }

  @Property
  void an_authorization_is_valid_from_its_first_day_to_its_last(
      @ForAll Authorization authorization, @ForAll @IntRange(min = -400, max = 400) int offset) {
    var date = authorization.validFrom().plusDays(offset);
    assertThat(authorization.isValidOn(date))
        .isEqualTo(
            !date.isBefore(authorization.validFrom()) && !date.isAfter(authorization.validTo()));
    assertThat(authorization.isValidOn(authorization.validFrom())).isTrue();
    assertThat(authorization.isValidOn(authorization.validTo())).isTrue();
  }

  // ---------------------------------------------------------------------------- authorization

  @Property
  void an_authorization_ending_before_it_starts_is_rejected(
      @ForAll Authorization authorization, @ForAll @IntRange(min = 1, max = 1000) int days) {
    rejects(
        "validTo",
        () ->
            Authorization.builder()
                .from(authorization)
                .validTo(authorization.validFrom().minusDays(days))
                .build());
  }

  @Property
  void authorized_units_outside_1_to_99999_are_rejected(
      @ForAll Authorization authorization, @ForAll("badAuthorizedUnits") int u) {
    ProcedureCode code = authorization.procedures().iterator().next();
    rejects(
        "units." + code,
        () -> Authorization.builder().from(authorization).putUnits(code, u).build());
  }

  @Property
  void an_authorization_for_no_code_or_with_a_malformed_number_is_rejected(
      @ForAll Authorization authorization, @ForAll("badAuthorizationNumbers") String bad) {
    rejects(
        "procedures",
        () -> Authorization.builder().from(authorization).procedures(List.of()).build());
    rejects("number", () -> Authorization.builder().from(authorization).number(bad).build());
  }

  // ---------------------------------------------------------------------------- cost sharing

  @Property
  void a_coinsurance_above_100_is_rejected(
      @ForAll CostSharing sharing,
      @ForAll @IntRange(min = 10_001, max = Percent.MAX_BASIS_POINTS) int basisPoints) {
    assertThat(
            rejects(
                    "coinsurance",
                    () ->
                        CostSharing.builder()
                            .from(sharing)
                            .coinsurance(Percent.ofBasisPoints(basisPoints))
                            .build())
                .getMessage())
        .contains("100");
  }

  @Property
  void negative_deductibles_and_copays_are_rejected(
      @ForAll CostSharing sharing,
      @ForAll @LongRange(min = -Money.MAX_CENTS, max = -1) long cents,
      @ForAll ServiceClass serviceClass) {
    Money negative = Money.ofCents(cents);
    rejects("deductible", () -> CostSharing.builder().from(sharing).deductible(negative).build());
    rejects(
        "copays." + serviceClass,
        () -> CostSharing.builder().from(sharing).copays(Map.of(serviceClass, negative)).build());
  }

  @Property
  void an_out_of_pocket_maximum_below_the_deductible_is_rejected(
      @ForAll CostSharing sharing, @ForAll @LongRange(min = 1, max = Money.MAX_CENTS) long cents) {
    Money deductible = Money.ofCents(cents);
    rejects(
        "outOfPocketMaximum",
        () ->
            CostSharing.builder()
                .from(sharing)
                .deductible(deductible)
                .outOfPocketMaximum(deductible.minus(Money.ofCents(1)))
                .build());
  }

  // ------------------------------------------------------------------------------------- plan

  @Property
  void a_filing_limit_outside_1_to_3650_days_is_rejected(
      @ForAll Plan plan, @ForAll("badFilingLimits") int days) {
    rejects("filingLimitDays", () -> Plan.builder().from(plan).filingLimitDays(days).build());
  }

  @Property
  void a_negative_fee_is_rejected_naming_its_code(
      @ForAll Plan plan,
      @ForAll("codes") ProcedureCode code,
      @ForAll @LongRange(min = -Money.MAX_CENTS, max = -1) long cents) {
    rejects(
        "feeSchedule." + code,
        () -> Plan.builder().from(plan).feeSchedule(Map.of(code, Money.ofCents(cents))).build());
  }

  @Property
  void malformed_plan_ids_and_policy_sets_are_rejected(
      @ForAll Plan plan, @ForAll("badPlanIds") String bad) {
    rejects("id", () -> Plan.builder().from(plan).id(bad).build());
    rejects("policySet", () -> Plan.builder().from(plan).policySet(bad).build());
  }

  // ------------------------------------------------------------------ accumulators, services

  @Property
  void negative_accumulators_are_rejected(
      @ForAll Accumulators met, @ForAll @LongRange(min = -Money.MAX_CENTS, max = -1) long cents) {
    Money negative = Money.ofCents(cents);
    rejects(
        "deductibleMet", () -> Accumulators.builder().from(met).deductibleMet(negative).build());
    rejects(
        "outOfPocketMet", () -> Accumulators.builder().from(met).outOfPocketMet(negative).build());
    rejects(
        "outOfNetworkDeductibleMet",
        () -> Accumulators.builder().from(met).outOfNetworkDeductibleMet(negative).build());
    rejects(
        "outOfNetworkOutOfPocketMet",
        () -> Accumulators.builder().from(met).outOfNetworkOutOfPocketMet(negative).build());
  }

  @Property
  void prior_services_with_units_outside_1_to_9999_are_rejected(
      @ForAll PriorService service, @ForAll("badServiceUnits") int units) {
    rejects("units", () -> PriorService.builder().from(service).units(units).build());
  }

  @Property
  void a_plan_missing_a_required_attribute_names_it(@ForAll Plan plan) {
    rejects(
        "id",
        () -> Plan.builder().productType(plan.productType()).inNetwork(plan.inNetwork()).build());
    rejects("productType", () -> Plan.builder().id(plan.id()).inNetwork(plan.inNetwork()).build());
    rejects(
        "inNetwork", () -> Plan.builder().id(plan.id()).productType(plan.productType()).build());
  }

  // ---------------------------------------------------------------------------------- helpers

  @Provide
  Arbitrary<ProcedureCode> codes() {
    return CoverageArbitraries.domainProcedureCodes();
  }

  @Provide
  Arbitrary<Integer> badAuthorizedUnits() {
    return outside(1, 99_999);
  }

  @Provide
  Arbitrary<Integer> badServiceUnits() {
    return outside(1, 9_999);
  }

  @Provide
  Arbitrary<Integer> badFilingLimits() {
    return outside(1, 3650);
  }

  @Provide
  Arbitrary<String> badAuthorizationNumbers() {
    return badIdentifiers(50);
  }

  @Provide
  Arbitrary<String> badPlanIds() {
    return badIdentifiers(64);
  }

  /** Empty, too long, or holding a character outside letters, digits and - _ . / */
  private static Arbitrary<String> badIdentifiers(int maxLength) {
    return Arbitraries.oneOf(
        List.of(
            Arbitraries.just(""),
            Arbitraries.strings()
                .alpha()
                .numeric()
                .ofMinLength(maxLength + 1)
                .ofMaxLength(maxLength + 30),
            Arbitraries.strings()
                .alpha()
                .numeric()
                .withChars(" #,\u00e9\u0663\u00a0")
                .ofMinLength(1)
                .ofMaxLength(20)
                .filter(s -> !s.matches("[A-Za-z0-9]*"))));
  }

  private static Arbitrary<Integer> outside(int min, int max) {
    return Arbitraries.oneOf(
        List.of(
            Arbitraries.integers().lessOrEqual(min - 1),
            Arbitraries.integers().greaterOrEqual(max + 1)));
  }
}

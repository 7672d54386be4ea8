package dev.coverage.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coverage.core.check.AuthorizationStatus;
import dev.coverage.core.check.Coverage;
import dev.coverage.core.check.Severity;
import dev.coverage.core.check.Verdict;
import dev.coverage.core.claim.Claim;
import dev.coverage.core.claim.ClaimLine;
import dev.coverage.core.claim.ClinicalFacts;
import dev.coverage.core.claim.Patient;
import dev.coverage.core.claim.Provider;
import dev.coverage.core.code.DiagnosisCode;
import dev.coverage.core.code.Modifier;
import dev.coverage.core.code.Money;
import dev.coverage.core.code.Npi;
import dev.coverage.core.code.Percent;
import dev.coverage.core.code.PlaceOfService;
import dev.coverage.core.code.ProcedureCode;
import dev.coverage.core.cost.AllowedBasis;
import dev.coverage.core.cost.Tier;
import dev.coverage.core.denial.PredictedAdjustment;
import dev.coverage.core.denial.ReasonCode;
import dev.coverage.core.denial.RemarkCode;
import dev.coverage.core.plan.Accumulators;
import dev.coverage.core.plan.Authorization;
import dev.coverage.core.plan.CostSharing;
import dev.coverage.core.plan.Plan;
import dev.coverage.core.plan.PriorService;
import dev.coverage.core.plan.ServiceHistory;
import dev.coverage.core.testing.CoverageDomain;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.domains.Domain;

/** Every generated value of the model, written to JSON and read back, is an equal value. */
@Domain(CoverageDomain.class)
class JsonRoundTripProperties {

  private static <T> void roundTrips(T value, Class<T> type) {
    String json = CoverageJson.write(value);
    assertThat(CoverageJson.read(json, type)).as(json).isEqualTo(value);
  }

  @Property
  void claims(@ForAll Claim v) {
    roundTrips(v, Claim.class);
  }

  @Property
  void claim_lines(@ForAll ClaimLine v) {
    roundTrips(v, ClaimLine.class);
  }

  @Property
  void patients(@ForAll Patient v) {
    roundTrips(v, Patient.class);
  }

  @Property
  void providers(@ForAll Provider v) {
    roundTrips(v, Provider.class);
  }

  @Property
  void clinical_facts(@ForAll ClinicalFacts v) {
    roundTrips(v, ClinicalFacts.class);
  }

  @Property
  void plans(@ForAll Plan v) {
    roundTrips(v, Plan.class);
  }

  @Property
  void cost_sharing(@ForAll CostSharing v) {
    roundTrips(v, CostSharing.class);
  }

  @Property
  void accumulators(@ForAll Accumulators v) {
    roundTrips(v, Accumulators.class);
  }

  @Property
  void authorizations(@ForAll Authorization v) {
    roundTrips(v, Authorization.class);
  }

  @Property
  void prior_services(@ForAll PriorService v) {
    roundTrips(v, PriorService.class);
  }

  @Property
  void service_histories(@ForAll ServiceHistory v) {
    roundTrips(v, ServiceHistory.class);
  }

  @Property
  void codes_and_amounts(
      @ForAll ProcedureCode procedure,
      @ForAll DiagnosisCode diagnosis,
      @ForAll Modifier modifier,
      @ForAll PlaceOfService pos,
      @ForAll Npi npi,
      @ForAll Money money,
      @ForAll Percent percent) {
    roundTrips(procedure, ProcedureCode.class);
    roundTrips(diagnosis, DiagnosisCode.class);
    roundTrips(modifier, Modifier.class);
    roundTrips(pos, PlaceOfService.class);
    roundTrips(npi, Npi.class);
    roundTrips(money, Money.class);
    roundTrips(percent, Percent.class);
  }

  @Property
  void adjustment_codes(
      @ForAll ReasonCode reason,
      @ForAll RemarkCode remark,
      @ForAll PredictedAdjustment adjustment) {
    roundTrips(reason, ReasonCode.class);
    roundTrips(remark, RemarkCode.class);
    roundTrips(adjustment, PredictedAdjustment.class);
  }

  @Property
  void what_the_checker_concludes_by_name(
      @ForAll Verdict verdict,
      @ForAll Coverage coverage,
      @ForAll AuthorizationStatus authorization,
      @ForAll Severity severity,
      @ForAll Tier tier,
      @ForAll AllowedBasis basis) {
    roundTrips(verdict, Verdict.class);
    roundTrips(coverage, Coverage.class);
    roundTrips(authorization, AuthorizationStatus.class);
    roundTrips(severity, Severity.class);
    roundTrips(tier, Tier.class);
    roundTrips(basis, AllowedBasis.class);
    assertThat(CoverageJson.write(tier)).isEqualTo("\"" + tier.name() + "\"");
  }
}

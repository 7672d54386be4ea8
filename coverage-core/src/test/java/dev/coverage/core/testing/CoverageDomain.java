package dev.coverage.core.testing;

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
import dev.coverage.core.denial.PredictedAdjustment;
import dev.coverage.core.denial.ReasonCode;
import dev.coverage.core.denial.RemarkCode;
import dev.coverage.core.plan.Accumulators;
import dev.coverage.core.plan.Authorization;
import dev.coverage.core.plan.CostSharing;
import dev.coverage.core.plan.Plan;
import dev.coverage.core.plan.PriorService;
import dev.coverage.core.plan.ServiceHistory;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;
import net.jqwik.api.domains.DomainContextBase;

/**
 * A jqwik domain with one arbitrary per model type, the general one from {@link
 * CoverageArbitraries}: {@code @ForAll ProcedureCode} is {@link
 * CoverageArbitraries#procedureCodes()}, {@code @ForAll Money} is {@link
 * CoverageArbitraries#money()}, {@code @ForAll Claim} is {@link CoverageArbitraries#claims()}, and
 * so on for {@code ProcedureCode}, {@code DiagnosisCode}, {@code Modifier}, {@code PlaceOfService},
 * {@code Npi}, {@code Money}, {@code Percent}, {@code Patient}, {@code Provider}, {@code
 * ClinicalFacts}, {@code ClaimLine}, {@code Claim}, {@code CostSharing}, {@code Plan}, {@code
 * Accumulators}, {@code Authorization}, {@code PriorService}, {@code ServiceHistory}, {@code
 * ReasonCode}, {@code RemarkCode} and {@code PredictedAdjustment}. jqwik's own arbitraries
 * (numbers, strings, dates, lists and optionals of any of these) stay available.
 *
 * <pre>{@code
 * @Domain(CoverageDomain.class)
 * class MyClaimProperties {
 *   @Property
 *   void a_valid_claim_is_never_rejected(@ForAll Claim claim, @ForAll Plan plan) {
 *     assertThatCode(() -> myScrubber.check(claim, plan)).doesNotThrowAnyException();
 *   }
 * }
 * }</pre>
 *
 * <p>Where a property needs another flavour (codes of our domain only, line charges rather than any
 * amount), use {@code @ForAll("name")} with a {@code @Provide} method that returns the factory from
 * {@link CoverageArbitraries}.
 */
@Domain(DomainContext.Global.class)
public final class CoverageDomain extends DomainContextBase {
  /** Created by jqwik, from {@code @Domain(CoverageDomain.class)}. */
  public CoverageDomain() {}

  @Provide
  Arbitrary<ProcedureCode> procedureCodes() {
    return CoverageArbitraries.procedureCodes();
  }

  @Provide
  Arbitrary<DiagnosisCode> diagnosisCodes() {
    return CoverageArbitraries.diagnosisCodes();
  }

  @Provide
  Arbitrary<Modifier> modifiers() {
    return CoverageArbitraries.modifiers();
  }

  @Provide
  Arbitrary<PlaceOfService> placesOfService() {
    return CoverageArbitraries.placesOfService();
  }

  @Provide
  Arbitrary<Npi> npis() {
    return CoverageArbitraries.npis();
  }

  @Provide
  Arbitrary<Money> money() {
    return CoverageArbitraries.money();
  }

  @Provide
  Arbitrary<Percent> percents() {
    return CoverageArbitraries.percents();
  }

  @Provide
  Arbitrary<Patient> patients() {
    return CoverageArbitraries.patients();
  }

  @Provide
  Arbitrary<Provider> providers() {
    return CoverageArbitraries.providers();
  }

  @Provide
  Arbitrary<ClinicalFacts> clinicalFacts() {
    return CoverageArbitraries.clinicalFacts();
  }

  @Provide
  Arbitrary<ClaimLine> claimLines() {
    return CoverageArbitraries.claimLines();
  }

  @Provide
  Arbitrary<Claim> claims() {
    return CoverageArbitraries.claims();
  }

  @Provide
  Arbitrary<CostSharing> costSharings() {
    return CoverageArbitraries.costSharings();
  }

  @Provide
  Arbitrary<Plan> plans() {
    return CoverageArbitraries.plans();
  }

  @Provide
  Arbitrary<Accumulators> accumulators() {
    return CoverageArbitraries.accumulators();
  }

  @Provide
  Arbitrary<Authorization> authorizations() {
    return CoverageArbitraries.authorizations();
  }

  @Provide
  Arbitrary<PriorService> priorServices() {
    return CoverageArbitraries.priorServices();
  }

  @Provide
  Arbitrary<ServiceHistory> serviceHistories() {
    return CoverageArbitraries.serviceHistories();
  }

  @Provide
  Arbitrary<ReasonCode> reasonCodes() {
    return CoverageArbitraries.reasonCodes();
  }

  @Provide
  Arbitrary<RemarkCode> remarkCodes() {
    return CoverageArbitraries.remarkCodes();
  }

  @Provide
  Arbitrary<PredictedAdjustment> predictedAdjustments() {
    return CoverageArbitraries.predictedAdjustments();
  }
}

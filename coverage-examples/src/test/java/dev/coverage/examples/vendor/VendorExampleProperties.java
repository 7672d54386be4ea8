package dev.coverage.examples.vendor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coverage.codes.ReferenceData;
import dev.coverage.core.check.Assessment;
import dev.coverage.core.check.CheckRequest;
import dev.coverage.core.check.CoverageChecker;
import dev.coverage.core.check.Finding;
import dev.coverage.core.check.LineAssessment;
import dev.coverage.core.check.Severity;
import dev.coverage.core.check.Verdict;
import dev.coverage.core.claim.Claim;
import dev.coverage.core.claim.ClinicalFacts;
import dev.coverage.core.claim.Patient;
import dev.coverage.core.json.CoverageJson;
import dev.coverage.core.plan.Accumulators;
import dev.coverage.core.plan.Authorization;
import dev.coverage.core.plan.Plan;
import dev.coverage.core.plan.ServiceHistory;
import dev.coverage.core.testing.CoverageArbitraries;
import dev.coverage.core.testing.CoverageDomain;
import dev.coverage.examples.Example;
import dev.coverage.examples.Examples;
import dev.coverage.examples.hook.PreSubmissionHook;
import dev.coverage.examples.report.TextReport;
import java.io.IOException;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.Domain;

/**
 * What a practice-management vendor would write: properties of its own integration, over claims and
 * plans from the generators coverage-core ships in its {@code tests} jar ({@link
 * CoverageArbitraries}, {@link CoverageDomain}), checked against the bundled reference data.
 *
 * <p>To reuse it, depend on {@code coverage-core} with {@code <classifier>tests</classifier>} and
 * jqwik in test scope (see the README), then replace {@code ourPlans()} with your own plan files.
 */
@Domain(CoverageDomain.class)
class VendorExampleProperties {
  /** Built once, as the vendor's application would. */
  private static final CoverageChecker CHECKER = CoverageChecker.using(ReferenceData.bundled());

  private static final TextReport REPORT = TextReport.using(CHECKER.reference());
  private static final PreSubmissionHook HOOK = new PreSubmissionHook(CHECKER, Verdict.AT_RISK);

  /** The vendor's own plans (here the demo's) and any generated plan. */
  @Provide
  Arbitrary<Plan> ourPlans() {
    List<Plan> ours = Examples.bundled().stream().map(Example::plan).distinct().toList();
    return Arbitraries.oneOf(Arbitraries.of(ours), CoverageArbitraries.plans());
  }

  @Property(tries = 300, edgeCases = EdgeCasesMode.MIXIN)
  void the_checker_never_throws_on_a_valid_claim_whatever_the_practice_knows(
      @ForAll Claim claim,
      @ForAll("ourPlans") Plan plan,
      @ForAll List<Authorization> authorizations,
      @ForAll ServiceHistory history,
      @ForAll ClinicalFacts documentation,
      @ForAll Accumulators accumulators) {
    Assessment a =
        CHECKER
            .check(claim)
            .under(plan)
            .withAuthorizations(authorizations)
            .withHistory(history)
            .withDocumentation(documentation)
            .withAccumulators(accumulators)
            .assess();

    assertThat(a.lines()).hasSize(claim.lines().size());
    assertThat(a.estimate().lines()).hasSize(claim.lines().size());
  }

  @Property(tries = 300, edgeCases = EdgeCasesMode.MIXIN)
  void a_claims_verdict_is_the_worst_of_its_lines(
      @ForAll Claim claim, @ForAll("ourPlans") Plan plan, @ForAll ClinicalFacts documentation) {
    Assessment a = CHECKER.check(claim).under(plan).withDocumentation(documentation).assess();

    Verdict worst = Verdict.CLEAN;
    for (LineAssessment line : a.lines()) {
      worst = worst.worse(line.verdict());
    }
    assertThat(a.verdict()).isEqualTo(worst);
  }

  @Property(tries = 300, edgeCases = EdgeCasesMode.MIXIN)
  void a_likely_denial_always_names_a_finding_and_a_held_claim_says_why(
      @ForAll Claim claim, @ForAll("ourPlans") Plan plan) {
    Assessment a = CHECKER.check(claim).under(plan).assess();
    if (a.verdict() == Verdict.LIKELY_DENIED) {
      assertThat(a.findings()).anyMatch(f -> f.severity() == Severity.DENIAL_LIKELY);
    }

    PreSubmissionHook.Decision d = HOOK.review(CheckRequest.of(claim), plan);
    if (d.action() == PreSubmissionHook.Action.HOLD) {
      assertThat(d.messages()).isNotEmpty();
    }
  }

  /**
   * What goes to logs, the clearinghouse and the biller's screen (the JSON, the text report, the
   * hook's messages) never names the patient. Only the claim and documentation are given, so that
   * no other date of the input (an authorization's) can equal the birth date by chance.
   */
  @Property(tries = 300, edgeCases = EdgeCasesMode.MIXIN)
  void no_patient_data_reaches_what_we_log_or_forward(
      @ForAll Claim claim, @ForAll("ourPlans") Plan plan, @ForAll ClinicalFacts documentation)
      throws IOException {
    Assessment a = CHECKER.check(claim).under(plan).withDocumentation(documentation).assess();
    StringBuilder out = new StringBuilder(CoverageJson.write(a));
    REPORT.render("claim", plan, a, out);
    for (Finding f : a.findings()) {
      out.append(f).append(f.message()).append(f.fix());
    }
    out.append(HOOK.review(CheckRequest.of(claim), plan).messages());

    Patient p = claim.patient();
    String text = out.toString();
    p.memberId().ifPresent(v -> assertThat(text).doesNotContain(v));
    p.givenName().ifPresent(v -> assertThat(text).doesNotContain(v));
    p.familyName().ifPresent(v -> assertThat(text).doesNotContain(v));
    p.birthDate().ifPresent(v -> assertThat(text).doesNotContain(v.toString()));
  }
}

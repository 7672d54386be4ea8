package dev.coverage.core.check;

import static dev.coverage.core.check.Fixtures.CHECKER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.coverage.core.claim.Claim;
import dev.coverage.core.claim.ClaimLine;
import dev.coverage.core.claim.ClinicalFacts;
import dev.coverage.core.claim.NetworkStatus;
import dev.coverage.core.code.ProcedureCode;
import dev.coverage.core.plan.Accumulators;
import dev.coverage.core.plan.Authorization;
import dev.coverage.core.plan.Plan;
import dev.coverage.core.plan.ServiceHistory;
import dev.coverage.core.testing.CoverageArbitraries;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Invariants of the checker over generated claims, plans and what the practice knows, against the
 * fixture reference data: it never throws on valid input, its findings name real lines, verdicts
 * compose, and the remedies the findings suggest never make things worse.
 */
class CheckerProperties {
  private static final ExecutorService POOL = Executors.newFixedThreadPool(8);

  /** One check's inputs. */
  record Case(
      Claim claim,
      Plan plan,
      List<Authorization> authorizations,
      ServiceHistory history,
      ClinicalFacts documentation,
      Accumulators accumulators) {

    PlanCheck check(Claim c) {
      return CHECKER
          .check(c)
          .under(plan)
          .withAuthorizations(authorizations)
          .withHistory(history)
          .withDocumentation(documentation)
          .withAccumulators(accumulators);
    }

    Assessment assess() {
      return check(claim).assess();
    }
  }

  @Provide
  Arbitrary<Case> cases() {
    // Mostly the fixture's commercial and Medicare sets, so that the policies apply.
    Arbitrary<Plan> plans =
        CoverageArbitraries.plans()
            .map(
                p ->
                    p.policySet().isPresent()
                        ? Plan.builder()
                            .from(p)
                            .policySet(
                                p.id().length() % 2 == 0
                                    ? CoverageChecker.COMMERCIAL_POLICIES
                                    : CoverageChecker.MEDICARE_POLICIES)
                            .build()
                        : p);
    return Combinators.combine(
            Arbitraries.oneOf(CoverageArbitraries.claims(), domainClaims()),
            Arbitraries.oneOf(
                plans, Arbitraries.of(Fixtures.ppo(), Fixtures.hmo(), Fixtures.medicare())),
            Arbitraries.oneOf(
                CoverageArbitraries.authorizations().list().ofMaxSize(3),
                Arbitraries.just(
                    List.of(
                        RealSituationsTest.botoxAuthorization(
                            Fixtures.DOS.minusDays(30), Fixtures.DOS.plusDays(30))))),
            CoverageArbitraries.serviceHistories(),
            Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, CoverageArbitraries.clinicalFacts()),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(ClinicalFacts.none())),
                net.jqwik.api.Tuple.of(2, Arbitraries.just(EVERY_CRITERION_MET))),
            CoverageArbitraries.accumulators())
        .as(Case::new);
  }

  /** Documentation that meets every criterion of every fixture policy. */
  static final ClinicalFacts EVERY_CRITERION_MET =
      ClinicalFacts.builder()
          .from(RealSituationsTest.MIGRAINE_DOCUMENTED)
          .putFailedTherapies(dev.coverage.core.claim.TherapyKind.TOPICAL_ALUMINUM_CHLORIDE, 1)
          .congenital(true)
          .functionalImpairment(true)
          .intent(dev.coverage.core.claim.Intent.RECONSTRUCTIVE)
          .lesionCount(12)
          .build();

  /**
   * Claims built from the fixture's policies (a procedure with one of its diagnoses), varied in
   * everything the rules read, so that most checks reach the policy, authorization, frequency and
   * modifier rules rather than stopping at an unknown code.
   */
  static Arbitrary<Claim> domainClaims() {
    return domainClaims(TEMPLATES, 12);
  }

  /** Templates whose policy requires prior authorization, for the authorization property. */
  static final List<List<String>> AUTHORIZED_TEMPLATES =
      List.of(
          List.of("NEUROLOGY", "G43.709", "64615", "J0585"),
          List.of("DERMATOLOGY", "L74.510", "64650", "J0585"),
          List.of("DERMATOLOGY", "L90.5", "17999"),
          List.of("DERMATOLOGY", "Q82.5", "17106"));

  /** Specialty, diagnosis, then the codes billed. */
  static final List<List<String>> TEMPLATES =
      List.of(
          List.of("NEUROLOGY", "G43.709", "64615", "J0585"),
          List.of("NEUROLOGY", "G43.E09", "64615", "J0585"),
          List.of("DERMATOLOGY", "G43.709", "64615", "J0585"),
          List.of("DERMATOLOGY", "L74.510", "64650", "J0585"),
          List.of("DERMATOLOGY", "L90.5", "17999"),
          List.of("DERMATOLOGY", "L98.8", "17999"),
          List.of("DERMATOLOGY", "L63.9", "11900", "J3301"),
          List.of("FAMILY_MEDICINE", "L63.9", "99213", "11900"),
          List.of("DERMATOLOGY", "L64.9", "0232T"),
          List.of("DERMATOLOGY", "Q82.5", "17106"),
          List.of("DERMATOLOGY", "L57.0", "15789", "15788"),
          List.of("NEUROLOGY", "L70.0", "64615"));

  static Arbitrary<Claim> domainClaims(List<List<String>> templates, int youngest) {
    Arbitrary<List<String>> modifiers =
        Arbitraries.of("JZ", "JW", "25", "59", "XS", "GY", "GA")
            .list()
            .uniqueElements()
            .ofMaxSize(2);
    return Combinators.combine(
            Arbitraries.of(templates),
            modifiers.list().ofSize(3),
            Arbitraries.integers().between(1, 250).list().ofSize(3),
            Arbitraries.of(true, false).list().ofSize(3),
            Arbitraries.of(NetworkStatus.class),
            Arbitraries.of(
                dev.coverage.core.claim.FacilityKind.PHYSICIAN_OFFICE,
                dev.coverage.core.claim.FacilityKind.PHYSICIAN_OFFICE,
                dev.coverage.core.claim.FacilityKind.HOSPITAL_OUTPATIENT,
                dev.coverage.core.claim.FacilityKind.MED_SPA),
            Arbitraries.integers().between(youngest, 80))
        .as(
            (template, mods, units, numbered, network, facility, age) -> {
              Fixtures.Draft d =
                  Fixtures.claim()
                      .age(age)
                      .network(network)
                      .facility(facility)
                      .provider(
                          Fixtures.NEUROLOGIST,
                          dev.coverage.core.claim.Specialty.valueOf(template.get(0)),
                          dev.coverage.core.claim.Credential.MD)
                      .dx(template.get(1));
              for (int i = 2; i < template.size(); i++) {
                d.line(
                    template.get(i),
                    template.get(i).startsWith("J") ? units.get(i - 2) : 1,
                    "100.00",
                    mods.get(i - 2),
                    numbered.get(i - 2) ? "PA-100" : null,
                    1);
              }
              return d.build();
            });
  }

  @Property(edgeCases = EdgeCasesMode.MIXIN)
  void a_valid_claim_never_makes_the_checker_throw_and_its_findings_name_real_lines(
      @ForAll("cases") Case c) {
    Assessment a = c.assess();
    int lines = c.claim().lines().size();

    assertThat(a.lines()).hasSize(lines);
    for (Finding f : a.findings()) {
      assertThat(f.lines().isEmpty()).as("%s names no line", f.ruleId()).isFalse();
      for (int i = 0; i < f.lines().length(); i++) {
        assertThat(f.lines().get(i)).isBetween(1, lines);
        if (i > 0) {
          assertThat(f.lines().get(i)).isGreaterThan(f.lines().get(i - 1));
        }
      }
    }
    assertThat(a.estimate().lines()).hasSize(lines);
  }

  @Property(edgeCases = EdgeCasesMode.MIXIN)
  void a_claims_verdict_is_the_worst_of_its_lines_verdicts(@ForAll("cases") Case c) {
    Assessment a = c.assess();
    Verdict worst =
        a.lines().stream().map(LineAssessment::verdict).reduce(Verdict.CLEAN, Verdict::worse);
    assertThat(a.verdict()).isEqualTo(worst);
  }

  @Property(edgeCases = EdgeCasesMode.MIXIN)
  void a_line_not_covered_needs_no_authorization_and_a_conditional_one_says_what_is_missing(
      @ForAll("cases") Case c) {
    for (LineAssessment line : c.assess().lines()) {
      if (line.coverage() == Coverage.NOT_COVERED) {
        assertThat(line.authorization()).isEqualTo(AuthorizationStatus.NOT_REQUIRED);
        assertThat(line.verdict()).isEqualTo(Verdict.LIKELY_DENIED);
      }
      if (line.coverage() == Coverage.CONDITIONAL
          || line.authorization() == AuthorizationStatus.CONDITIONAL) {
        assertThat(line.missingInformation()).isNotEmpty();
        assertThat(line.verdict()).isNotEqualTo(Verdict.CLEAN);
      }
    }
  }

  @Property(edgeCases = EdgeCasesMode.MIXIN)
  void the_same_input_gives_an_equal_assessment(@ForAll("cases") Case c) {
    assertThat(c.assess()).isEqualTo(c.assess());
  }

  @Property(edgeCases = EdgeCasesMode.MIXIN)
  void moving_the_provider_in_network_never_adds_a_finding(@ForAll("cases") Case c) {
    Claim inNetwork =
        Claim.builder().from(c.claim()).networkStatus(NetworkStatus.IN_NETWORK).build();

    Set<String> before = keys(c.assess());
    Set<String> after = keys(c.check(inNetwork).assess());
    net.jqwik.api.statistics.Statistics.collect(
        c.claim().networkStatus(),
        before.stream()
            .filter(k -> k.startsWith("network"))
            .findFirst()
            .orElse("-")
            .replaceAll("\\[.*", ""));

    assertThat(before).containsAll(after);
  }

  /** Claims whose policies require authorization, mostly documented and in clinical settings. */
  @Provide
  Arbitrary<Case> authorizationCases() {
    return Combinators.combine(
            Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, domainClaims(AUTHORIZED_TEMPLATES, 18)),
                net.jqwik.api.Tuple.of(1, domainClaims())),
            Arbitraries.of(Fixtures.ppo(), Fixtures.hmo(), Fixtures.medicare()),
            Arbitraries.oneOf(
                CoverageArbitraries.authorizations().list().ofMaxSize(3),
                Arbitraries.just(
                    List.of(
                        RealSituationsTest.botoxAuthorization(
                            Fixtures.DOS.minusDays(30), Fixtures.DOS.plusDays(30))))),
            CoverageArbitraries.serviceHistories(),
            Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, CoverageArbitraries.clinicalFacts()),
                net.jqwik.api.Tuple.of(3, Arbitraries.just(EVERY_CRITERION_MET))),
            CoverageArbitraries.accumulators())
        .as(Case::new);
  }

  @Property(edgeCases = EdgeCasesMode.MIXIN)
  void adding_a_matching_valid_authorization_never_adds_a_finding(
      @ForAll("authorizationCases") Case c, @ForAll("lineIndexes") int pick) {
    // GIVEN an authorization for one of the claim's codes, valid on every date that code is
    // billed, without a unit limit, and reported on every line of that code
    List<ClaimLine> lines = c.claim().lines();
    ProcedureCode code = lines.get(pick % lines.size()).procedure();
    LocalDate first = null;
    LocalDate last = null;
    List<ClaimLine> numbered = new ArrayList<>();
    for (ClaimLine line : lines) {
      if (line.procedure().equals(code)) {
        LocalDate d = c.claim().dateOfService(line);
        first = first == null || d.isBefore(first) ? d : first;
        last = last == null || d.isAfter(last) ? d : last;
        line = ClaimLine.builder().from(line).authorizationNumber("PA-PROPERTY").build();
      }
      numbered.add(line);
    }
    Claim claim = Claim.builder().from(c.claim()).lines(numbered).build();
    Authorization matching =
        Authorization.builder()
            .number("PA-PROPERTY")
            .addProcedures(code)
            .validFrom(first)
            .validTo(last)
            .build();
    List<Authorization> more = new ArrayList<>(c.authorizations());
    more.removeIf(a -> a.number().equals("PA-PROPERTY"));

    Set<String> before = keys(c.check(claim).withAuthorizations(more).assess());
    net.jqwik.api.statistics.Statistics.label("authorization findings before")
        .collect(before.stream().anyMatch(k -> k.startsWith("prior-authorization")))
        .coverage(check -> check.check(true).percentage(p -> p >= 30));
    more.add(matching);
    Set<String> after = keys(c.check(claim).withAuthorizations(more).assess());

    assertThat(before).containsAll(after);
  }

  @Provide
  Arbitrary<Integer> lineIndexes() {
    return Arbitraries.integers().between(0, 49);
  }

  @Property(tries = 100)
  void checking_on_8_threads_gives_exactly_what_one_thread_gives(
      @ForAll("batches") List<Case> batch) throws Exception {
    List<Assessment> alone = new ArrayList<>();
    for (Case c : batch) {
      alone.add(c.assess());
    }
    List<Future<Assessment>> shared = new ArrayList<>();
    for (Case c : batch) {
      shared.add(POOL.submit(c::assess));
    }
    for (int i = 0; i < batch.size(); i++) {
      assertThat(shared.get(i).get()).isEqualTo(alone.get(i));
    }
  }

  @Provide
  Arbitrary<List<Case>> batches() {
    return cases().list().ofMinSize(8).ofMaxSize(40);
  }

  @AfterContainer
  static void stopPool() {
    POOL.shutdownNow();
  }

  /** A finding's identity for "added or not": its rule and lines. */
  private static Set<String> keys(Assessment a) {
    return a.findings().stream().map(f -> f.ruleId() + f.lines()).collect(Collectors.toSet());
  }
}

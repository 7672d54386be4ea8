package dev.coverage.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.hash.HashCode;
import com.google.common.hash.HashFunction;
import com.google.common.hash.Hashing;
import dev.coverage.codes.ReferenceData;
import dev.coverage.core.check.Assessment;
import dev.coverage.core.check.CoverageChecker;
import dev.coverage.core.check.Finding;
import dev.coverage.core.check.Verdict;
import dev.coverage.core.claim.Claim;
import dev.coverage.core.claim.ClaimLine;
import dev.coverage.core.claim.ClinicalFacts;
import dev.coverage.core.claim.FacilityKind;
import dev.coverage.core.claim.NetworkStatus;
import dev.coverage.core.code.DiagnosisCode;
import dev.coverage.core.denial.FindingCategory;
import dev.coverage.core.json.CoverageJson;
import dev.coverage.core.plan.Authorization;
import dev.coverage.core.plan.Plan;
import dev.coverage.core.plan.ServiceHistory;
import dev.coverage.core.testing.CoverageArbitraries;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.sessions.JqwikSession;
import org.junit.jupiter.api.Test;

/**
 * The promise to claim scrubbers: one checker shared by 8 threads checking 100,000 generated claims
 * gives exactly the assessments one thread gives, and a repeated run, with a checker built again
 * from the bundled data, gives identical JSON. The claims are generated from a fixed seed, so a
 * failure reproduces.
 *
 * <p>Assessments are compared as their JSON ({@link CoverageJson#write(Object)}), kept as 128-bit
 * hashes: the text of 100,000 assessments is over half a gigabyte. A mismatch reports the claim and
 * its JSON.
 */
class SharedCheckerDeterminismTest {
  private static final int CLAIMS = 100_000;
  private static final int THREADS = 8;
  private static final long SEED = 20261123L;
  private static final HashFunction HASH = Hashing.murmur3_128();

  /** Inside the bundled ICD-10-CM window (FY2024 to FY2027) and after CPT's 2024 release. */
  private static final LocalDate FIRST_SERVICE = LocalDate.of(2024, 1, 1);

  private static final LocalDate LAST_SERVICE = LocalDate.of(2027, 6, 30);

  /** One check's inputs. */
  record Case(
      Claim claim,
      Plan plan,
      List<Authorization> authorizations,
      ServiceHistory history,
      ClinicalFacts documentation) {

    Assessment assess(CoverageChecker checker) {
      return checker
          .check(claim)
          .under(plan)
          .withAuthorizations(authorizations)
          .withHistory(history)
          .withDocumentation(documentation)
          .assess();
    }

    String json(CoverageChecker checker) {
      return CoverageJson.write(assess(checker));
    }
  }

  @Test
  void one_checker_shared_by_8_threads_gives_what_one_thread_gives_and_a_rerun_the_same_json()
      throws Exception {
    List<Case> cases = generate(SEED, CLAIMS);
    CoverageChecker checker = CoverageChecker.using(ReferenceData.bundled());
    assertReachesTheRules(cases, checker);

    HashCode[] alone = new HashCode[CLAIMS];
    for (int i = 0; i < CLAIMS; i++) {
      alone[i] = hash(cases.get(i).json(checker));
    }

    assertSame(alone, onThreads(cases, checker), cases, checker, "8 threads, one checker");

    CoverageChecker rebuilt = CoverageChecker.using(ReferenceData.loadBundled());
    assertSame(alone, onThreads(cases, rebuilt), cases, rebuilt, "a rerun, checker built again");
  }

  private static HashCode hash(String json) {
    return HASH.hashString(json, StandardCharsets.UTF_8);
  }

  /** The checks, with the claims handed out in batches of 64 to whichever thread is free. */
  private static HashCode[] onThreads(List<Case> cases, CoverageChecker checker) throws Exception {
    HashCode[] out = new HashCode[cases.size()];
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        workers.add(
            pool.submit(
                () -> {
                  int from;
                  while ((from = next.getAndAdd(64)) < cases.size()) {
                    for (int i = from; i < Math.min(from + 64, cases.size()); i++) {
                      out[i] = hash(cases.get(i).json(checker));
                    }
                  }
                }));
      }
      for (Future<?> w : workers) {
        w.get();
      }
    } finally {
      pool.shutdownNow();
    }
    return out;
  }

  /** Compares claim by claim, so that a failure names the first claim that differs. */
  private static void assertSame(
      HashCode[] expected,
      HashCode[] actual,
      List<Case> cases,
      CoverageChecker checker,
      String run) {
    for (int i = 0; i < expected.length; i++) {
      if (!actual[i].equals(expected[i])) {
        throw new AssertionError(
            run
                + ": claim "
                + i
                + " gave other JSON than on one thread; checked again on one thread it gives "
                + cases.get(i).json(checker));
      }
    }
  }

  /**
   * The claims reach the checker's rules, not only the unknown-code ones: at least 12 of the 16
   * finding categories and both kinds of bad verdict, in a sample of one claim in ten.
   */
  private static void assertReachesTheRules(List<Case> cases, CoverageChecker checker) {
    Set<FindingCategory> categories = EnumSet.noneOf(FindingCategory.class);
    Set<Verdict> verdicts = EnumSet.noneOf(Verdict.class);
    for (int i = 0; i < cases.size(); i += 10) {
      Assessment a = cases.get(i).assess(checker);
      verdicts.add(a.verdict());
      for (Finding f : a.findings()) {
        categories.add(f.category());
      }
    }
    assertThat(verdicts).contains(Verdict.AT_RISK, Verdict.LIKELY_DENIED);
    assertThat(categories)
        .as("finding categories reached (%s)", categories)
        .hasSizeGreaterThanOrEqualTo(12);
  }

  /**
   * The cases, generated with jqwik's generators from one seeded {@link Random}: the same seed
   * gives the same cases in the same order. Plans, authorizations, histories and documentation are
   * drawn from pools of a thousand generated ones (a plan takes a hundred times longer to generate
   * than a claim); every claim is generated on its own.
   */
  static List<Case> generate(long seed, int count) {
    // Outside a property, jqwik's generators need a session (for their memoization).
    JqwikSession.start();
    try {
      Random random = new Random(seed);
      Arbitrary<Plan> plans =
          Combinators.combine(
                  CoverageArbitraries.plans(),
                  Arbitraries.of(
                      CoverageChecker.COMMERCIAL_POLICIES, CoverageChecker.MEDICARE_POLICIES))
              .as((plan, policySet) -> Plan.builder().from(plan).policySet(policySet).build());
      RandomGenerator<Case> cases =
          Combinators.combine(
                  claims(),
                  pool(plans, random),
                  pool(CoverageArbitraries.authorizations().list().ofMaxSize(2), random),
                  pool(
                      CoverageArbitraries.priorServices()
                          .list()
                          .ofMaxSize(4)
                          .map(ServiceHistory::of),
                      random),
                  pool(
                      Arbitraries.oneOf(
                          CoverageArbitraries.clinicalFacts(),
                          Arbitraries.just(ClinicalFacts.none())),
                      random))
              .as(Case::new)
              .generator(1000);
      List<Case> out = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        out.add(cases.next(random).value());
      }
      return out;
    } finally {
      JqwikSession.finish();
    }
  }

  private static <T> Arbitrary<T> pool(Arbitrary<T> arbitrary, Random random) {
    RandomGenerator<T> generator = arbitrary.generator(1000);
    List<T> pool = new ArrayList<>(1000);
    for (int i = 0; i < 1000; i++) {
      pool.add(generator.next(random).value());
    }
    return Arbitraries.of(pool);
  }

  /**
   * Claims the size of everyday ones, from the shared generators' parts: one to six lines (three in
   * four of their codes bundled ones), one to six diagnoses (three in four bundled), any patient,
   * provider, network status, facility and place of service, a date of service in the years the
   * bundled data covers and a submission up to 400 days later.
   */
  private static Arbitrary<Claim> claims() {
    Arbitrary<Claim.Builder> parties =
        Combinators.combine(
                Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(20),
                CoverageArbitraries.patientsBornBefore(FIRST_SERVICE.minusDays(30)),
                CoverageArbitraries.providers(),
                Arbitraries.of(NetworkStatus.class),
                Arbitraries.of(FacilityKind.class),
                CoverageArbitraries.placesOfService())
            .as(
                (id, patient, provider, network, facility, pos) ->
                    Claim.builder()
                        .claimId(id)
                        .patient(patient)
                        .provider(provider)
                        .networkStatus(network)
                        .facility(facility)
                        .placeOfService(pos));
    Arbitrary<List<DiagnosisCode>> diagnoses =
        Combinators.combine(
                CoverageArbitraries.domainDiagnosisCodes().list().ofMinSize(1).ofMaxSize(6),
                CoverageArbitraries.diagnosisCodes().list().ofMaxSize(2))
            .as(
                (domain, other) ->
                    Stream.concat(domain.stream(), other.stream())
                        .distinct()
                        .limit(6)
                        .collect(Collectors.toList()));
    return Combinators.combine(
            parties,
            Arbitraries.longs().between(0, ChronoUnit.DAYS.between(FIRST_SERVICE, LAST_SERVICE)),
            Arbitraries.integers().between(0, 400),
            diagnoses,
            CoverageArbitraries.claimLines().list().ofMinSize(1).ofMaxSize(6))
        .as(
            (claim, day, delay, dx, lines) -> {
              LocalDate serviced = FIRST_SERVICE.plusDays(day);
              claim.dateOfService(serviced).submissionDate(serviced.plusDays(delay)).diagnoses(dx);
              for (ClaimLine line : lines) {
                claim.addLines(fitted(line, dx.size(), serviced));
              }
              return claim.build();
            });
  }

  /**
   * The line with its pointers folded onto the claim's diagnoses and its own date near the claim's.
   */
  private static ClaimLine fitted(ClaimLine line, int diagnoses, LocalDate serviced) {
    ClaimLine.Builder b =
        ClaimLine.builder()
            .from(line)
            .diagnosisPointers(
                line.diagnosisPointers().stream()
                    .map(p -> (p - 1) % diagnoses + 1)
                    .distinct()
                    .collect(Collectors.toList()));
    line.dateOfService()
        .ifPresent(own -> b.dateOfService(serviced.minusDays(Math.floorMod(own.toEpochDay(), 30))));
    return b.build();
  }
}

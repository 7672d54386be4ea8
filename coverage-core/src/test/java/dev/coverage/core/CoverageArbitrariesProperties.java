package dev.coverage.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coverage.core.claim.Claim;
import dev.coverage.core.claim.ClaimLine;
import dev.coverage.core.claim.ClinicalFacts;
import dev.coverage.core.claim.Patient;
import dev.coverage.core.code.CodeSystem;
import dev.coverage.core.code.DiagnosisCode;
import dev.coverage.core.code.Money;
import dev.coverage.core.code.ProcedureCode;
import dev.coverage.core.plan.CostSharing;
import dev.coverage.core.plan.Plan;
import dev.coverage.core.testing.CoverageArbitraries;
import dev.coverage.core.testing.CoverageDomain;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Predicate;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Shrinkable;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.statistics.Statistics;

/**
 * The promises {@link CoverageArbitraries} makes beyond validity (which the builders enforce
 * themselves): recognizable patient identifiers, dates that leave birth dates recognizable, every
 * variant generated, sensible shrinking, and a working domain.
 *
 * <p>Coverage thresholds sit well below the documented rates: jqwik mixes edge cases into the tries
 * (an absent optional is one), which lowers a rate by up to about 30 points.
 */
class CoverageArbitrariesProperties {

  @Property
  void patients_are_born_strictly_before_every_date_of_their_claim(@ForAll("claims") Claim claim) {
    claim
        .patient()
        .birthDate()
        .ifPresent(
            born -> {
              assertThat(born).isBefore(claim.dateOfService());
              for (ClaimLine line : claim.lines()) {
                assertThat(born).isBefore(claim.dateOfService(line));
              }
            });
  }

  @Property
  void line_dates_lie_between_a_month_before_the_claim_and_its_submission(
      @ForAll("claims") Claim claim) {
    for (ClaimLine line : claim.lines()) {
      assertThat(claim.dateOfService(line))
          .isBetween(claim.dateOfService().minusDays(30), claim.submissionDate());
    }
  }

  @Property
  void patient_identifiers_are_recognizable(@ForAll("patients") Patient patient) {
    patient.memberId().ifPresent(id -> assertThat(id).matches("MBR[A-Z0-9]{8,12}"));
    patient.givenName().ifPresent(name -> assertThat(name).matches("[A-Z][a-z]{7,11}"));
    patient.familyName().ifPresent(name -> assertThat(name).matches("[A-Z][a-z]{7,11}"));
    Statistics.label("member id").collect(patient.memberId().isPresent());
    Statistics.label("age")
        .collect(
            patient.birthDate().isPresent()
                ? "birth date"
                : patient.age().isPresent() ? "age" : "neither");
    Statistics.label("member id").coverage(c -> c.check(true).percentage(p -> p > 60));
    Statistics.label("age")
        .coverage(
            c -> {
              c.check("birth date").percentage(p -> p > 50);
              c.check("age").percentage(p -> p > 10);
              c.check("neither").percentage(p -> p > 3);
            });
  }

  @Property
  void procedure_codes_come_from_all_four_code_systems(
      @ForAll("procedureCodes") ProcedureCode code) {
    Statistics.collect(code.system());
    Statistics.coverage(
        c -> {
          for (CodeSystem system : CodeSystem.values()) {
            c.check(system).percentage(p -> p > 15);
          }
        });
  }

  @Property
  void diagnosis_texts_come_dotted_undotted_and_in_lower_case(
      @ForAll("diagnosisCodeTexts") String text) {
    assertThat(DiagnosisCode.of(text).undotted()).isEqualToIgnoringCase(text.replace(".", ""));
    Statistics.label("dotted").collect(text.contains("."));
    Statistics.label("lower case").collect(!text.equals(text.toUpperCase()));
    Statistics.label("dotted").coverage(c -> c.check(true).percentage(p -> p > 20));
    Statistics.label("dotted").coverage(c -> c.check(false).percentage(p -> p > 20));
    Statistics.label("lower case").coverage(c -> c.check(true).percentage(p -> p > 20));
  }

  @Property
  void every_clinical_fact_is_sometimes_known_and_sometimes_not(
      @ForAll("clinicalFacts") ClinicalFacts facts) {
    Statistics.label("intent").collect(facts.intent().isPresent());
    Statistics.label("headache").collect(facts.headacheDaysPerMonth().isPresent());
    Statistics.label("migraine").collect(facts.migraineDaysPerMonth().isPresent());
    Statistics.label("months").collect(facts.monthsOfSymptoms().isPresent());
    Statistics.label("therapies").collect(!facts.failedTherapies().isEmpty());
    Statistics.label("lesions").collect(facts.lesionCount().isPresent());
    Statistics.label("area").collect(facts.treatedAreaSquareCm().isPresent());
    Statistics.label("impairment").collect(facts.functionalImpairment().isPresent());
    Statistics.label("congenital").collect(facts.congenital().isPresent());
    for (String label :
        List.of(
            "intent",
            "headache",
            "migraine",
            "months",
            "therapies",
            "lesions",
            "area",
            "impairment",
            "congenital")) {
      Statistics.label(label)
          .coverage(
              c -> {
                c.check(true).percentage(p -> p > 25);
                c.check(false).percentage(p -> p > 25);
              });
    }
  }

  @Property
  void claims_range_from_one_line_to_many_and_from_one_diagnosis_to_twelve(
      @ForAll("claims") Claim claim) {
    int lines = claim.lines().size();
    int diagnoses = claim.diagnoses().size();
    Statistics.label("lines").collect(lines == 1 ? "one" : lines < 20 ? "some" : "many");
    Statistics.label("diagnoses").collect(diagnoses == 1 ? "one" : diagnoses < 12 ? "some" : "12");
    Statistics.label("lines")
        .coverage(
            c -> {
              c.check("one").percentage(p -> p > 1);
              c.check("many").percentage(p -> p > 1);
            });
    Statistics.label("diagnoses")
        .coverage(
            c -> {
              c.check("one").percentage(p -> p > 1);
              c.check("12").percentage(p -> p > 1);
            });
  }

  @Property
  void money_reaches_both_bounds(@ForAll("money") Money amount) {
    long cents = Math.abs(amount.cents());
    Statistics.collect(
        cents > Money.MAX_CENTS - 100 ? "near a bound" : cents <= 100 ? "near zero" : "between");
    Statistics.coverage(
        c -> {
          c.check("near a bound").percentage(p -> p > 5);
          c.check("near zero").percentage(p -> p > 5);
        });
  }

  @Property
  void an_out_of_pocket_maximum_is_sometimes_exactly_the_deductible(
      @ForAll("costSharings") CostSharing sharing) {
    Statistics.collect(
        sharing
            .outOfPocketMaximum()
            .map(max -> max.equals(sharing.deductible()) ? "equal" : "above")
            .orElse("none"));
    Statistics.coverage(c -> c.check("equal").count(n -> n > 0));
  }

  @Property(tries = 20)
  void a_failing_claim_shrinks_to_the_fewest_lines_and_diagnoses_that_still_fail(
      @ForAll Random random) {
    Shrinkable<Claim> big = shrinkable(CoverageArbitraries.claims(), random, c -> fails(c));

    Claim smallest = shrink(big, c -> fails(c));

    assertThat(smallest.lines()).hasSize(3);
    assertThat(smallest.diagnoses()).hasSize(1);
  }

  /** The stand-in for a failing property: claims with three lines or more. */
  private static boolean fails(Claim claim) {
    return claim.lines().size() >= 3;
  }

  @Property
  @Domain(CoverageDomain.class)
  void the_domain_provides_every_model_value_and_keeps_jqwik_own(
      @ForAll Claim claim,
      @ForAll Plan plan,
      @ForAll Optional<ProcedureCode> code,
      @ForAll List<Money> amounts,
      @ForAll LocalDate date) {
    assertThat(claim.lines()).isNotEmpty();
    assertThat(plan.filingLimitDays()).isPositive();
    assertThat(amounts).doesNotContainNull();
    assertThat(code).isNotNull();
    assertThat(date).isNotNull();
  }

  @Provide
  Arbitrary<Claim> claims() {
    return CoverageArbitraries.claims();
  }

  @Provide
  Arbitrary<Patient> patients() {
    return CoverageArbitraries.patients();
  }

  @Provide
  Arbitrary<ProcedureCode> procedureCodes() {
    return CoverageArbitraries.procedureCodes();
  }

  @Provide
  Arbitrary<String> diagnosisCodeTexts() {
    return CoverageArbitraries.diagnosisCodeTexts();
  }

  @Provide
  Arbitrary<ClinicalFacts> clinicalFacts() {
    return CoverageArbitraries.clinicalFacts();
  }

  @Provide
  Arbitrary<Money> money() {
    return CoverageArbitraries.money();
  }

  @Provide
  Arbitrary<CostSharing> costSharings() {
    return CoverageArbitraries.costSharings();
  }

  private static <T> Shrinkable<T> shrinkable(
      Arbitrary<T> arbitrary, Random random, Predicate<T> wanted) {
    var generator = arbitrary.generator(1000);
    for (int i = 0; i < 1000; i++) {
      Shrinkable<T> candidate = generator.next(random);
      if (wanted.test(candidate.value())) {
        return candidate;
      }
    }
    throw new AssertionError("no value found to shrink");
  }

  /** Greedy shrinking, as jqwik does it: take the first smaller value that still fails. */
  private static <T> T shrink(Shrinkable<T> start, Predicate<T> stillFails) {
    Shrinkable<T> current = start;
    for (int step = 0; step < 10_000; step++) {
      Optional<Shrinkable<T>> smaller =
          current.shrink().filter(s -> stillFails.test(s.value())).findFirst();
      if (smaller.isEmpty()) {
        return current.value();
      }
      current = smaller.get();
    }
    throw new AssertionError("shrinking did not end");
  }
}

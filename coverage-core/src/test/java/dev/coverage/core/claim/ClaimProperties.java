package dev.coverage.core.claim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coverage.core.testing.CoverageDomain;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.domains.Domain;

/** What claims, clinical facts and patients answer, on generated values. */
@Domain(CoverageDomain.class)
class ClaimProperties {

  @Property
  void a_line_is_served_on_its_own_date_or_else_the_claims(@ForAll Claim claim) {
    for (ClaimLine line : claim.lines()) {
      assertThat(claim.dateOfService(line))
          .isEqualTo(line.dateOfService().orElse(claim.dateOfService()));
    }
  }

  @Property
  void every_pointer_refers_to_a_diagnosis_of_the_claim(@ForAll Claim claim) {
    for (ClaimLine line : claim.lines()) {
      for (int pointer : line.diagnosisPointers()) {
        assertThat(claim.diagnosis(pointer)).isEqualTo(claim.diagnoses().get(pointer - 1));
      }
    }
  }

  @Property
  void or_else_keeps_every_fact_known_here_and_fills_the_others_from_the_fallback(
      @ForAll ClinicalFacts here, @ForAll ClinicalFacts fallback) {
    ClinicalFacts merged = here.orElse(fallback);

    assertThat(merged.intent()).isEqualTo(first(here.intent(), fallback.intent()));
    assertThat(merged.monthsOfSymptoms())
        .isEqualTo(first(here.monthsOfSymptoms(), fallback.monthsOfSymptoms()));
    assertThat(merged.lesionCount()).isEqualTo(first(here.lesionCount(), fallback.lesionCount()));
    assertThat(merged.treatedAreaSquareCm())
        .isEqualTo(first(here.treatedAreaSquareCm(), fallback.treatedAreaSquareCm()));
    assertThat(merged.functionalImpairment())
        .isEqualTo(first(here.functionalImpairment(), fallback.functionalImpairment()));
    assertThat(merged.congenital()).isEqualTo(first(here.congenital(), fallback.congenital()));
    for (TherapyKind kind : TherapyKind.values()) {
      assertThat(merged.failed(kind)).isEqualTo(first(here.failed(kind), fallback.failed(kind)));
    }
    // Headache and migraine days: what is known here is kept; the fallback fills a gap unless
    // it contradicts the other count, and the result is consistent (it was built).
    here.headacheDaysPerMonth()
        .ifPresent(days -> assertThat(merged.headacheDaysPerMonth()).hasValue(days));
    here.migraineDaysPerMonth()
        .ifPresent(days -> assertThat(merged.migraineDaysPerMonth()).hasValue(days));
    if (here.headacheDaysPerMonth().isEmpty() && here.migraineDaysPerMonth().isEmpty()) {
      assertThat(merged.headacheDaysPerMonth()).isEqualTo(fallback.headacheDaysPerMonth());
      assertThat(merged.migraineDaysPerMonth()).isEqualTo(fallback.migraineDaysPerMonth());
    }
  }

  @Property
  void nothing_known_on_either_side_leaves_the_other_unchanged(@ForAll ClinicalFacts f) {
    assertThat(f.orElse(ClinicalFacts.none())).isEqualTo(f);
    assertThat(ClinicalFacts.none().orElse(f)).isEqualTo(f);
    assertThat(f.orElse(f)).isEqualTo(f);
  }

  @Property
  void the_age_counts_the_birthdays_passed(
      @ForAll Patient patient, @ForAll @IntRange(max = 60_000) int daysAfterBirth) {
    OptionalInt age = patient.age();
    Optional<LocalDate> born = patient.birthDate();
    LocalDate date = LocalDate.of(2026, 1, 1).plusDays(daysAfterBirth);
    if (age.isPresent()) {
      assertThat(patient.ageOn(date)).isEqualTo(age);
    } else if (born.isPresent()) {
      LocalDate on = born.get().plusDays(daysAfterBirth);
      int years = on.getYear() - born.get().getYear();
      boolean beforeBirthday =
          on.getMonthValue() < born.get().getMonthValue()
              || (on.getMonthValue() == born.get().getMonthValue()
                  && on.getDayOfMonth() < born.get().getDayOfMonth());
      assertThat(patient.ageOn(on)).hasValue(beforeBirthday ? years - 1 : years);
      assertThat(patient.ageOn(born.get().minusDays(1))).isEmpty();
    } else {
      assertThat(patient.ageOn(date)).isEmpty();
    }
  }

  private static <T> Optional<T> first(Optional<T> here, Optional<T> fallback) {
    return here.isPresent() ? here : fallback;
  }

  private static OptionalInt first(OptionalInt here, OptionalInt fallback) {
    return here.isPresent() ? here : fallback;
  }
}

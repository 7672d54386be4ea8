package dev.coverage.core.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ClinicalFactsTest {

  @Test
  void facts_known_here_win_and_unknown_ones_come_from_the_fallback() {
    ClinicalFacts line = ClinicalFacts.builder().intent(Intent.MEDICAL).lesionCount(12).build();
    ClinicalFacts claim =
        ClinicalFacts.builder()
            .intent(Intent.COSMETIC)
            .headacheDaysPerMonth(20)
            .migraineDaysPerMonth(10)
            .congenital(true)
            .build();

    ClinicalFacts merged = line.orElse(claim);

    assertThat(merged.intent()).contains(Intent.MEDICAL);
    assertThat(merged.lesionCount()).hasValue(12);
    assertThat(merged.headacheDaysPerMonth()).hasValue(20);
    assertThat(merged.migraineDaysPerMonth()).hasValue(10);
    assertThat(merged.congenital()).contains(true);
    assertThat(merged.monthsOfSymptoms()).isEmpty();
    assertThat(merged.functionalImpairment()).isEmpty();
  }

  @Test
  void false_and_zero_are_known_facts_and_win_over_the_fallback() {
    ClinicalFacts line =
        ClinicalFacts.builder()
            .functionalImpairment(false)
            .putFailedTherapies(TherapyKind.ORAL_MIGRAINE_PROPHYLAXIS, 0)
            .build();
    ClinicalFacts claim =
        ClinicalFacts.builder()
            .functionalImpairment(true)
            .putFailedTherapies(TherapyKind.ORAL_MIGRAINE_PROPHYLAXIS, 3)
            .putFailedTherapies(TherapyKind.TOPICAL_ALUMINUM_CHLORIDE, 1)
            .build();

    ClinicalFacts merged = line.orElse(claim);

    assertThat(merged.functionalImpairment()).contains(false);
    assertThat(merged.failedTherapies())
        .isEqualTo(
            Map.of(
                TherapyKind.ORAL_MIGRAINE_PROPHYLAXIS, 0,
                TherapyKind.TOPICAL_ALUMINUM_CHLORIDE, 1));
    assertThat(merged.failed(TherapyKind.IONTOPHORESIS)).isEmpty();
  }

  @Test
  void nothing_known_on_one_side_gives_the_other() {
    ClinicalFacts some = ClinicalFacts.builder().monthsOfSymptoms(6).build();

    assertThat(some.orElse(ClinicalFacts.none())).isEqualTo(some);
    assertThat(ClinicalFacts.none().orElse(some)).isEqualTo(some);
  }

  @Test
  void fallback_headache_days_fewer_than_the_migraine_days_known_here_are_not_taken() {
    ClinicalFacts line = ClinicalFacts.builder().migraineDaysPerMonth(10).build();
    ClinicalFacts claim =
        ClinicalFacts.builder().headacheDaysPerMonth(5).migraineDaysPerMonth(4).build();

    ClinicalFacts merged = line.orElse(claim);

    assertThat(merged.migraineDaysPerMonth()).hasValue(10);
    assertThat(merged.headacheDaysPerMonth()).isEqualTo(OptionalInt.empty());
  }

  @Test
  void fallback_migraine_days_above_the_headache_days_known_here_are_not_taken() {
    ClinicalFacts line = ClinicalFacts.builder().headacheDaysPerMonth(5).build();
    ClinicalFacts claim =
        ClinicalFacts.builder().headacheDaysPerMonth(20).migraineDaysPerMonth(10).build();

    ClinicalFacts merged = line.orElse(claim);

    assertThat(merged.headacheDaysPerMonth()).hasValue(5);
    assertThat(merged.migraineDaysPerMonth()).isEqualTo(OptionalInt.empty());
  }

  @Test
  void an_area_has_one_scale_so_equal_areas_are_equal_facts() {
    ClinicalFacts a = ClinicalFacts.builder().treatedAreaSquareCm(new BigDecimal("12.5")).build();
    ClinicalFacts b = ClinicalFacts.builder().treatedAreaSquareCm(new BigDecimal("12.50")).build();

    assertThat(a).isEqualTo(b);
    assertThat(a.treatedAreaSquareCm()).isEqualTo(Optional.of(new BigDecimal("12.50")));
  }
}

package dev.coverage.core.claim;

import static dev.coverage.core.internal.Checks.require;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * What the clinical documentation supports, as far as coverage policies ask.
 *
 * <p>Every fact is optional, and <em>unknown is not no</em>: an absent fact makes a rule that needs
 * it answer {@code CONDITIONAL} and name the fact, while a fact recorded as false or zero lets the
 * rule decide. For failed therapies, a kind that is absent from {@link #failedTherapies()} is
 * unknown; a kind mapped to 0 is documented as not tried or not failed.
 *
 * <pre>{@code
 * ClinicalFacts migraine = ClinicalFacts.builder()
 *     .headacheDaysPerMonth(20).migraineDaysPerMonth(10).monthsOfSymptoms(6)
 *     .putFailedTherapies(TherapyKind.ORAL_MIGRAINE_PROPHYLAXIS, 2)
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class ClinicalFacts {
  private static final ClinicalFacts NONE = builder().build();

  ClinicalFacts() {}

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** No documentation at all: every fact unknown. */
  public static ClinicalFacts none() {
    return NONE;
  }

  /** The stated purpose: cosmetic, medical or reconstructive. */
  public abstract Optional<Intent> intent();

  /** Headache days per month, 0 to 31. */
  public abstract OptionalInt headacheDaysPerMonth();

  /** Migraine days per month, 0 to 31, at most the headache days when both are known. */
  public abstract OptionalInt migraineDaysPerMonth();

  /** How many months the symptoms have lasted, 0 to 1,200. */
  public abstract OptionalInt monthsOfSymptoms();

  /**
   * Conservative therapies tried and failed (ineffective or not tolerated), by kind, with a count:
   * drug classes for migraine prophylaxis, courses otherwise. Absent kind: unknown; 0: none.
   */
  public abstract Map<TherapyKind, Integer> failedTherapies();

  /** Number of lesions treated, 0 to 10,000. */
  public abstract OptionalInt lesionCount();

  /** Treated area in square centimetres, above 0, at most two decimals. */
  public abstract Optional<BigDecimal> treatedAreaSquareCm();

  /** Whether the condition causes functional impairment (vision, airway, feeding, bleeding...). */
  public abstract Optional<Boolean> functionalImpairment();

  /** Whether the condition is congenital. */
  public abstract Optional<Boolean> congenital();

  /**
   * The count of failed therapies of a kind.
   *
   * @param kind the therapy kind
   * @return the count, or empty when not documented either way
   */
  public OptionalInt failed(TherapyKind kind) {
    Integer n = failedTherapies().get(kind);
    return n == null ? OptionalInt.empty() : OptionalInt.of(n);
  }

  /**
   * These facts with the gaps filled from another set: each fact known here wins; each unknown one
   * is taken from {@code fallback}. Used to layer a line's documentation over the claim's.
   *
   * <p>One exception keeps the result valid: a headache or migraine day count from {@code fallback}
   * that contradicts the other count known here (more migraine days than headache days) is not
   * taken, and stays unknown.
   *
   * @param fallback the facts to fall back on
   * @return the merged facts
   */
  public ClinicalFacts orElse(ClinicalFacts fallback) {
    if (fallback.equals(NONE)) {
      return this;
    }
    if (this.equals(NONE)) {
      return fallback;
    }
    Builder b = builder();
    b.intent(intent().isPresent() ? intent() : fallback.intent());
    OptionalInt headache =
        headacheDaysPerMonth().isPresent()
            ? headacheDaysPerMonth()
            : fallback.headacheDaysPerMonth();
    OptionalInt migraine =
        migraineDaysPerMonth().isPresent()
            ? migraineDaysPerMonth()
            : fallback.migraineDaysPerMonth();
    if (headache.isPresent() && migraine.isPresent() && migraine.getAsInt() > headache.getAsInt()) {
      // Each side is consistent on its own, so one count came from each: the fallback's
      // contradicts what is known here and stays unknown.
      if (headacheDaysPerMonth().isPresent()) {
        migraine = OptionalInt.empty();
      } else {
        headache = OptionalInt.empty();
      }
    }
    b.headacheDaysPerMonth(headache).migraineDaysPerMonth(migraine);
    b.monthsOfSymptoms(
        monthsOfSymptoms().isPresent() ? monthsOfSymptoms() : fallback.monthsOfSymptoms());
    // One map, not two putAll calls: the builder rejects a kind put twice.
    Map<TherapyKind, Integer> therapies = new EnumMap<>(TherapyKind.class);
    therapies.putAll(fallback.failedTherapies());
    therapies.putAll(failedTherapies());
    b.failedTherapies(therapies);
    b.lesionCount(lesionCount().isPresent() ? lesionCount() : fallback.lesionCount());
    b.treatedAreaSquareCm(
        treatedAreaSquareCm().isPresent() ? treatedAreaSquareCm() : fallback.treatedAreaSquareCm());
    b.functionalImpairment(
        functionalImpairment().isPresent()
            ? functionalImpairment()
            : fallback.functionalImpairment());
    b.congenital(congenital().isPresent() ? congenital() : fallback.congenital());
    return b.build();
  }

  @Value.Check
  ClinicalFacts normalize() {
    inRange(headacheDaysPerMonth(), "headacheDaysPerMonth", 31);
    inRange(migraineDaysPerMonth(), "migraineDaysPerMonth", 31);
    inRange(monthsOfSymptoms(), "monthsOfSymptoms", 1200);
    inRange(lesionCount(), "lesionCount", 10_000);
    if (headacheDaysPerMonth().isPresent() && migraineDaysPerMonth().isPresent()) {
      require(
          migraineDaysPerMonth().getAsInt() <= headacheDaysPerMonth().getAsInt(),
          "migraineDaysPerMonth",
          "must not exceed headacheDaysPerMonth (migraine days are headache days)");
    }
    for (Map.Entry<TherapyKind, Integer> e : failedTherapies().entrySet()) {
      require(
          e.getValue() >= 0 && e.getValue() <= 100,
          "failedTherapies." + e.getKey(),
          "must be from 0 to 100, got %s",
          e.getValue());
    }
    if (treatedAreaSquareCm().isPresent()) {
      BigDecimal area = treatedAreaSquareCm().get();
      require(
          area.signum() > 0 && area.compareTo(BigDecimal.valueOf(100_000)) <= 0,
          "treatedAreaSquareCm",
          "must be above 0 and at most 100000");
      require(
          area.stripTrailingZeros().scale() <= 2,
          "treatedAreaSquareCm",
          "has at most two decimals");
      BigDecimal normal = area.setScale(2);
      if (!normal.equals(area)) {
        // One scale for every area, so 12.5 and 12.50 are equal values.
        return builder().from(this).treatedAreaSquareCm(normal).build();
      }
    }
    return this;
  }

  private static void inRange(OptionalInt value, String field, int max) {
    if (value.isPresent()) {
      int v = value.getAsInt();
      require(v >= 0 && v <= max, field, "must be from 0 to %s, got %s", max, v);
    }
  }

  /** Builds {@link ClinicalFacts}. */
  public static final class Builder extends ImmutableClinicalFacts.Builder {}
}

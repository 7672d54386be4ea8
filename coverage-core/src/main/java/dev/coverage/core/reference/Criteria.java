package dev.coverage.core.reference;

import static dev.coverage.core.internal.Checks.require;

import dev.coverage.core.claim.Intent;
import dev.coverage.core.claim.TherapyKind;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The documentation an indication requires. Every threshold is a parameter of the data, not a
 * constant of the code: a commercial migraine policy may ask for two failed prophylaxis classes,
 * another payer's for three.
 */
@Value.Immutable
public abstract class Criteria {
  private static final Criteria NONE = builder().build();

  Criteria() {}

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** No criteria: the indication alone suffices. */
  public static Criteria none() {
    return NONE;
  }

  /** At least this many headache days a month. */
  public abstract OptionalInt headacheDaysPerMonthAtLeast();

  /** At least this many migraine days a month. */
  public abstract OptionalInt migraineDaysPerMonthAtLeast();

  /** Symptoms for at least this many months. */
  public abstract OptionalInt monthsOfSymptomsAtLeast();

  /** At least this many lesions. */
  public abstract OptionalInt lesionCountAtLeast();

  /** At least this many failed therapies of each kind. */
  public abstract Map<TherapyKind, Integer> failedTherapiesAtLeast();

  /** When true, functional impairment must be documented. */
  @Value.Default
  public boolean requiresFunctionalImpairment() {
    return false;
  }

  /** When true, the condition must be documented as congenital. */
  @Value.Default
  public boolean requiresCongenital() {
    return false;
  }

  /** The stated intents that qualify; empty for any. */
  public abstract Set<Intent> intents();

  /** Whether there is nothing to document. */
  public boolean isEmpty() {
    return equals(NONE);
  }

  @Value.Check
  void check() {
    atLeastZero(headacheDaysPerMonthAtLeast(), "headacheDaysPerMonthAtLeast");
    atLeastZero(migraineDaysPerMonthAtLeast(), "migraineDaysPerMonthAtLeast");
    atLeastZero(monthsOfSymptomsAtLeast(), "monthsOfSymptomsAtLeast");
    atLeastZero(lesionCountAtLeast(), "lesionCountAtLeast");
    for (Map.Entry<TherapyKind, Integer> e : failedTherapiesAtLeast().entrySet()) {
      require(e.getValue() >= 1, "failedTherapiesAtLeast." + e.getKey(), "must be at least 1");
    }
  }

  private static void atLeastZero(OptionalInt v, String field) {
    require(v.isEmpty() || v.getAsInt() >= 0, field, "must not be negative");
  }

  /** Builds {@link Criteria}. */
  public static final class Builder extends ImmutableCriteria.Builder {}
}

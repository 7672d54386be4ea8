package dev.coverage.core.reference;

import static dev.coverage.core.internal.Checks.require;

import dev.coverage.core.code.ProcedureCode;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A procedure code's entry in the catalog for a span of dates: our own short label (never the CPT
 * descriptor), what kind of code it is, and the billing facts the rules need.
 */
@Value.Immutable
public abstract class ProcedureInfo {
  ProcedureInfo() {}

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The code. */
  public abstract ProcedureCode code();

  /** Our own few-word label, such as "Chemodenervation, migraine". */
  public abstract String label();

  /** What the code stands for. */
  public abstract ProcedureKind kind();

  /** Whether it is an add-on code, billed only with a primary procedure. */
  @Value.Default
  public boolean addOn() {
    return false;
  }

  /** Whether it is an unlisted code, which payers review by hand with the documentation. */
  @Value.Default
  public boolean unlisted() {
    return false;
  }

  /** For drugs: what one billing unit is, such as "1 unit" or "10 mg". */
  public abstract Optional<String> billingUnit();

  /**
   * For drugs: whether it comes in a single-dose container, so Medicare requires JW (amount
   * discarded) or JZ (none discarded) on the line.
   */
  @Value.Default
  public boolean singleDoseContainer() {
    return false;
  }

  /** The global surgery period in days (0, 10 or 90) when the fee schedule gives one. */
  public abstract OptionalInt globalDays();

  /** The dates this entry is in force. */
  @Value.Default
  public EffectiveDates effective() {
    return EffectiveDates.always();
  }

  /** Whether a same-day visit needs modifier 25: a procedure with a 0- or 10-day global period. */
  public boolean isMinorProcedure() {
    return kind() == ProcedureKind.PROCEDURE
        && globalDays().isPresent()
        && globalDays().getAsInt() <= 10;
  }

  @Value.Check
  void check() {
    require(!label().isBlank() && label().length() <= 80, "label", "must be 1 to 80 characters");
    require(
        billingUnit().isEmpty() || kind() == ProcedureKind.DRUG,
        "billingUnit",
        "is for drug codes only");
    require(
        !singleDoseContainer() || kind() == ProcedureKind.DRUG,
        "singleDoseContainer",
        "is for drug codes only");
  }

  /** Builds a {@link ProcedureInfo}. */
  public static final class Builder extends ImmutableProcedureInfo.Builder {}
}

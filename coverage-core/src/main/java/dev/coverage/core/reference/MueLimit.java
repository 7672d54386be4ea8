package dev.coverage.core.reference;

import dev.coverage.core.code.ProcedureCode;
import java.util.Optional;
import org.immutables.value.Value;

/** A medically unlikely edit: the most units of a code a provider reports for one patient. */
@Value.Immutable
public abstract class MueLimit {
  MueLimit() {}

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The code. */
  public abstract ProcedureCode code();

  /** The most units. */
  public abstract int units();

  /** Whether the limit is per line or per date of service. */
  public abstract MueAdjudication adjudication();

  /** The dates the limit is in force. */
  @Value.Default
  public EffectiveDates effective() {
    return EffectiveDates.always();
  }

  /** CMS's rationale, when given. */
  public abstract Optional<String> rationale();

  @Value.Check
  void check() {
    dev.coverage.core.internal.Checks.require(units() >= 0, "units", "must not be negative");
  }

  /** Builds a {@link MueLimit}. */
  public static final class Builder extends ImmutableMueLimit.Builder {}
}

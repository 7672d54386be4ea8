package dev.coverage.core.reference;

import dev.coverage.core.code.ProcedureCode;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An NCCI procedure-to-procedure edit: billed on the same date by the same provider, the column-2
 * code is not paid with the column-1 code unless the modifier indicator allows a bypass and a
 * qualifying modifier is present.
 */
@Value.Immutable
public abstract class PtpEdit {
  PtpEdit() {}

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The column-1 (comprehensive) code. */
  public abstract ProcedureCode column1();

  /** The column-2 (component) code, the one denied. */
  public abstract ProcedureCode column2();

  /** Whether a modifier may bypass the edit. */
  public abstract ModifierIndicator modifierIndicator();

  /**
   * The dates the edit is in force: from CMS's effective date through its deletion date, which CMS
   * files give as the last day in force (mostly quarter ends, such as 2019-12-31).
   */
  @Value.Default
  public EffectiveDates effective() {
    return EffectiveDates.always();
  }

  /** CMS's rationale, when given. */
  public abstract Optional<String> rationale();

  @Value.Check
  void check() {
    dev.coverage.core.internal.Checks.require(
        !column1().equals(column2()), "column2", "must differ from column1");
  }

  /** Builds a {@link PtpEdit}. */
  public static final class Builder extends ImmutablePtpEdit.Builder {}
}

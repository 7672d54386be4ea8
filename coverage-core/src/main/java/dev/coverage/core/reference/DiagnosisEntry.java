package dev.coverage.core.reference;

import dev.coverage.core.code.DiagnosisCode;
import org.immutables.value.Value;

/** A diagnosis code in the code set for a span of dates, billable or a header. */
@Value.Immutable
public abstract class DiagnosisEntry {
  DiagnosisEntry() {}

  /**
   * An entry.
   *
   * @param code the code
   * @param billable true for a billable code, false for a header
   * @param effective the dates it is in the code set with that flag
   * @return the entry
   */
  public static DiagnosisEntry of(DiagnosisCode code, boolean billable, EffectiveDates effective) {
    return ImmutableDiagnosisEntry.builder()
        .code(code)
        .billable(billable)
        .effective(effective)
        .build();
  }

  /** The code. */
  public abstract DiagnosisCode code();

  /** Whether it is billable (else a header). */
  public abstract boolean billable();

  /** The dates it is in the code set with that flag. */
  public abstract EffectiveDates effective();
}

package dev.coverage.core.check;

/** The outlook for a line or a claim. Declared from best to worst. */
public enum Verdict {
  /** No finding threatens payment. */
  CLEAN,
  /** Something needs review or information is missing. */
  AT_RISK,
  /** At least one denial is likely as billed. */
  LIKELY_DENIED;

  /**
   * The worse of two verdicts.
   *
   * @param other another verdict
   * @return whichever is worse
   */
  public Verdict worse(Verdict other) {
    return other.ordinal() > ordinal() ? other : this;
  }
}

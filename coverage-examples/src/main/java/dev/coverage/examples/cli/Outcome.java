package dev.coverage.examples.cli;

import dev.coverage.core.check.Verdict;

/** What became of one input claim in a batch, declared from best to worst. */
public enum Outcome {
  /** Checked: no finding threatens payment. */
  CLEAN,
  /** Checked: something needs review or information is missing. */
  AT_RISK,
  /** Checked: at least one denial is likely as billed. */
  LIKELY_DENIED,
  /** Not checked: the input line is not a valid claim or request (an error record says why). */
  REJECTED;

  /**
   * The outcome of a checked claim.
   *
   * @param verdict the assessment's verdict
   * @return the outcome with the same name
   */
  public static Outcome of(Verdict verdict) {
    switch (verdict) {
      case CLEAN:
        return CLEAN;
      case AT_RISK:
        return AT_RISK;
      case LIKELY_DENIED:
        return LIKELY_DENIED;
    }
    throw new AssertionError(verdict);
  }

  /** The name in lower case with spaces: {@code likely denied}. */
  public String words() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }
}

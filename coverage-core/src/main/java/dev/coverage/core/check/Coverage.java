package dev.coverage.core.check;

/**
 * Whether a line's service is a covered benefit as billed, after Da Vinci CRD's coverage
 * information: covered, not covered, or conditional on information the checker does not have.
 */
public enum Coverage {
  /** Covered as billed, given what the checker knows. */
  COVERED,
  /** Not covered: excluded, cosmetic, investigational, criteria unmet, or not eligible. */
  NOT_COVERED,
  /** Cannot be decided without the information listed on the line. */
  CONDITIONAL
}

package dev.coverage.core.check;

/** Prior authorization for a line. A line that is not covered needs none. */
public enum AuthorizationStatus {
  /** No prior authorization is needed (or the line is not covered at all). */
  NOT_REQUIRED,
  /** Required, and no valid authorization for the code, date and units is on file. */
  REQUIRED,
  /** Required, and a valid authorization is on file. */
  SATISFIED,
  /** Cannot be decided: authorizations on file were not given, or the policy is unknown. */
  CONDITIONAL
}

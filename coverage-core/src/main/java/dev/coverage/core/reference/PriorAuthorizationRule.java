package dev.coverage.core.reference;

/** Whether a policy requires prior authorization. */
public enum PriorAuthorizationRule {
  /** No prior authorization. */
  NOT_REQUIRED,
  /** Prior authorization before the date of service. */
  REQUIRED
}

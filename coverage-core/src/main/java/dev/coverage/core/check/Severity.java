package dev.coverage.core.check;

/** How much a finding threatens the claim. Declared from most to least severe. */
public enum Severity {
  /** The payer will most likely deny the line as billed. */
  DENIAL_LIKELY,
  /** A person should look before submitting: information is missing or a rule may apply. */
  REVIEW,
  /** Worth knowing; does not threaten payment. */
  INFO
}

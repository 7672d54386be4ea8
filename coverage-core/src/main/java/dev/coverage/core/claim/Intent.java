package dev.coverage.core.claim;

/** The purpose of the service as stated in the documentation. */
public enum Intent {
  /** To improve appearance. */
  COSMETIC,
  /** To treat a disease or its symptoms. */
  MEDICAL,
  /** To restore form or function after injury, disease or a congenital defect. */
  RECONSTRUCTIVE
}

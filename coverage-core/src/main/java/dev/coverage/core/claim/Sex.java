package dev.coverage.core.claim;

/** The patient's sex as recorded for claims. */
public enum Sex {
  /** Female. */
  FEMALE,
  /** Male. */
  MALE,
  /** Not recorded or not known. */
  UNKNOWN
}

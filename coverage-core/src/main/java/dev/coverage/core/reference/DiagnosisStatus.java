package dev.coverage.core.reference;

/** What the ICD-10-CM code set says of a diagnosis code on a date. */
public enum DiagnosisStatus {
  /** A valid, billable code on that date. */
  BILLABLE,
  /** A category or subcategory header: it needs more characters to be billed. */
  HEADER,
  /** Not in the code set on that date (never added, or deleted), per a complete code set. */
  NOT_IN_CODE_SET,
  /** The loaded data does not cover this code, so its status is unknown. */
  UNKNOWN
}

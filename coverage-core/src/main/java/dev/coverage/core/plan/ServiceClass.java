package dev.coverage.core.plan;

/** Classes of service a plan sets copays by. */
public enum ServiceClass {
  /** An office visit with a primary care provider. */
  PRIMARY_CARE_VISIT,
  /** An office visit with a specialist. */
  SPECIALIST_VISIT,
  /** A procedure in an office. */
  OFFICE_PROCEDURE,
  /** A procedure in a hospital outpatient department or surgery center. */
  OUTPATIENT_PROCEDURE,
  /** A drug administered in the office, billed by the unit. */
  SPECIALTY_DRUG
}

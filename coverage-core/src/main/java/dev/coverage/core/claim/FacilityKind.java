package dev.coverage.core.claim;

/**
 * The kind of facility the service was rendered in. This is separate from the place-of-service
 * code: a med spa bills as an office (POS 11) but is not a clinical setting in a payer's eyes.
 */
public enum FacilityKind {
  /** A physician's office or clinic. */
  PHYSICIAN_OFFICE(true),
  /** A hospital outpatient department. */
  HOSPITAL_OUTPATIENT(true),
  /** An ambulatory surgery center. */
  AMBULATORY_SURGERY_CENTER(true),
  /** A medical spa: aesthetic services, often under nominal medical direction. */
  MED_SPA(false),
  /** A salon or day spa. */
  SALON_OR_DAY_SPA(false),
  /** The patient's home. */
  PATIENT_HOME(true),
  /** Anything else. */
  OTHER(false);

  private final boolean clinical;

  FacilityKind(boolean clinical) {
    this.clinical = clinical;
  }

  /** Whether payers treat this as a clinical setting for medical services. */
  public boolean isClinical() {
    return clinical;
  }
}

package dev.coverage.core.claim;

/** The rendering practitioner's credential. */
public enum Credential {
  /** Doctor of medicine. */
  MD(true, true),
  /** Doctor of osteopathic medicine. */
  DO(true, true),
  /** Nurse practitioner. */
  NP(false, true),
  /** Physician assistant. */
  PA(false, true),
  /** Registered nurse: bills only incident-to a supervising practitioner. */
  RN(false, false),
  /** Licensed aesthetician (esthetician): not a billing practitioner for medical claims. */
  AESTHETICIAN(false, false),
  /** Any other credential. */
  OTHER(false, false);

  private final boolean physician;
  private final boolean billsIndependently;

  Credential(boolean physician, boolean billsIndependently) {
    this.physician = physician;
    this.billsIndependently = billsIndependently;
  }

  /** Whether this is a physician (MD or DO). */
  public boolean isPhysician() {
    return physician;
  }

  /**
   * Whether practitioners with this credential can be the rendering provider on a medical claim in
   * their own name (physicians, nurse practitioners, physician assistants).
   */
  public boolean billsIndependently() {
    return billsIndependently;
  }
}

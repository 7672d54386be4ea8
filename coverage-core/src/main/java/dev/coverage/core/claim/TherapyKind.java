package dev.coverage.core.claim;

/** Kinds of conservative therapy that policies require to have been tried and failed first. */
public enum TherapyKind {
  /** Topical aluminum chloride (for hyperhidrosis, typically 20%). */
  TOPICAL_ALUMINUM_CHLORIDE,
  /** Oral anticholinergics such as glycopyrrolate (hyperhidrosis). */
  ORAL_ANTICHOLINERGIC,
  /** Iontophoresis (palmar and plantar hyperhidrosis). */
  IONTOPHORESIS,
  /** Oral migraine prophylaxis; the count is the number of drug classes tried. */
  ORAL_MIGRAINE_PROPHYLAXIS,
  /** Topical fluorouracil (5-FU) or imiquimod (actinic keratoses, superficial skin cancers). */
  TOPICAL_FLUOROURACIL_OR_IMIQUIMOD,
  /** Cryotherapy. */
  CRYOTHERAPY,
  /** Topical or intralesional corticosteroids. */
  CORTICOSTEROID,
  /** Topical minoxidil (hair loss). */
  TOPICAL_MINOXIDIL,
  /** Topical retinoids (acne, photoaging). */
  TOPICAL_RETINOID,
  /** Oral isotretinoin (acne). */
  ORAL_ISOTRETINOIN
}

package dev.coverage.core.claim;

import java.util.Optional;

/**
 * The rendering provider's specialty, each mapped to its NUCC Health Care Provider Taxonomy code
 * (NUCC code set, version 25.0). Policies name eligible specialties with these values.
 */
public enum Specialty {
  /** Dermatology. */
  DERMATOLOGY("207N00000X"),
  /** Dermatology, MOHS micrographic surgery. */
  MOHS_SURGERY("207ND0101X"),
  /** Dermatology, pediatric dermatology. */
  PEDIATRIC_DERMATOLOGY("207NP0225X"),
  /** Plastic surgery. */
  PLASTIC_SURGERY("208200000X"),
  /** Otolaryngology, facial plastic surgery. */
  FACIAL_PLASTIC_SURGERY("207YS0123X"),
  /** Psychiatry and neurology, neurology. */
  NEUROLOGY("2084N0400X"),
  /** Psychiatry and neurology, neurology with special qualifications in child neurology. */
  CHILD_NEUROLOGY("2084N0402X"),
  /**
   * Headache medicine (a UCNS subspecialty with no NUCC code of its own): carried as the neurology
   * taxonomy, so {@link #fromTaxonomy} maps that code back to {@link #NEUROLOGY}.
   */
  HEADACHE_MEDICINE("2084N0400X"),
  /** Anesthesiology, pain medicine. */
  PAIN_MEDICINE("207LP2900X"),
  /** Family medicine. */
  FAMILY_MEDICINE("207Q00000X"),
  /** Internal medicine. */
  INTERNAL_MEDICINE("207R00000X"),
  /** Pediatrics. */
  PEDIATRICS("208000000X"),
  /** General surgery. */
  GENERAL_SURGERY("208600000X"),
  /** Ophthalmology. */
  OPHTHALMOLOGY("207W00000X"),
  /** Nurse practitioner. */
  NURSE_PRACTITIONER("363L00000X"),
  /** Physician assistant. */
  PHYSICIAN_ASSISTANT("363A00000X"),
  /** Registered nurse. */
  REGISTERED_NURSE("163W00000X"),
  /** Any other specialty, or a non-clinical practitioner such as an aesthetician. */
  OTHER("");

  private final String taxonomyCode;

  Specialty(String taxonomyCode) {
    this.taxonomyCode = taxonomyCode;
  }

  /** Whether this is primary care (family medicine, internal medicine, pediatrics). */
  public boolean isPrimaryCare() {
    return this == FAMILY_MEDICINE || this == INTERNAL_MEDICINE || this == PEDIATRICS;
  }

  /** The NUCC taxonomy code, or empty for {@link #OTHER}. */
  public Optional<String> taxonomyCode() {
    return taxonomyCode.isEmpty() ? Optional.empty() : Optional.of(taxonomyCode);
  }

  /**
   * The specialty for a NUCC taxonomy code; {@link #OTHER} for codes this enum does not name.
   *
   * @param taxonomyCode a ten-character NUCC code, such as {@code 207N00000X}
   * @return the specialty
   */
  public static Specialty fromTaxonomy(String taxonomyCode) {
    for (Specialty s : values()) {
      if (s.taxonomyCode.equals(taxonomyCode) && s != HEADACHE_MEDICINE) {
        return s;
      }
    }
    return OTHER;
  }
}

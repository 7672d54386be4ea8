package dev.coverage.core.denial;

/**
 * The kinds of problem the checker finds. A plan can remap the predicted adjustment per category.
 *
 * <p>Some categories say the service is not a covered benefit as billed ({@link
 * #meansNotCovered()}): a likely denial of that kind makes the line {@code NOT_COVERED}. The others
 * say the claim is billed wrongly (a missing authorization, a code pair, a modifier): the service
 * may be covered, but this claim will be denied until it is fixed.
 */
public enum FindingCategory {
  /** The procedure is cosmetic for this diagnosis, or cosmetic intent is stated. */
  COSMETIC_EXCLUSION(true),
  /** The plan's contract excludes the service (a listed code, or a kind such as hair loss). */
  BENEFIT_EXCLUSION(true),
  /** Policy criteria are unmet: diagnosis not covered, or documentation shows criteria unmet. */
  NOT_MEDICALLY_NECESSARY(true),
  /** No pointed diagnosis is plausible for the procedure at all. */
  DIAGNOSIS_INCONSISTENT(true),
  /** The procedure is experimental or investigational for this use. */
  INVESTIGATIONAL(true),
  /** Rendered in a med spa, salon or other non-clinical facility. */
  NON_CLINICAL_SETTING(true),
  /** The rendering provider is out of the plan's network, or a required referral is missing. */
  OUT_OF_NETWORK(true),
  /** Prior authorization is required and missing, expired, for other codes or short of units. */
  PRIOR_AUTHORIZATION(false),
  /** The rendering provider's specialty or credential is not eligible. */
  PROVIDER_TYPE(true),
  /** Sessions per period or per lifetime are exceeded. */
  FREQUENCY_LIMIT(true),
  /** An NCCI procedure-to-procedure pair is billed without an allowed modifier. */
  NCCI_PTP(false),
  /** Units exceed the medically unlikely edit. */
  MUE(false),
  /** A code is malformed, not valid on the date of service, or not billable. */
  INVALID_CODE(false),
  /** The patient is outside the policy's age or sex bounds. */
  AGE_SEX(true),
  /** A required modifier is missing or wrong. */
  MODIFIER(false),
  /** The same service is already in the patient's history. */
  DUPLICATE(false),
  /** The claim is submitted after the plan's filing limit. */
  TIMELY_FILING(false);

  private final boolean notCovered;

  FindingCategory(boolean notCovered) {
    this.notCovered = notCovered;
  }

  /** Whether a likely denial of this kind means the service is not covered as billed. */
  public boolean meansNotCovered() {
    return notCovered;
  }
}

package dev.coverage.core.denial;

/**
 * The kinds of problem the checker finds, each with the adjustment a payer typically predicts for
 * it. A plan can remap the prediction per category.
 */
public enum FindingCategory {
  /** The procedure is cosmetic for this diagnosis, or cosmetic intent is stated. */
  COSMETIC_EXCLUSION,
  /** Policy criteria are unmet: diagnosis not covered, or documentation absent. */
  NOT_MEDICALLY_NECESSARY,
  /** No pointed diagnosis is plausible for the procedure at all. */
  DIAGNOSIS_INCONSISTENT,
  /** The procedure is experimental or investigational for this use. */
  INVESTIGATIONAL,
  /** Rendered in a med spa, salon or other non-clinical facility. */
  NON_CLINICAL_SETTING,
  /** The rendering provider is out of the plan's network. */
  OUT_OF_NETWORK,
  /** Prior authorization is required and missing, expired, for other codes or short of units. */
  PRIOR_AUTHORIZATION,
  /** The rendering provider's specialty or credential is not eligible. */
  PROVIDER_TYPE,
  /** Sessions per period or per lifetime are exceeded. */
  FREQUENCY_LIMIT,
  /** An NCCI procedure-to-procedure pair is billed without an allowed modifier. */
  NCCI_PTP,
  /** Units exceed the medically unlikely edit. */
  MUE,
  /** A code is malformed, not valid on the date of service, or not billable. */
  INVALID_CODE,
  /** The patient is outside the policy's age or sex bounds. */
  AGE_SEX,
  /** A required modifier is missing or wrong. */
  MODIFIER,
  /** The same service is already in the patient's history. */
  DUPLICATE,
  /** The claim is submitted after the plan's filing limit. */
  TIMELY_FILING
}

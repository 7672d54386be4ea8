package dev.coverage.core.denial;

/**
 * Claim adjustment group codes: who is liable for an adjustment. The library predicts the group
 * separately from the reason code, because the same reason can fall on the provider (CO) or the
 * patient (PR) depending on the plan and the contract.
 */
public enum GroupCode {
  /** Contractual obligation: the provider writes it off. */
  CO,
  /** Patient responsibility: the patient may be billed. */
  PR,
  /** Other adjustment. */
  OA,
  /** Payer-initiated reduction. */
  PI,
  /** Correction or reversal of a prior decision. */
  CR
}

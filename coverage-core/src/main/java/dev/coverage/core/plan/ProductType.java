package dev.coverage.core.plan;

/** The kind of health plan. */
public enum ProductType {
  /** Preferred provider organization: out-of-network care covered at a lower benefit. */
  PPO,
  /** Health maintenance organization: in-network only, referrals usually required. */
  HMO,
  /** Exclusive provider organization: in-network only, no referrals. */
  EPO,
  /** Point of service: referrals for specialists, some out-of-network benefit. */
  POS,
  /** High-deductible health plan, usually paired with a health savings account. */
  HDHP,
  /** Medicare Part B (original Medicare, physician services). */
  MEDICARE_PART_B,
  /** Medicaid. */
  MEDICAID;

  /** Whether the product is Medicare, whose national edits and statutory exclusions apply. */
  public boolean isMedicare() {
    return this == MEDICARE_PART_B;
  }
}

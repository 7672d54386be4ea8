package dev.coverage.core.plan;

/** Kinds of service a plan's contract excludes from its benefits. */
public enum BenefitExclusion {
  /** Services to improve appearance (nearly every plan). */
  COSMETIC,
  /** Experimental or investigational services. */
  INVESTIGATIONAL,
  /** Treatment of hair loss, whatever its cause (some commercial plans). */
  HAIR_LOSS_TREATMENT
}

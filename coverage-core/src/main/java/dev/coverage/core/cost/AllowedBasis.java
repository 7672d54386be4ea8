package dev.coverage.core.cost;

/** Where a line's allowed amount came from. */
public enum AllowedBasis {
  /** The plan's in-network fee schedule for the code, per unit times units. */
  FEE_SCHEDULE,
  /** A percentage of the reference fee for the code, per unit times units. */
  PERCENT_OF_REFERENCE,
  /**
   * The billed charge: the plan names no fee for the code and no reference fee applies, or the line
   * is self-pay and the whole charge is the patient's.
   */
  BILLED_CHARGE
}

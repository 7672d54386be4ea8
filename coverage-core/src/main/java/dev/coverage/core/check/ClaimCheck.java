package dev.coverage.core.check;

import dev.coverage.core.ValidationException;
import dev.coverage.core.claim.Claim;
import dev.coverage.core.plan.Plan;

/** The first step of a check: the claim is known, the plan comes next. */
public final class ClaimCheck {
  private final CoverageChecker checker;
  private final Claim claim;

  ClaimCheck(CoverageChecker checker, Claim claim) {
    this.checker = checker;
    this.claim = claim;
  }

  /**
   * The patient's plan.
   *
   * @param plan the plan in force on the date of service
   * @return the next step: optional knowledge, then {@link PlanCheck#assess()}
   */
  public PlanCheck under(Plan plan) {
    if (plan == null) {
      throw new ValidationException("plan", "is required");
    }
    return PlanCheck.start(checker, claim, plan);
  }
}

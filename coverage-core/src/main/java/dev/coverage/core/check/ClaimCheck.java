package dev.coverage.core.check;

import dev.coverage.core.ValidationException;
import dev.coverage.core.claim.Claim;
import dev.coverage.core.plan.Plan;
import org.jspecify.annotations.Nullable;

/** The first step of a check: the claim is known, the plan comes next. */
public final class ClaimCheck {
  private final CoverageChecker checker;
  private final Claim claim;
  private final @Nullable CheckRequest request;

  ClaimCheck(CoverageChecker checker, Claim claim, @Nullable CheckRequest request) {
    this.checker = checker;
    this.claim = claim;
    this.request = request;
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
    return request == null
        ? PlanCheck.start(checker, claim, plan)
        : PlanCheck.start(checker, request, plan);
  }
}

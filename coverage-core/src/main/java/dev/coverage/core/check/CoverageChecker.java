package dev.coverage.core.check;

import dev.coverage.core.ValidationException;
import dev.coverage.core.claim.Claim;
import dev.coverage.core.plan.Plan;
import dev.coverage.core.reference.ReferenceTables;

/**
 * Checks claims against a plan and reference data, before submission.
 *
 * <p>Build one from reference data and share it: it is immutable, thread-safe and does no I/O while
 * checking. Then, per claim, a short chain: the plan, optionally what the practice knows
 * (authorizations, service history, accumulators, clinical documentation), then the assessment.
 *
 * <pre>{@code
 * CoverageChecker checker = CoverageChecker.using(ReferenceData.bundled());
 *
 * Assessment result = checker.check(claim)
 *     .under(plan)
 *     .withAuthorizations(authorizations)
 *     .withHistory(history)
 *     .withDocumentation(facts)
 *     .assess();
 * }</pre>
 *
 * <p>Everything is decided on each line's date of service: the codes, policies, edits and
 * authorizations in force that day. A valid claim never makes the checker throw; what it cannot
 * decide it reports as {@link Coverage#CONDITIONAL} with the information it needs.
 */
public final class CoverageChecker {
  /** The policy set for commercial plans unless a plan names its own. */
  public static final String COMMERCIAL_POLICIES = "commercial";

  /** The policy set for Medicare Part B plans unless a plan names its own. */
  public static final String MEDICARE_POLICIES = "medicare-part-b";

  private final ReferenceTables reference;

  private CoverageChecker(ReferenceTables reference) {
    this.reference = reference;
  }

  /**
   * A checker over reference data.
   *
   * @param reference the reference tables, such as {@code ReferenceData.bundled()}
   * @return the checker
   */
  public static CoverageChecker using(ReferenceTables reference) {
    if (reference == null) {
      throw new ValidationException("reference", "is required");
    }
    return new CoverageChecker(reference);
  }

  /**
   * Starts checking a claim.
   *
   * @param claim the claim
   * @return the next step, which takes the plan
   */
  public ClaimCheck check(Claim claim) {
    if (claim == null) {
      throw new ValidationException("claim", "is required");
    }
    return new ClaimCheck(this, claim, null);
  }

  /**
   * Starts checking a claim with what the practice knows about it.
   *
   * @param request the claim, authorizations, history, accumulators and documentation
   * @return the next step, which takes the plan
   */
  public ClaimCheck check(CheckRequest request) {
    if (request == null) {
      throw new ValidationException("request", "is required");
    }
    return new ClaimCheck(this, request.claim(), request);
  }

  /** The reference data this checker reads. */
  public ReferenceTables reference() {
    return reference;
  }

  String policySetFor(Plan plan) {
    if (plan.policySet().isPresent()) {
      return plan.policySet().get();
    }
    return plan.productType().isMedicare() ? MEDICARE_POLICIES : COMMERCIAL_POLICIES;
  }
}

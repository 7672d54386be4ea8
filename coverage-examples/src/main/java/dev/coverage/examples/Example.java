package dev.coverage.examples;

import static java.util.Objects.requireNonNull;

import dev.coverage.core.check.Assessment;
import dev.coverage.core.check.CheckRequest;
import dev.coverage.core.check.CoverageChecker;
import dev.coverage.core.check.Verdict;
import dev.coverage.core.plan.Plan;

/**
 * One example of the demo: a claim with what the practice knows about it (a {@link CheckRequest}),
 * the plan it is checked under, and the verdict a billing expert would predict for it.
 *
 * @param id a short stable id, such as {@code 06-botox-chronic-migraine}; the name of its request
 *     file
 * @param title what the example shows, in a few words
 * @param planFile the plan's file, relative to the examples' folder
 * @param plan the plan
 * @param requestFile the request's file, relative to the examples' folder
 * @param request the claim, authorizations, history, accumulators and documentation
 * @param expected the claim verdict a billing expert would predict
 */
public record Example(
    String id,
    String title,
    String planFile,
    Plan plan,
    String requestFile,
    CheckRequest request,
    Verdict expected) {

  /** Checks that every part is present. */
  public Example {
    requireNonNull(id, "id");
    requireNonNull(title, "title");
    requireNonNull(planFile, "planFile");
    requireNonNull(plan, "plan");
    requireNonNull(requestFile, "requestFile");
    requireNonNull(request, "request");
    requireNonNull(expected, "expected");
  }

  /**
   * Checks the example's claim under its plan.
   *
   * @param checker the shared checker
   * @return the assessment
   */
  public Assessment check(CoverageChecker checker) {
    return checker.check(request).under(plan).assess();
  }

  /** The id's number, such as {@code 06}, or the whole id when it does not start with one. */
  public String number() {
    int dash = id.indexOf('-');
    return dash > 0 && id.substring(0, dash).chars().allMatch(Character::isDigit)
        ? id.substring(0, dash)
        : id;
  }
}

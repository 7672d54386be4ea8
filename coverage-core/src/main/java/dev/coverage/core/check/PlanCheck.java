package dev.coverage.core.check;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.coverage.core.ValidationException;
import dev.coverage.core.claim.Claim;
import dev.coverage.core.claim.ClinicalFacts;
import dev.coverage.core.plan.Accumulators;
import dev.coverage.core.plan.Authorization;
import dev.coverage.core.plan.Plan;
import dev.coverage.core.plan.PriorService;
import dev.coverage.core.plan.ServiceHistory;
import java.util.Arrays;
import java.util.Collection;
import org.jspecify.annotations.Nullable;

/**
 * A check with its claim and plan, to which what the practice knows can be added before {@link
 * #assess()}. Immutable: each {@code with...} returns a new step.
 *
 * <p>What is not given is unknown, not absent: without {@link #withAuthorizations} a required
 * authorization is {@link AuthorizationStatus#CONDITIONAL} unless the line reports none at all;
 * without {@link #withHistory} a frequency limit cannot be checked; without documentation, policy
 * criteria are unknown. Passing an empty list says "none on file".
 */
public final class PlanCheck {
  private final CoverageChecker checker;
  private final Claim claim;
  private final Plan plan;
  private final @Nullable ImmutableList<Authorization> authorizations;
  private final @Nullable ServiceHistory history;
  private final Accumulators accumulators;
  private final ClinicalFacts documentation;
  private final ImmutableMap<Integer, ClinicalFacts> lineDocumentation;

  private PlanCheck(
      CoverageChecker checker,
      Claim claim,
      Plan plan,
      @Nullable ImmutableList<Authorization> authorizations,
      @Nullable ServiceHistory history,
      Accumulators accumulators,
      ClinicalFacts documentation,
      ImmutableMap<Integer, ClinicalFacts> lineDocumentation) {
    this.checker = checker;
    this.claim = claim;
    this.plan = plan;
    this.authorizations = authorizations;
    this.history = history;
    this.accumulators = accumulators;
    this.documentation = documentation;
    this.lineDocumentation = lineDocumentation;
  }

  static PlanCheck start(CoverageChecker checker, Claim claim, Plan plan) {
    return new PlanCheck(
        checker,
        claim,
        plan,
        null,
        null,
        Accumulators.none(),
        ClinicalFacts.none(),
        ImmutableMap.of());
  }

  static PlanCheck start(CoverageChecker checker, CheckRequest request, Plan plan) {
    return new PlanCheck(
        checker,
        request.claim(),
        plan,
        request.authorizations().map(ImmutableList::copyOf).orElse(null),
        request.history().orElse(null),
        request.accumulators(),
        request.documentation(),
        ImmutableMap.copyOf(request.lineDocumentation()));
  }

  /**
   * The prior authorizations on file for the patient; an empty collection means none.
   *
   * @param authorizations the authorizations
   * @return a step with them
   */
  public PlanCheck withAuthorizations(Collection<Authorization> authorizations) {
    ImmutableList<Authorization> list = copy(authorizations, "authorizations");
    return new PlanCheck(
        checker, claim, plan, list, history, accumulators, documentation, lineDocumentation);
  }

  /**
   * The prior authorizations on file for the patient.
   *
   * @param authorizations the authorizations
   * @return a step with them
   */
  public PlanCheck withAuthorizations(Authorization... authorizations) {
    return withAuthorizations(Arrays.asList(authorizations));
  }

  /**
   * The patient's prior services, for frequency limits, duplicates and units already used.
   *
   * @param history the service history; {@link ServiceHistory#empty()} means none
   * @return a step with it
   */
  public PlanCheck withHistory(ServiceHistory history) {
    if (history == null) {
      throw new ValidationException("history", "is required");
    }
    return new PlanCheck(
        checker,
        claim,
        plan,
        authorizations,
        history,
        accumulators,
        documentation,
        lineDocumentation);
  }

  /**
   * The patient's prior services.
   *
   * @param services the prior services; empty means none
   * @return a step with them
   */
  public PlanCheck withHistory(Collection<PriorService> services) {
    return withHistory(ServiceHistory.of(copy(services, "history")));
  }

  /**
   * How much of the deductible and out-of-pocket maximum is met, for the estimate.
   *
   * @param accumulators the accumulators
   * @return a step with them
   */
  public PlanCheck withAccumulators(Accumulators accumulators) {
    if (accumulators == null) {
      throw new ValidationException("accumulators", "is required");
    }
    return new PlanCheck(
        checker,
        claim,
        plan,
        authorizations,
        history,
        accumulators,
        documentation,
        lineDocumentation);
  }

  /**
   * What the clinical documentation supports, for every line.
   *
   * @param facts the documented facts
   * @return a step with them
   */
  public PlanCheck withDocumentation(ClinicalFacts facts) {
    if (facts == null) {
      throw new ValidationException("documentation", "is required");
    }
    return new PlanCheck(
        checker, claim, plan, authorizations, history, accumulators, facts, lineDocumentation);
  }

  /**
   * What the documentation supports for one line, such as its lesion count; each fact given here
   * wins over the claim-wide documentation for that line.
   *
   * @param lineNumber the line, from 1
   * @param facts the documented facts
   * @return a step with them
   * @throws ValidationException when the claim has no such line
   */
  public PlanCheck withLineDocumentation(int lineNumber, ClinicalFacts facts) {
    if (lineNumber < 1 || lineNumber > claim.lines().size()) {
      throw new ValidationException(
          "lineDocumentation",
          "line " + lineNumber + " does not exist; the claim has " + claim.lines().size());
    }
    if (facts == null) {
      throw new ValidationException("lineDocumentation", "is required");
    }
    ImmutableMap<Integer, ClinicalFacts> map =
        ImmutableMap.<Integer, ClinicalFacts>builder()
            .putAll(lineDocumentation)
            .put(lineNumber, facts)
            .buildKeepingLast();
    return new PlanCheck(
        checker, claim, plan, authorizations, history, accumulators, documentation, map);
  }

  /**
   * Checks the claim.
   *
   * @return the assessment; never throws for a valid claim
   */
  public Assessment assess() {
    return new Evaluation(
            checker,
            claim,
            plan,
            authorizations,
            history,
            accumulators,
            documentation,
            lineDocumentation)
        .run();
  }

  private static <T> ImmutableList<T> copy(Collection<T> items, String field) {
    if (items == null) {
      throw new ValidationException(field, "is required");
    }
    int i = 0;
    for (T item : items) {
      if (item == null) {
        throw new ValidationException(field + "[" + i + "]", "is null");
      }
      i++;
    }
    return ImmutableList.copyOf(items);
  }
}

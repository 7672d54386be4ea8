package dev.coverage.core.check;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.primitives.ImmutableIntArray;
import dev.coverage.core.claim.Claim;
import dev.coverage.core.claim.ClaimLine;
import dev.coverage.core.claim.ClinicalFacts;
import dev.coverage.core.denial.FindingCategory;
import dev.coverage.core.denial.PredictedAdjustment;
import dev.coverage.core.plan.Accumulators;
import dev.coverage.core.plan.Authorization;
import dev.coverage.core.plan.Plan;
import dev.coverage.core.plan.ServiceHistory;
import dev.coverage.core.reference.Citation;
import dev.coverage.core.reference.CoveragePolicy;
import dev.coverage.core.reference.ReferenceTables;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One check of one claim: the inputs, the state of each line, and the findings so far. Created per
 * {@link PlanCheck#assess()} call and never shared, so the checker itself holds no mutable state.
 */
final class Evaluation {
  private static final Comparator<Finding> ORDER =
      Comparator.<Finding>comparingInt(f -> f.lines().get(0))
          .thenComparing(Finding::category)
          .thenComparing(Finding::ruleId)
          .thenComparing(f -> f.lines().toString())
          .thenComparing(Finding::message);

  final ReferenceTables reference;
  final Claim claim;
  final Plan plan;
  final @Nullable List<Authorization> authorizations;
  final @Nullable ServiceHistory history;
  final Accumulators accumulators;
  final String policySet;
  final LineAssessment[] lines;

  private @Nullable List<Finding> findings;

  Evaluation(
      CoverageChecker checker,
      Claim claim,
      Plan plan,
      @Nullable List<Authorization> authorizations,
      @Nullable ServiceHistory history,
      Accumulators accumulators,
      ClinicalFacts documentation,
      ImmutableMap<Integer, ClinicalFacts> lineDocumentation) {
    this.reference = checker.reference();
    this.claim = claim;
    this.plan = plan;
    this.authorizations = authorizations;
    this.history = history;
    this.accumulators = accumulators;
    this.policySet = checker.policySetFor(plan);
    List<ClaimLine> claimLines = claim.lines();
    this.lines = new LineAssessment[claimLines.size()];
    for (int i = 0; i < lines.length; i++) {
      ClaimLine line = claimLines.get(i);
      LocalDate date = claim.dateOfService(line);
      ClinicalFacts own = lineDocumentation.get(i + 1);
      lines[i] =
          new LineAssessment(
              i + 1,
              line,
              date,
              reference.procedures().find(line.procedure(), date).orElse(null),
              reference.policies().forProcedure(policySet, line.procedure()),
              own == null ? documentation : own.orElse(documentation));
    }
  }

  Assessment run() {
    CodeRules.apply(this);
    CoverageRules.apply(this);
    SettingRules.apply(this);
    HistoryRules.apply(this);
    AuthorizationRules.apply(this);
    EditRules.apply(this);
    ModifierRules.apply(this);
    FilingRules.apply(this);
    return assessment();
  }

  boolean isMedicare() {
    return plan.productType().isMedicare();
  }

  /** Records a finding on one line. */
  void report(
      Rule kind,
      LineAssessment line,
      String message,
      String fix,
      Citation source,
      @Nullable CoveragePolicy policy) {
    report(kind, ImmutableIntArray.of(line.number), message, fix, source, policy);
  }

  /** Records a finding on several lines (numbers from 1, ascending). */
  void report(
      Rule kind,
      ImmutableIntArray lineNumbers,
      String message,
      String fix,
      Citation source,
      @Nullable CoveragePolicy policy) {
    Finding f =
        new Finding(
            kind.ruleId,
            kind.category,
            lineNumbers,
            kind.severity,
            adjustmentFor(kind, policy),
            message,
            fix,
            source,
            policy == null ? null : policy.id());
    if (findings == null) {
      findings = new ArrayList<>(8);
    }
    findings.add(f);
    for (int i = 0; i < lineNumbers.length(); i++) {
      LineAssessment line = lines[lineNumbers.get(i) - 1];
      if (kind.severity == Severity.DENIAL_LIKELY) {
        line.denialLikely = true;
        if (kind.category.meansNotCovered()) {
          line.notCovered = true;
          line.serviceNotCovered |= kind.category != FindingCategory.OUT_OF_NETWORK;
        }
      } else if (kind.severity == Severity.REVIEW) {
        line.review = true;
      }
    }
  }

  private PredictedAdjustment adjustmentFor(Rule kind, @Nullable CoveragePolicy policy) {
    PredictedAdjustment planOverride = plan.denialCodeOverrides().get(kind.category);
    if (planOverride != null) {
      return planOverride;
    }
    if (policy != null) {
      PredictedAdjustment own = policy.denialCodes().get(kind.category);
      if (own != null) {
        return own;
      }
    }
    Optional<PredictedAdjustment> mapped = reference.denialCodes().forRule(kind.ruleId);
    return mapped.isPresent() ? mapped.get() : kind.adjustment;
  }

  private Assessment assessment() {
    Verdict claimVerdict = Verdict.CLEAN;
    for (LineAssessment line : lines) {
      line.finish();
      claimVerdict = claimVerdict.worse(line.verdict());
    }
    ImmutableList<Finding> ordered =
        findings == null ? ImmutableList.of() : ImmutableList.sortedCopyOf(ORDER, findings);
    return new Assessment(
        claim,
        plan,
        accumulators,
        reference.fees(),
        claimVerdict,
        Collections.unmodifiableList(Arrays.asList(lines)),
        ordered,
        reference.version());
  }
}

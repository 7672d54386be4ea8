package dev.coverage.examples.hook;

import static java.util.Objects.requireNonNull;

import dev.coverage.codes.ReferenceData;
import dev.coverage.core.check.Assessment;
import dev.coverage.core.check.CheckRequest;
import dev.coverage.core.check.CoverageChecker;
import dev.coverage.core.check.Finding;
import dev.coverage.core.check.LineAssessment;
import dev.coverage.core.check.MissingInformation;
import dev.coverage.core.check.Severity;
import dev.coverage.core.check.Verdict;
import dev.coverage.core.plan.Plan;
import java.util.ArrayList;
import java.util.List;

/**
 * How a claim scrubber wires the checker into its pre-submission pipeline: one hook, built once
 * with one shared {@link CoverageChecker}, called for each claim from as many threads as the
 * pipeline runs, answering {@link Action#ACCEPT} or {@link Action#HOLD} with messages a biller can
 * act on.
 *
 * <pre>{@code
 * PreSubmissionHook hook = PreSubmissionHook.withBundledData(Verdict.LIKELY_DENIED); // at startup
 *
 * // on any pipeline thread, per claim:
 * PreSubmissionHook.Decision d = hook.review(request, plan);
 * if (d.action() == PreSubmissionHook.Action.HOLD) {
 *   workQueue.hold(d.claimId(), d.messages());
 * } else {
 *   clearinghouse.submit(claim);
 * }
 * }</pre>
 *
 * <p>The hook holds no mutable state, so it is thread-safe: the checker is immutable and does no
 * I/O while checking (all reference data is loaded when it is built), and each decision is a new
 * value. Messages carry codes, amounts and dates, never patient data, so they may go to logs and
 * work queues.
 */
public final class PreSubmissionHook {
  /** What the pipeline does with a claim. */
  public enum Action {
    /** Submit it. */
    ACCEPT,
    /** Hold it for a biller: the messages say why and what to do. */
    HOLD
  }

  /**
   * The hook's answer for one claim.
   *
   * @param claimId the claim's id, as given
   * @param action accept or hold
   * @param verdict the checker's verdict for the claim
   * @param messages one per finding that threatens payment (likely denial or review), then one per
   *     piece of missing information, each with what to do; empty for a clean claim
   */
  public record Decision(String claimId, Action action, Verdict verdict, List<String> messages) {
    /** Copies the messages. */
    public Decision {
      requireNonNull(claimId, "claimId");
      requireNonNull(action, "action");
      requireNonNull(verdict, "verdict");
      messages = List.copyOf(messages);
    }
  }

  private final CoverageChecker checker;
  private final Verdict holdAt;

  /**
   * A hook over a checker.
   *
   * @param checker the checker, shared by every thread
   * @param holdAt the verdict from which claims are held: {@link Verdict#LIKELY_DENIED} holds only
   *     likely denials, {@link Verdict#AT_RISK} also what needs review or information
   */
  public PreSubmissionHook(CoverageChecker checker, Verdict holdAt) {
    this.checker = requireNonNull(checker, "checker");
    this.holdAt = requireNonNull(holdAt, "holdAt");
  }

  /**
   * A hook over the bundled reference data: loads it and builds the checker, once.
   *
   * @param holdAt the verdict from which claims are held
   * @return the hook
   */
  public static PreSubmissionHook withBundledData(Verdict holdAt) {
    return new PreSubmissionHook(CoverageChecker.using(ReferenceData.bundled()), holdAt);
  }

  /**
   * Checks a claim and decides. Safe to call from any number of threads at once.
   *
   * @param request the claim with what the practice knows
   * @param plan the patient's plan
   * @return the decision
   */
  public Decision review(CheckRequest request, Plan plan) {
    Assessment a = checker.check(request).under(plan).assess();
    Action action = a.verdict().compareTo(holdAt) >= 0 ? Action.HOLD : Action.ACCEPT;
    return new Decision(a.claimId(), action, a.verdict(), messages(a));
  }

  private static List<String> messages(Assessment a) {
    List<String> out = new ArrayList<>();
    for (Finding f : a.findings()) {
      if (f.severity() == Severity.INFO) {
        continue;
      }
      out.add(
          lines(f)
              + ": "
              + f.predictedAdjustment()
              + " predicted ("
              + f.ruleId()
              + "). "
              + f.message()
              + " Fix: "
              + f.fix());
    }
    for (LineAssessment l : a.lines()) {
      for (MissingInformation m : l.missingInformation()) {
        out.add(
            "line " + l.number() + ": missing " + m.description() + " (fill " + m.field() + ").");
      }
    }
    return out;
  }

  private static String lines(Finding f) {
    int[] lines = f.lines().toArray();
    StringBuilder s = new StringBuilder(lines.length == 1 ? "line " : "lines ");
    for (int i = 0; i < lines.length; i++) {
      s.append(i == 0 ? "" : ",").append(lines[i]);
    }
    return s.toString();
  }
}

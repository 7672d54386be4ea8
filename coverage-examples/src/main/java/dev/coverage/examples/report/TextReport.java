package dev.coverage.examples.report;

import static java.util.Objects.requireNonNull;

import dev.coverage.core.ValidationException;
import dev.coverage.core.check.Assessment;
import dev.coverage.core.check.AuthorizationStatus;
import dev.coverage.core.check.Finding;
import dev.coverage.core.check.LineAssessment;
import dev.coverage.core.check.MissingInformation;
import dev.coverage.core.check.Verdict;
import dev.coverage.core.code.Money;
import dev.coverage.core.cost.Estimate;
import dev.coverage.core.cost.Tier;
import dev.coverage.core.denial.PredictedAdjustment;
import dev.coverage.core.plan.Plan;
import dev.coverage.core.reference.Citation;
import dev.coverage.core.reference.ProcedureInfo;
import dev.coverage.core.reference.ReferenceTables;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Renders assessments as a plain-text report for a person at a billing desk: one block per claim
 * (its verdict, each line's coverage, prior authorization and missing information, every finding
 * with its predicted adjustment, cause, source and fix, and the patient estimate), then a summary.
 *
 * <p>The output depends only on its inputs (no clock, no locale, no line separator of the
 * platform): lines end in {@code \n} and are at most {@value #WIDTH} characters. It names codes,
 * amounts, dates of service and the plan, never the patient. A report is immutable and may be
 * shared between threads; each call writes to its own {@link Appendable}.
 *
 * <pre>{@code
 * TextReport report = TextReport.using(ReferenceData.bundled());
 * StringBuilder out = new StringBuilder();
 * report.render("Botox for chronic migraine", plan, checker.check(request).under(plan).assess(), out);
 * }</pre>
 */
public final class TextReport {
  /** The widest line written. */
  public static final int WIDTH = 100;

  /** Where a finding's labelled rows start their text. */
  private static final String FINDING_TEXT_INDENT = "    " + " ".repeat(10);

  private final ReferenceTables reference;

  private TextReport(ReferenceTables reference) {
    this.reference = reference;
  }

  /**
   * A report that labels codes from reference data: procedure labels and the wording of adjustment
   * codes. Use the tables the assessments were checked against.
   *
   * @param reference the reference tables, such as {@code ReferenceData.bundled()}
   * @return the report
   */
  public static TextReport using(ReferenceTables reference) {
    return new TextReport(requireNonNull(reference, "reference"));
  }

  /**
   * Writes one claim's block.
   *
   * @param title what the claim is, in a few words, such as {@code 06 Botox for chronic migraine};
   *     it must carry no patient data
   * @param plan the plan the claim was checked under
   * @param assessment the assessment
   * @param out where to write
   * @throws IOException when {@code out} fails
   */
  public void render(String title, Plan plan, Assessment assessment, Appendable out)
      throws IOException {
    requireNonNull(title, "title");
    requireNonNull(plan, "plan");
    requireNonNull(assessment, "assessment");
    requireNonNull(out, "out");
    rule(out, title);
    line(
        out,
        "claim "
            + assessment.claimId()
            + "   plan "
            + plan.id()
            + " ("
            + words(plan.productType().name())
            + ")   verdict "
            + assessment.verdict());
    out.append('\n');
    lines(assessment, out);
    findings(assessment, out);
    estimate(assessment.estimate(), out);
    out.append('\n');
  }

  /**
   * Writes the block of an input that is not a valid claim and was not checked.
   *
   * @param title where the input came from, such as {@code line 7}
   * @param problem the field, the rule broken and where
   * @param out where to write
   * @throws IOException when {@code out} fails
   */
  public void renderRejected(String title, ValidationException problem, Appendable out)
      throws IOException {
    requireNonNull(title, "title");
    requireNonNull(problem, "problem");
    requireNonNull(out, "out");
    rule(out, title);
    line(out, "REJECTED: not a valid claim, not checked");
    line(
        out,
        "  "
            + problem.field()
            + " "
            + problem.rule()
            + problem.location().map(l -> " (" + l + ")").orElse(""));
    out.append('\n');
  }

  /**
   * Writes the summary: how many claims, and how many of each verdict (and rejected, when any).
   *
   * @param tally the counts
   * @param out where to write
   * @throws IOException when {@code out} fails
   */
  public void renderSummary(Tally tally, Appendable out) throws IOException {
    requireNonNull(tally, "tally");
    requireNonNull(out, "out");
    rule(out, "Summary");
    int total = tally.total();
    StringBuilder s = new StringBuilder();
    s.append(total).append(total == 1 ? " claim: " : " claims: ");
    s.append(tally.count(Verdict.CLEAN)).append(" clean, ");
    s.append(tally.count(Verdict.AT_RISK)).append(" at risk, ");
    s.append(tally.count(Verdict.LIKELY_DENIED)).append(" likely denied");
    if (tally.rejected() > 0) {
      s.append(", ").append(tally.rejected()).append(" rejected as invalid");
    }
    line(out, s.toString());
    line(out, "Adjustment codes are predictions from public policies, not payer decisions.");
  }

  /**
   * Writes a paragraph, word-wrapped to the width with continuation lines indented by two spaces,
   * such as an introduction before the claims.
   *
   * @param text the text, with no patient data
   * @param out where to write
   * @throws IOException when {@code out} fails
   */
  public void renderParagraph(String text, Appendable out) throws IOException {
    requireNonNull(text, "text");
    requireNonNull(out, "out");
    wrap(out, text, "  ");
  }

  // ------------------------------------------------------------------------------------- lines

  private void lines(Assessment a, Appendable out) throws IOException {
    line(out, "Lines");
    for (LineAssessment l : a.lines()) {
      String label =
          reference
              .procedures()
              .find(l.procedure(), l.dateOfService())
              .map(ProcedureInfo::label)
              .orElse("(not in the reference data)");
      String head =
          String.format(
              Locale.ROOT,
              "  %-2d %-6s %s  %s",
              l.number(),
              l.procedure(),
              l.dateOfService(),
              label);
      wrap(out, head, "                         ");
      String authorization =
          l.authorization() == AuthorizationStatus.SATISFIED && l.authorizationNumber().isPresent()
              ? "SATISFIED by " + l.authorizationNumber().get()
              : l.authorization().name();
      line(
          out,
          String.format(
              Locale.ROOT,
              "     verdict %-13s  coverage %-11s  prior auth %s",
              l.verdict(),
              l.coverage(),
              authorization));
      for (MissingInformation m : l.missingInformation()) {
        wrap(out, "     missing " + m.field() + ": " + m.description(), "             ");
      }
    }
    out.append('\n');
  }

  // ---------------------------------------------------------------------------------- findings

  private void findings(Assessment a, Appendable out) throws IOException {
    if (a.findings().isEmpty()) {
      line(out, "Findings: none");
      out.append('\n');
      return;
    }
    line(out, "Findings");
    // A claim's findings often rest on one policy: its citation is written once.
    Set<String> cited = new HashSet<>();
    for (Finding f : a.findings()) {
      PredictedAdjustment adj = f.predictedAdjustment();
      line(
          out,
          String.format(
              Locale.ROOT,
              "  %-13s  %-10s  %s  %s",
              f.severity(),
              adj,
              f.ruleId(),
              lineNumbers(f)));
      labelled(out, "predicted", meaning(adj));
      labelled(out, "cause", f.message());
      String source = source(f);
      labelled(out, "source", cited.add(source) ? source : "(as above)");
      labelled(out, "fix", f.fix());
    }
    out.append('\n');
  }

  private static String lineNumbers(Finding f) {
    int[] lines = f.lines().toArray();
    StringBuilder s = new StringBuilder(lines.length == 1 ? "line " : "lines ");
    for (int i = 0; i < lines.length; i++) {
      s.append(i == 0 ? "" : ", ").append(lines[i]);
    }
    return s.toString();
  }

  /** Such as {@code PR-96: Not covered; a remark code says why; N425: Excluded by law}. */
  private String meaning(PredictedAdjustment adj) {
    StringBuilder s = new StringBuilder();
    s.append(adj.group())
        .append(' ')
        .append(groupWords(adj))
        .append(", CARC ")
        .append(adj.reason().value());
    reference.denialCodes().describe(adj.reason()).ifPresent(w -> s.append(": ").append(w));
    if (adj.remark().isPresent()) {
      s.append("; RARC ").append(adj.remark().get().value());
      reference.denialCodes().describe(adj.remark().get()).ifPresent(w -> s.append(": ").append(w));
    }
    return s.toString();
  }

  private static String groupWords(PredictedAdjustment adj) {
    switch (adj.group()) {
      case CO:
        return "(practice writes off)";
      case PR:
        return "(patient owes)";
      default:
        return "(other adjustment)";
    }
  }

  private static String source(Finding f) {
    Citation c = f.source();
    StringBuilder s = new StringBuilder(c.title());
    if (c.secondary()) {
      s.append(" [secondary source]");
    }
    c.url().ifPresent(u -> s.append(' ').append(u));
    f.policyId().ifPresent(p -> s.append(" (policy ").append(p).append(')'));
    return s.toString();
  }

  private static void labelled(Appendable out, String label, String text) throws IOException {
    wrap(out, "    " + String.format(Locale.ROOT, "%-10s", label) + text, FINDING_TEXT_INDENT);
  }

  // ---------------------------------------------------------------------------------- estimate

  private static void estimate(Estimate e, Appendable out) throws IOException {
    line(out, "Estimate, " + tierWords(e.tier()));
    line(
        out,
        "  charge "
            + dollars(e.charge())
            + "   allowed "
            + dollars(e.allowed())
            + "   plan pays "
            + dollars(e.planPays())
            + "   patient owes "
            + dollars(e.patientOwes()));
    if (e.costShare().isPositive() || !e.selfPayTotal().isPositive()) {
      List<String> parts = new ArrayList<>();
      parts.add("copay " + dollars(e.copay()));
      parts.add("deductible " + dollars(e.deductible()));
      parts.add("coinsurance " + dollars(e.coinsurance()));
      if (e.capReduction().isPositive()) {
        parts.add("less out-of-pocket cap " + dollars(e.capReduction()));
      }
      line(out, "  cost share " + dollars(e.costShare()) + " = " + String.join(" + ", parts));
    }
    if (e.selfPayTotal().isPositive()) {
      line(
          out, "  self-pay (not covered; give a good-faith estimate) " + dollars(e.selfPayTotal()));
    }
    if (e.balanceBill().isPositive()) {
      line(
          out,
          "  balance bill (out of network, above the allowed amount) "
              + dollars(e.balanceBill())
              + "   patient total "
              + dollars(e.patientTotal()));
    }
  }

  private static String tierWords(Tier tier) {
    switch (tier) {
      case IN_NETWORK:
        return "in network";
      case ASSUMED_IN_NETWORK:
        return "network status unknown, estimated as in network";
      case OUT_OF_NETWORK:
        return "out-of-network benefit";
      default:
        return "out of network and not covered: self-pay";
    }
  }

  /** Such as {@code $1,162.50}. */
  static String dollars(Money m) {
    String plain = m.toString();
    boolean negative = plain.startsWith("-");
    String digits = negative ? plain.substring(1) : plain;
    int dot = digits.indexOf('.');
    StringBuilder whole = new StringBuilder(digits.substring(0, dot));
    for (int i = whole.length() - 3; i > 0; i -= 3) {
      whole.insert(i, ',');
    }
    return (negative ? "-$" : "$") + whole + digits.substring(dot);
  }

  // ------------------------------------------------------------------------------------ layout

  private static String words(String enumName) {
    return enumName.replace('_', ' ');
  }

  /** A heading: {@code == title ====...} to the full width. */
  private static void rule(Appendable out, String title) throws IOException {
    String head = "== " + title + " ";
    if (head.length() > WIDTH - 2) {
      head = head.substring(0, WIDTH - 5) + "... ";
    }
    line(out, head + "=".repeat(WIDTH - head.length()));
  }

  private static void line(Appendable out, String text) throws IOException {
    if (text.length() > WIDTH) {
      wrap(out, text, "  ");
      return;
    }
    out.append(text).append('\n');
  }

  /**
   * Writes text word-wrapped to the width; continuation lines start with the indent. A word longer
   * than a line (a long URL) is cut.
   */
  private static void wrap(Appendable out, String text, String indent) throws IOException {
    String rest = text;
    boolean first = true;
    while (true) {
      String prefix = first ? "" : indent;
      int room = WIDTH - prefix.length();
      if (rest.length() <= room) {
        out.append(prefix).append(rest).append('\n');
        return;
      }
      int cut = rest.lastIndexOf(' ', room);
      if (cut <= (first ? indent.length() : 0)) {
        cut = room;
      }
      out.append(prefix).append(stripTrailing(rest.substring(0, cut))).append('\n');
      rest = rest.substring(cut).stripLeading();
      first = false;
      if (rest.isEmpty()) {
        return;
      }
    }
  }

  private static String stripTrailing(String s) {
    return s.stripTrailing();
  }
}

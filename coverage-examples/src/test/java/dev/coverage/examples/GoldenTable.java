package dev.coverage.examples;

import dev.coverage.core.check.Assessment;
import dev.coverage.core.check.CoverageChecker;
import dev.coverage.core.check.Finding;
import dev.coverage.core.check.LineAssessment;
import dev.coverage.core.check.MissingInformation;
import java.util.List;
import java.util.StringJoiner;

/**
 * The golden table of outcomes: one row per scenario with the claim verdict, each line's coverage,
 * prior authorization and verdict (with what it is missing), and every finding as rule id,
 * predicted adjustment and lines. A rule or data change shows as the rows it changes.
 */
final class GoldenTable {
  static final String HEADER =
      "# Outcomes of the demo's examples and the extra scenarios, one row per claim. Columns:\n"
          + "# scenario, claim verdict, lines (number:code coverage/prior auth/verdict"
          + " [missing information]),\n"
          + "# findings (rule id predicted-adjustment @lines). Rewritten by -Dgolden.update=true.\n"
          + "scenario\tverdict\tlines\tfindings\n";

  private GoldenTable() {}

  static String of(List<Example> examples, CoverageChecker checker) {
    StringBuilder s = new StringBuilder(HEADER);
    for (Example e : examples) {
      s.append(row(e.id(), e.check(checker))).append('\n');
    }
    return s.toString();
  }

  static String row(String id, Assessment a) {
    StringJoiner lines = new StringJoiner("; ");
    for (LineAssessment l : a.lines()) {
      StringBuilder cell =
          new StringBuilder()
              .append(l.number())
              .append(':')
              .append(l.procedure())
              .append(' ')
              .append(l.coverage())
              .append('/')
              .append(l.authorization())
              .append('/')
              .append(l.verdict());
      if (!l.missingInformation().isEmpty()) {
        StringJoiner missing = new StringJoiner(",", " [", "]");
        for (MissingInformation m : l.missingInformation()) {
          missing.add(m.field());
        }
        cell.append(missing);
      }
      lines.add(cell);
    }
    StringJoiner findings = new StringJoiner("; ");
    for (Finding f : a.findings()) {
      StringJoiner at = new StringJoiner(",", " @", "");
      for (int line : f.lines().toArray()) {
        at.add(Integer.toString(line));
      }
      findings.add(f.ruleId() + " " + f.predictedAdjustment() + at);
    }
    return id
        + '\t'
        + a.verdict()
        + '\t'
        + lines
        + '\t'
        + (a.findings().isEmpty() ? "-" : findings.toString());
  }
}

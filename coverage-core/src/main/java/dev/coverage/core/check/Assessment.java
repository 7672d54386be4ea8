package dev.coverage.core.check;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;

/**
 * The outcome of checking one claim: the claim's verdict, each line's coverage, authorization and
 * verdict, and every finding, in a defined order (by first line, then category, then rule id).
 *
 * <p>The same inputs give an equal assessment, whatever the thread.
 */
public final class Assessment {
  private final String claimId;
  private final Verdict verdict;
  private final ImmutableList<LineAssessment> lines;
  private final ImmutableList<Finding> findings;
  private final String referenceVersion;

  Assessment(
      String claimId,
      Verdict verdict,
      ImmutableList<LineAssessment> lines,
      ImmutableList<Finding> findings,
      String referenceVersion) {
    this.claimId = claimId;
    this.verdict = verdict;
    this.lines = lines;
    this.findings = findings;
    this.referenceVersion = referenceVersion;
  }

  /** The claim's id, as given. */
  public String claimId() {
    return claimId;
  }

  /** The claim's verdict: the worst of its lines' verdicts. */
  public Verdict verdict() {
    return verdict;
  }

  /** One assessment per claim line, in line order. */
  public List<LineAssessment> lines() {
    return lines;
  }

  /**
   * The assessment of a line.
   *
   * @param number the line number, from 1
   * @return the line's assessment
   * @throws IndexOutOfBoundsException when the claim has no such line
   */
  public LineAssessment line(int number) {
    return lines.get(number - 1);
  }

  /** Every finding, ordered by first line, then category, then rule id. */
  public List<Finding> findings() {
    return findings;
  }

  /**
   * The findings that concern a line.
   *
   * @param number the line number, from 1
   * @return those findings, in order
   */
  public List<Finding> findingsFor(int number) {
    List<Finding> out = new ArrayList<>();
    for (Finding f : findings) {
      if (f.concerns(number)) {
        out.add(f);
      }
    }
    return out;
  }

  /** The version of the reference data the claim was checked against. */
  public String referenceVersion() {
    return referenceVersion;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Assessment)) {
      return false;
    }
    Assessment a = (Assessment) o;
    return claimId.equals(a.claimId)
        && verdict == a.verdict
        && lines.equals(a.lines)
        && findings.equals(a.findings)
        && referenceVersion.equals(a.referenceVersion);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(claimId, verdict, lines, findings);
  }

  /** A short summary: verdict, lines and finding count. */
  @Override
  public String toString() {
    return "Assessment{"
        + verdict
        + ", "
        + lines.size()
        + " lines, "
        + findings.size()
        + " findings}";
  }
}

package dev.coverage.core.check;

import com.google.common.collect.ImmutableList;
import dev.coverage.core.claim.Claim;
import dev.coverage.core.claim.FacilityKind;
import dev.coverage.core.claim.Intent;
import dev.coverage.core.cost.CostEstimator;
import dev.coverage.core.cost.Estimate;
import dev.coverage.core.cost.LineBenefit;
import dev.coverage.core.plan.Accumulators;
import dev.coverage.core.plan.Plan;
import dev.coverage.core.plan.ServiceClass;
import dev.coverage.core.reference.ProcedureKind;
import dev.coverage.core.reference.ReferenceFees;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of checking one claim: the claim's verdict, each line's coverage, authorization and
 * verdict, every finding in a defined order (by first line, then category, then rule id), and the
 * patient's cost-share {@linkplain #estimate() estimate}.
 *
 * <p>The same inputs give an equal assessment, whatever the thread.
 */
public final class Assessment {
  private final String claimId;
  private final Verdict verdict;
  private final List<LineAssessment> lines;
  private final ImmutableList<Finding> findings;
  private final String referenceVersion;

  // What the estimate needs; it is computed on first use, so a hook that reads only the verdict
  // does not pay for it.
  private final Claim claim;
  private final Plan plan;
  private final Accumulators accumulators;
  private final ReferenceFees fees;
  private volatile @Nullable Estimate estimate;

  Assessment(
      Claim claim,
      Plan plan,
      Accumulators accumulators,
      ReferenceFees fees,
      Verdict verdict,
      List<LineAssessment> lines,
      ImmutableList<Finding> findings,
      String referenceVersion) {
    this.claimId = claim.claimId();
    this.claim = claim;
    this.plan = plan;
    this.accumulators = accumulators;
    this.fees = fees;
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

  /**
   * What the patient will likely owe, line by line: lines that are not covered are self-pay in
   * full, the others go through the plan's copay, deductible, coinsurance and out-of-pocket maximum
   * in line order (conditional lines are estimated as covered). Computed on first call and kept;
   * safe from any thread.
   */
  public Estimate estimate() {
    Estimate e = estimate;
    if (e == null) {
      List<LineBenefit> benefits = new ArrayList<>(lines.size());
      for (LineAssessment line : lines) {
        benefits.add(benefit(line));
      }
      e = CostEstimator.using(fees).estimate(claim, plan, accumulators, benefits);
      estimate = e;
    }
    return e;
  }

  private LineBenefit benefit(LineAssessment line) {
    return LineBenefit.of(
        serviceClass(line),
        line.coverage() != Coverage.NOT_COVERED,
        line.cosmetic,
        line.cosmetic && line.facts.intent().orElse(null) == Intent.RECONSTRUCTIVE);
  }

  /**
   * The class of service a plan's copays go by: visits by provider, drugs, and procedures by place.
   */
  private ServiceClass serviceClass(LineAssessment line) {
    ProcedureKind kind = line.info == null ? ProcedureKind.PROCEDURE : line.info.kind();
    switch (kind) {
      case VISIT:
        return claim.provider().specialty().isPrimaryCare()
            ? ServiceClass.PRIMARY_CARE_VISIT
            : ServiceClass.SPECIALIST_VISIT;
      case DRUG:
        return ServiceClass.SPECIALTY_DRUG;
      default:
        FacilityKind f = claim.facility();
        return f == FacilityKind.HOSPITAL_OUTPATIENT || f == FacilityKind.AMBULATORY_SURGERY_CENTER
            ? ServiceClass.OUTPATIENT_PROCEDURE
            : ServiceClass.OFFICE_PROCEDURE;
    }
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

package dev.coverage.core.check;

import com.google.common.collect.ImmutableList;
import dev.coverage.core.claim.ClaimLine;
import dev.coverage.core.claim.ClinicalFacts;
import dev.coverage.core.code.ProcedureCode;
import dev.coverage.core.plan.Authorization;
import dev.coverage.core.reference.CoveragePolicy;
import dev.coverage.core.reference.ProcedureInfo;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What the checker concluded for one line: whether the service is covered, whether prior
 * authorization is needed or satisfied, the line's verdict, and what information would decide a
 * conditional answer.
 *
 * <p>Immutable once its assessment is returned. During the check the same object carries the rules'
 * working state for the line (package-private fields), so that checking a claim allocates one
 * object per line; it is published to other threads through the assessment's final fields.
 */
public final class LineAssessment {
  // What the line is, fixed when the check starts.
  final int number;
  final ClaimLine line;
  final ProcedureCode code;
  final LocalDate date;
  final @Nullable ProcedureInfo info;

  /** The plan's policy set's policies for the code, all dates; see {@link #inForce}. */
  final List<CoveragePolicy> policies;

  final ClinicalFacts facts;

  // Working state, written by the rules in order.
  @Nullable CoveragePolicy policy;
  boolean authorizationRequired;
  boolean excluded;
  boolean cosmetic;
  boolean necessityAtRisk;

  /** Not covered, whatever the reason. */
  boolean notCovered;

  /**
   * Not covered for a reason other than the network: rules about how the service is billed
   * (authorization, frequency, drug modifiers) are moot for it. A network denial does not set this,
   * so that moving the provider in network reveals nothing new.
   */
  boolean serviceNotCovered;

  boolean denialLikely;
  boolean review;
  @Nullable List<MissingInformation> needed;
  AuthorizationStatus authorization = AuthorizationStatus.NOT_REQUIRED;
  @Nullable Authorization matchedAuthorization;

  // The conclusions, set by finish().
  private Coverage coverage = Coverage.COVERED;
  private Verdict verdict = Verdict.CLEAN;
  private ImmutableList<MissingInformation> missing = ImmutableList.of();

  LineAssessment(
      int number,
      ClaimLine line,
      LocalDate date,
      @Nullable ProcedureInfo info,
      List<CoveragePolicy> policies,
      ClinicalFacts facts) {
    this.number = number;
    this.line = line;
    this.code = line.procedure();
    this.date = date;
    this.info = info;
    this.policies = policies;
    this.facts = facts;
  }

  boolean inForce(CoveragePolicy p) {
    return p.effective().contains(date);
  }

  boolean hasPolicyInForce() {
    for (int i = 0; i < policies.size(); i++) {
      if (inForce(policies.get(i))) {
        return true;
      }
    }
    return false;
  }

  void need(MissingInformation info) {
    if (needed == null) {
      needed = new ArrayList<>(4);
    }
    if (!needed.contains(info)) {
      needed.add(info);
    }
  }

  /** Settles coverage, authorization and verdict from what the rules recorded. */
  void finish() {
    boolean coverageUnknown = false;
    if (needed != null) {
      for (int i = 0; i < needed.size(); i++) {
        coverageUnknown |= needed.get(i) != MissingInformation.AUTHORIZATIONS;
      }
    }
    coverage =
        notCovered
            ? Coverage.NOT_COVERED
            : coverageUnknown ? Coverage.CONDITIONAL : Coverage.COVERED;
    if (coverage == Coverage.NOT_COVERED) {
      authorization = AuthorizationStatus.NOT_REQUIRED;
    }
    verdict =
        denialLikely
            ? Verdict.LIKELY_DENIED
            : review
                    || coverage == Coverage.CONDITIONAL
                    || authorization == AuthorizationStatus.CONDITIONAL
                ? Verdict.AT_RISK
                : Verdict.CLEAN;
    missing =
        needed == null || coverage == Coverage.NOT_COVERED
            ? ImmutableList.of()
            : ImmutableList.sortedCopyOf(needed);
  }

  /** The line's number on the claim, from 1. */
  public int number() {
    return number;
  }

  /** The line's procedure code. */
  public ProcedureCode procedure() {
    return code;
  }

  /** The date of service the line was judged on. */
  public LocalDate dateOfService() {
    return date;
  }

  /** Whether the service is covered as billed. */
  public Coverage coverage() {
    return coverage;
  }

  /** Prior authorization for the line. */
  public AuthorizationStatus authorization() {
    return authorization;
  }

  /** The number of the authorization on file that satisfies the line, to report on the claim. */
  public Optional<String> authorizationNumber() {
    return authorization == AuthorizationStatus.SATISFIED && matchedAuthorization != null
        ? Optional.of(matchedAuthorization.number())
        : Optional.empty();
  }

  /** The line's verdict: the worst its findings, coverage and authorization make it. */
  public Verdict verdict() {
    return verdict;
  }

  /** What would decide a conditional coverage or authorization, in a stable order. */
  public List<MissingInformation> missingInformation() {
    return missing;
  }

  /** The coverage policy that decided the line, when one applies. */
  public Optional<String> policyId() {
    return policy == null ? Optional.empty() : Optional.of(policy.id());
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof LineAssessment)) {
      return false;
    }
    LineAssessment l = (LineAssessment) o;
    return number == l.number
        && code.equals(l.code)
        && date.equals(l.date)
        && coverage == l.coverage
        && authorization == l.authorization
        && authorizationNumber().equals(l.authorizationNumber())
        && verdict == l.verdict
        && missing.equals(l.missing)
        && policyId().equals(l.policyId());
  }

  @Override
  public int hashCode() {
    return Objects.hash(number, code, coverage, authorization, verdict);
  }

  /** Such as {@code line 1 64615 COVERED auth SATISFIED CLEAN}. */
  @Override
  public String toString() {
    return "line "
        + number
        + " "
        + code
        + " "
        + coverage
        + " auth "
        + authorization
        + " "
        + verdict
        + (missing.isEmpty() ? "" : " missing " + missing);
  }
}

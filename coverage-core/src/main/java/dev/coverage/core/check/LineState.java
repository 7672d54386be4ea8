package dev.coverage.core.check;

import dev.coverage.core.claim.ClaimLine;
import dev.coverage.core.claim.ClinicalFacts;
import dev.coverage.core.code.ProcedureCode;
import dev.coverage.core.reference.CoveragePolicy;
import dev.coverage.core.reference.ProcedureInfo;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What one evaluation knows and has concluded about one line so far. Never shared. */
final class LineState {
  final int number;
  final ClaimLine line;
  final ProcedureCode code;
  final LocalDate date;
  final @Nullable ProcedureInfo info;

  /** The set's policies for the code, all dates; use {@link #inForce} to filter. */
  final List<CoveragePolicy> policies;

  final ClinicalFacts facts;

  /** The policy that decided coverage, when one did. */
  @Nullable CoveragePolicy policy;

  /** Whether the policy requires prior authorization for this line. */
  boolean authorizationRequired;

  /** Set when coverage was settled against the line before policies were read. */
  boolean excluded;

  /** Set when the line is excluded as cosmetic (for Medicare's GY suggestion). */
  boolean cosmetic;

  /** Set when medical necessity is unmet or undocumented (for Medicare's GA/GZ suggestion). */
  boolean necessityAtRisk;

  boolean notCovered;
  boolean denialLikely;
  boolean review;
  @Nullable List<MissingInformation> missing;

  AuthorizationStatus authorization = AuthorizationStatus.NOT_REQUIRED;
  @Nullable String authorizationNumber;

  LineState(
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
    if (missing == null) {
      missing = new ArrayList<>(4);
    }
    if (!missing.contains(info)) {
      missing.add(info);
    }
  }
}

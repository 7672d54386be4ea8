package dev.coverage.core.check;

import com.google.common.collect.ImmutableList;
import dev.coverage.core.code.ProcedureCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What the checker concluded for one line: whether the service is covered, whether prior
 * authorization is needed or satisfied, the line's verdict, and what information would decide a
 * conditional answer.
 */
public final class LineAssessment {
  private final int number;
  private final ProcedureCode procedure;
  private final LocalDate dateOfService;
  private final Coverage coverage;
  private final AuthorizationStatus authorization;
  private final @Nullable String authorizationNumber;
  private final Verdict verdict;
  private final ImmutableList<MissingInformation> missing;
  private final @Nullable String policyId;

  LineAssessment(
      int number,
      ProcedureCode procedure,
      LocalDate dateOfService,
      Coverage coverage,
      AuthorizationStatus authorization,
      @Nullable String authorizationNumber,
      Verdict verdict,
      ImmutableList<MissingInformation> missing,
      @Nullable String policyId) {
    this.number = number;
    this.procedure = procedure;
    this.dateOfService = dateOfService;
    this.coverage = coverage;
    this.authorization = authorization;
    this.authorizationNumber = authorizationNumber;
    this.verdict = verdict;
    this.missing = missing;
    this.policyId = policyId;
  }

  /** The line's number on the claim, from 1. */
  public int number() {
    return number;
  }

  /** The line's procedure code. */
  public ProcedureCode procedure() {
    return procedure;
  }

  /** The date of service the line was judged on. */
  public LocalDate dateOfService() {
    return dateOfService;
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
    return Optional.ofNullable(authorizationNumber);
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
    return Optional.ofNullable(policyId);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof LineAssessment)) {
      return false;
    }
    LineAssessment l = (LineAssessment) o;
    return number == l.number
        && procedure.equals(l.procedure)
        && dateOfService.equals(l.dateOfService)
        && coverage == l.coverage
        && authorization == l.authorization
        && java.util.Objects.equals(authorizationNumber, l.authorizationNumber)
        && verdict == l.verdict
        && missing.equals(l.missing)
        && java.util.Objects.equals(policyId, l.policyId);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(number, procedure, coverage, authorization, verdict);
  }

  /** Such as {@code line 1 64615 COVERED auth SATISFIED CLEAN}. */
  @Override
  public String toString() {
    return "line "
        + number
        + " "
        + procedure
        + " "
        + coverage
        + " auth "
        + authorization
        + " "
        + verdict
        + (missing.isEmpty() ? "" : " missing " + missing);
  }
}

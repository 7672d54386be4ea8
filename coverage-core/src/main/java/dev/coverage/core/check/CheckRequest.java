package dev.coverage.core.check;

import static dev.coverage.core.internal.Checks.require;

import dev.coverage.core.claim.Claim;
import dev.coverage.core.claim.ClinicalFacts;
import dev.coverage.core.plan.Accumulators;
import dev.coverage.core.plan.Authorization;
import dev.coverage.core.plan.ServiceHistory;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A claim with what the practice knows about it, as one value: the form a batch of claims takes
 * (one JSON object per line), checked with {@link CoverageChecker#check(CheckRequest)}.
 *
 * <p>As in the fluent chain, what is absent is unknown: no {@link #authorizations()} means the
 * authorizations on file are not known, an empty list means there are none.
 */
@Value.Immutable
public abstract class CheckRequest {
  CheckRequest() {}

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A request with the claim alone.
   *
   * @param claim the claim
   * @return the request
   */
  public static CheckRequest of(Claim claim) {
    return builder().claim(claim).build();
  }

  /** The claim. */
  public abstract Claim claim();

  /** The authorizations on file, when known. */
  public abstract Optional<List<Authorization>> authorizations();

  /** The patient's prior services, when known. */
  public abstract Optional<ServiceHistory> history();

  /** The deductible and out-of-pocket amounts met so far; none unless given. */
  @Value.Default
  public Accumulators accumulators() {
    return Accumulators.none();
  }

  /** The documentation for every line; none unless given. */
  @Value.Default
  public ClinicalFacts documentation() {
    return ClinicalFacts.none();
  }

  /** Documentation for single lines, by line number from 1, over {@link #documentation()}. */
  public abstract Map<Integer, ClinicalFacts> lineDocumentation();

  @Value.Check
  void check() {
    int lines = claim().lines().size();
    for (int line : lineDocumentation().keySet()) {
      if (line < 1 || line > lines) {
        // The field's name is built only when it is needed: this runs for every request.
        require(
            false,
            "lineDocumentation." + line,
            "line %s does not exist; the claim has %s",
            line,
            lines);
      }
    }
  }

  /** Builds a {@link CheckRequest}. */
  public static final class Builder extends ImmutableCheckRequest.Builder {}
}

package dev.coverage.examples.report;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import dev.coverage.core.check.Verdict;
import java.util.EnumMap;
import java.util.Map;

/**
 * Counts of claims by verdict, and of claims rejected as invalid before they could be checked, for
 * {@link TextReport#renderSummary}. Mutable and not thread-safe: one per report.
 */
public final class Tally {
  private final Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
  private int rejected;

  /** An empty tally. */
  public Tally() {}

  /**
   * Counts a checked claim.
   *
   * @param verdict its verdict
   * @return this tally
   */
  public Tally add(Verdict verdict) {
    return add(verdict, 1);
  }

  /**
   * Counts several checked claims with one verdict.
   *
   * @param verdict their verdict
   * @param claims how many, at least 0
   * @return this tally
   */
  public Tally add(Verdict verdict, int claims) {
    checkArgument(claims >= 0, "claims must not be negative, got %s", claims);
    counts.merge(requireNonNull(verdict, "verdict"), claims, Integer::sum);
    return this;
  }

  /**
   * Counts a claim rejected as invalid.
   *
   * @return this tally
   */
  public Tally addRejected() {
    return addRejected(1);
  }

  /**
   * Counts several claims rejected as invalid.
   *
   * @param claims how many, at least 0
   * @return this tally
   */
  public Tally addRejected(int claims) {
    checkArgument(claims >= 0, "claims must not be negative, got %s", claims);
    rejected += claims;
    return this;
  }

  /**
   * The claims checked with a verdict.
   *
   * @param verdict the verdict
   * @return how many
   */
  public int count(Verdict verdict) {
    return counts.getOrDefault(requireNonNull(verdict, "verdict"), 0);
  }

  /** The claims rejected as invalid. */
  public int rejected() {
    return rejected;
  }

  /** Every claim counted, rejected ones included. */
  public int total() {
    int total = rejected;
    for (int n : counts.values()) {
      total += n;
    }
    return total;
  }
}

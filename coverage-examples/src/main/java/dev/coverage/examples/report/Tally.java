package dev.coverage.examples.report;

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
    counts.merge(requireNonNull(verdict, "verdict"), 1, Integer::sum);
    return this;
  }

  /**
   * Counts a claim rejected as invalid.
   *
   * @return this tally
   */
  public Tally addRejected() {
    rejected++;
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

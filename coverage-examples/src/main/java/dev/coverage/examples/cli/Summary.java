package dev.coverage.examples.cli;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * How many claims of a batch ended in each {@link Outcome}. Blank input lines are not claims and
 * are not counted. Immutable.
 */
public final class Summary {
  private final long[] counts;

  Summary(long[] counts) {
    this.counts = counts.clone();
  }

  /** How many claims had this outcome. */
  public long count(Outcome outcome) {
    return counts[checkNotNull(outcome, "outcome").ordinal()];
  }

  /** How many non-blank input lines there were: every outcome together. */
  public long claims() {
    long total = 0;
    for (long c : counts) {
      total += c;
    }
    return total;
  }

  /** The worst outcome of any claim, or empty when there was none. */
  public Optional<Outcome> worst() {
    for (int i = counts.length - 1; i >= 0; i--) {
      if (counts[i] > 0) {
        return Optional.of(Outcome.values()[i]);
      }
    }
    return Optional.empty();
  }

  /** Every count by outcome, in declaration order. */
  public Map<Outcome, Long> counts() {
    Map<Outcome, Long> all = new EnumMap<>(Outcome.class);
    for (Outcome o : Outcome.values()) {
      all.put(o, counts[o.ordinal()]);
    }
    return all;
  }

  /** {@code 12 claims: 7 clean, 3 at risk, 1 likely denied, 1 rejected}. */
  @Override
  public String toString() {
    StringBuilder s =
        new StringBuilder().append(String.format("%,d", claims())).append(" claims: ");
    for (Outcome o : Outcome.values()) {
      if (o.ordinal() > 0) {
        s.append(", ");
      }
      s.append(String.format("%,d", counts[o.ordinal()])).append(' ').append(o.words());
    }
    return s.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Summary && java.util.Arrays.equals(counts, ((Summary) o).counts);
  }

  @Override
  public int hashCode() {
    return java.util.Arrays.hashCode(counts);
  }
}

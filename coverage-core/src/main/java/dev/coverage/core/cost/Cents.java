package dev.coverage.core.cost;

import dev.coverage.core.code.Money;

/**
 * Arithmetic on whole cents held in {@code long}s, so that the estimate allocates nothing while it
 * computes. The one rounding rule is {@link Money#times(dev.coverage.core.code.Percent)}'s,
 * repeated here without creating objects and without overflow for any product of a fee and units.
 */
final class Cents {
  private Cents() {}

  /**
   * A percentage of an amount, rounded once to the cent, half away from zero: the same result as
   * {@code Money.ofCents(cents).times(Percent.ofBasisPoints(basisPoints)).cents()}.
   *
   * @param cents the amount; any {@code long} whose magnitude is below 10^17 (a fee of at most
   *     {@link Money#MAX_CENTS} times up to 9,999 units)
   * @param basisPoints the percentage in hundredths of a percent, 0 to 100,000
   * @return the share in cents
   */
  static long share(long cents, int basisPoints) {
    // cents * bp / 10^4, split so that no intermediate product overflows:
    // cents = whole * 10^4 + part, |whole| < 10^13, |part| < 10^4, bp <= 10^5.
    long whole = cents / 10_000;
    long part = cents % 10_000;
    long partProduct = part * basisPoints; // |.| < 10^9
    long quotient = whole * basisPoints + partProduct / 10_000; // |.| < 10^18
    long remainder = Math.abs(partProduct % 10_000);
    if (remainder >= 5_000) {
      quotient += cents < 0 ? -1 : 1;
    }
    return quotient;
  }

  /** An amount as text with two decimals, for {@code toString()}. */
  static String format(long cents) {
    return Money.ofCents(cents).toString();
  }
}

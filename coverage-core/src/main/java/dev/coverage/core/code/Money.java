package dev.coverage.core.code;

import static dev.coverage.core.internal.Checks.quote;

import dev.coverage.core.ValidationException;
import dev.coverage.core.internal.Cents;
import java.math.BigDecimal;

/**
 * An exact amount of US dollars, held as whole cents.
 *
 * <p>There is no {@code double} anywhere: amounts are built from text ({@code "125.00"}), from
 * cents, or from a {@link BigDecimal} with at most two decimals. Arithmetic is exact; the only
 * rounding is {@link #times(Percent)}, which rounds once to the cent, half away from zero.
 *
 * <p>Amounts are bounded by {@link #MAX}, so that no sum over a claim can overflow; building a
 * larger amount is a {@link ValidationException}, and arithmetic that would leave the bound throws
 * {@link ArithmeticException}.
 */
public final class Money implements Comparable<Money> {
  /** The largest magnitude in cents: 99,999,999,999.99 dollars. */
  public static final long MAX_CENTS = 9_999_999_999_999L;

  /** Zero dollars. */
  public static final Money ZERO = new Money(0);

  /** The largest amount, in dollars. */
  public static final Money MAX = new Money(MAX_CENTS);

  private final long cents;

  private Money(long cents) {
    this.cents = cents;
  }

  /**
   * An amount in cents.
   *
   * @param cents whole cents, at most {@link #MAX_CENTS} in magnitude
   * @return the amount
   * @throws ValidationException when the amount is out of bounds
   */
  public static Money ofCents(long cents) {
    if (cents > MAX_CENTS || cents < -MAX_CENTS) {
      throw new ValidationException("amount", "must be at most 99999999999.99 in magnitude");
    }
    return cents == 0 ? ZERO : new Money(cents);
  }

  /**
   * Parses an amount written as digits with an optional minus sign and up to two decimals: {@code
   * 125}, {@code 125.5}, {@code 125.50}, {@code -3.10}. No currency sign, no grouping commas, no
   * exponent.
   *
   * @param amount the text
   * @return the amount
   * @throws ValidationException when the text is not such a number or is out of bounds
   */
  public static Money of(String amount) {
    return parse("amount", amount);
  }

  /**
   * Parses an amount, naming the field in the error.
   *
   * @param field the field's path for the error message
   * @param amount the text, as for {@link #of(String)}
   * @return the amount
   * @throws ValidationException when the text is null, malformed or out of bounds
   */
  public static Money parse(String field, String amount) {
    if (amount == null) {
      throw new ValidationException(field, "is required");
    }
    int n = amount.length();
    int i = 0;
    boolean negative = n > 0 && amount.charAt(0) == '-';
    if (negative) {
      i++;
    }
    long whole = 0;
    int wholeDigits = 0;
    while (i < n && isDigit(amount.charAt(i))) {
      if (++wholeDigits > 11) {
        throw new ValidationException(field, "must be at most 99999999999.99 in magnitude");
      }
      whole = whole * 10 + (amount.charAt(i++) - '0');
    }
    long fraction = 0;
    int fractionDigits = 0;
    if (i < n && amount.charAt(i) == '.') {
      i++;
      while (i < n && isDigit(amount.charAt(i)) && fractionDigits < 3) {
        fraction = fraction * 10 + (amount.charAt(i++) - '0');
        fractionDigits++;
      }
      if (fractionDigits == 0 || fractionDigits > 2) {
        throw new ValidationException(
            field, "an amount has one or two decimals, got " + quote(amount));
      }
    }
    if (wholeDigits == 0 || i != n) {
      throw new ValidationException(
          field,
          "an amount is digits with up to two decimals, such as 125.00, got " + quote(amount));
    }
    long cents = whole * 100 + (fractionDigits == 1 ? fraction * 10 : fraction);
    return ofCents(negative ? -cents : cents);
  }

  /**
   * An amount from a decimal with at most two decimal places.
   *
   * @param amount the decimal
   * @return the amount
   * @throws ValidationException when it has more than two decimal places or is out of bounds
   */
  public static Money of(BigDecimal amount) {
    if (amount == null) {
      throw new ValidationException("amount", "is required");
    }
    BigDecimal scaled;
    try {
      scaled = amount.setScale(2);
    } catch (ArithmeticException e) {
      throw new ValidationException("amount", "has more than two decimals");
    }
    if (scaled.abs().compareTo(BigDecimal.valueOf(MAX_CENTS, 2)) > 0) {
      throw new ValidationException("amount", "must be at most 99999999999.99 in magnitude");
    }
    return ofCents(scaled.unscaledValue().longValueExact());
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** The amount in whole cents. */
  public long cents() {
    return cents;
  }

  /** The amount as a decimal with two places. */
  public BigDecimal toBigDecimal() {
    return BigDecimal.valueOf(cents, 2);
  }

  /** Whether the amount is zero. */
  public boolean isZero() {
    return cents == 0;
  }

  /** Whether the amount is below zero. */
  public boolean isNegative() {
    return cents < 0;
  }

  /** Whether the amount is above zero. */
  public boolean isPositive() {
    return cents > 0;
  }

  /**
   * The sum.
   *
   * @param other the amount to add
   * @return this plus other
   * @throws ArithmeticException when the sum leaves the bounds
   */
  public Money plus(Money other) {
    return bounded(cents + other.cents);
  }

  /**
   * The difference.
   *
   * @param other the amount to subtract
   * @return this minus other
   * @throws ArithmeticException when the result leaves the bounds
   */
  public Money minus(Money other) {
    return bounded(cents - other.cents);
  }

  /**
   * This amount times a whole number, such as a per-unit fee times units.
   *
   * @param factor the multiplier
   * @return the product
   * @throws ArithmeticException when the product leaves the bounds
   */
  public Money times(long factor) {
    return bounded(Math.multiplyExact(cents, factor));
  }

  /**
   * The given share of this amount, rounded once to the cent, half away from zero.
   *
   * @param share a percentage, such as 20%
   * @return the share, such as 20% of 125.00 = 25.00
   */
  public Money times(Percent share) {
    long product = cents * share.basisPoints(); // at most 10^13 * 10^5: no overflow
    long quotient = product / 10_000;
    long remainder = Math.abs(product % 10_000);
    if (remainder >= 5_000) {
      quotient += product < 0 ? -1 : 1;
    }
    return bounded(quotient);
  }

  /**
   * The smaller of two amounts.
   *
   * @param a an amount
   * @param b another amount
   * @return whichever is smaller
   */
  public static Money min(Money a, Money b) {
    return a.cents <= b.cents ? a : b;
  }

  /**
   * The larger of two amounts.
   *
   * @param a an amount
   * @param b another amount
   * @return whichever is larger
   */
  public static Money max(Money a, Money b) {
    return a.cents >= b.cents ? a : b;
  }

  /**
   * This amount, or zero if it is negative.
   *
   * @return max(this, 0)
   */
  public Money atLeastZero() {
    return cents < 0 ? ZERO : this;
  }

  private static Money bounded(long cents) {
    if (cents > MAX_CENTS || cents < -MAX_CENTS) {
      throw new ArithmeticException("amount out of bounds");
    }
    return cents == 0 ? ZERO : new Money(cents);
  }

  @Override
  public int compareTo(Money other) {
    return Long.compare(cents, other.cents);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Money && ((Money) o).cents == cents;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(cents);
  }

  /** The amount with two decimals and no currency sign, such as {@code 125.00} or {@code -3.10}. */
  @Override
  public String toString() {
    char[] text = new char[Cents.MAX_CHARS];
    int start = Cents.format(cents, text);
    return new String(text, start, text.length - start);
  }
}

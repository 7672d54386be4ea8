package dev.coverage.core.code;

import static dev.coverage.core.internal.Checks.quote;

import dev.coverage.core.ValidationException;
import java.math.BigDecimal;

/**
 * A percentage with up to two decimals, from 0 to 1,000: a 20% coinsurance, a plan paying 60% of
 * the allowed amount, or an allowed amount of 140% of a reference fee. Held exactly as basis points
 * (hundredths of a percent). Where a share of a whole is meant, the field that holds it checks that
 * it is at most 100.
 */
public final class Percent implements Comparable<Percent> {
  /** 0%. */
  public static final Percent ZERO = new Percent(0);

  /** 100%. */
  public static final Percent HUNDRED = new Percent(10_000);

  /** The largest percentage, 1,000%, in basis points. */
  public static final int MAX_BASIS_POINTS = 100_000;

  private final int basisPoints;

  private Percent(int basisPoints) {
    this.basisPoints = basisPoints;
  }

  /**
   * A percentage in basis points.
   *
   * @param basisPoints 0 to 100,000 (1,000%)
   * @return the percentage
   * @throws ValidationException when out of range
   */
  public static Percent ofBasisPoints(int basisPoints) {
    if (basisPoints < 0 || basisPoints > MAX_BASIS_POINTS) {
      throw new ValidationException(
          "percent", "must be from 0 to 100000 basis points (1000%), got " + basisPoints);
    }
    return basisPoints == 0 ? ZERO : basisPoints == 10_000 ? HUNDRED : new Percent(basisPoints);
  }

  /**
   * Parses a percentage written as a number from 0 to 1,000 with up to two decimals, such as {@code
   * 20} or {@code 12.5}; no percent sign.
   *
   * @param percent the text
   * @return the percentage
   * @throws ValidationException when the text is not such a number
   */
  public static Percent of(String percent) {
    return parse("percent", percent);
  }

  /**
   * Parses a percentage, naming the field in the error.
   *
   * @param field the field's path for the error message
   * @param percent the text, as for {@link #of(String)}
   * @return the percentage
   * @throws ValidationException when the text is null, malformed or outside 0 to 1,000
   */
  public static Percent parse(String field, String percent) {
    if (percent == null) {
      throw new ValidationException(field, "is required");
    }
    BigDecimal value;
    try {
      if (percent.isEmpty() || percent.length() > 7 || !percent.matches("[0-9]+(\\.[0-9]{1,2})?")) {
        throw new NumberFormatException();
      }
      value = new BigDecimal(percent);
    } catch (NumberFormatException e) {
      throw new ValidationException(
          field,
          "a percentage is a number from 0 to 1000 with up to two decimals, got " + quote(percent));
    }
    if (value.compareTo(BigDecimal.valueOf(1000)) > 0) {
      throw new ValidationException(field, "must be from 0 to 1000, got " + quote(percent));
    }
    return ofBasisPoints(value.movePointRight(2).intValueExact());
  }

  /**
   * A whole-number percentage.
   *
   * @param percent 0 to 1,000
   * @return the percentage
   * @throws ValidationException when out of range
   */
  public static Percent of(int percent) {
    if (percent < 0 || percent > 1000) {
      throw new ValidationException("percent", "must be from 0 to 1000, got " + percent);
    }
    return ofBasisPoints(percent * 100);
  }

  /** Hundredths of a percent: 20% is 2,000. */
  public int basisPoints() {
    return basisPoints;
  }

  /** Whether this is at most 100%, as a share of a whole must be. */
  public boolean isShare() {
    return basisPoints <= 10_000;
  }

  /**
   * The complement: 100% minus this, such as 40% for 60%.
   *
   * @return the complement
   * @throws ValidationException when this is above 100%
   */
  public Percent complement() {
    if (!isShare()) {
      throw new ValidationException("percent", "has no complement above 100");
    }
    return ofBasisPoints(10_000 - basisPoints);
  }

  /** The percentage as a decimal number of percent, such as 12.5. */
  public BigDecimal toBigDecimal() {
    return BigDecimal.valueOf(basisPoints, 2).stripTrailingZeros();
  }

  @Override
  public int compareTo(Percent other) {
    return Integer.compare(basisPoints, other.basisPoints);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Percent && ((Percent) o).basisPoints == basisPoints;
  }

  @Override
  public int hashCode() {
    return basisPoints;
  }

  /** The number without a percent sign, such as {@code 20} or {@code 12.5}. */
  @Override
  public String toString() {
    return toBigDecimal().toPlainString();
  }
}

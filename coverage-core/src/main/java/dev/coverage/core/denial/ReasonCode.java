package dev.coverage.core.denial;

import static dev.coverage.core.internal.Checks.quote;

import dev.coverage.core.ValidationException;

/**
 * A claim adjustment reason code (CARC), such as {@code 50} or {@code B7}. The code list is
 * maintained by X12; this library ships the code values with its own short wording only.
 */
public final class ReasonCode implements Comparable<ReasonCode> {
  private final String value;

  private ReasonCode(String value) {
    this.value = value;
  }

  /**
   * Parses a reason code.
   *
   * @param code one to three digits, optionally after one letter: {@code 50}, {@code 197}, {@code
   *     B7}, {@code P1}
   * @return the code
   * @throws ValidationException when the text is not of that form
   */
  public static ReasonCode of(String code) {
    if (code == null || !code.matches("[A-Z]?[0-9]{1,3}")) {
      throw new ValidationException(
          "reasonCode",
          "a CARC is up to three digits, optionally after a letter, got "
              + (code == null ? "null" : quote(code)));
    }
    return new ReasonCode(code);
  }

  /** The code, such as {@code 197}. */
  public String value() {
    return value;
  }

  @Override
  public int compareTo(ReasonCode other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ReasonCode && ((ReasonCode) o).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** The code. */
  @Override
  public String toString() {
    return value;
  }
}

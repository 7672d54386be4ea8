package dev.coverage.core.code;

import static dev.coverage.core.internal.Checks.quote;

import dev.coverage.core.ValidationException;

/**
 * A National Provider Identifier: ten digits, the first 1 or 2, the last a Luhn check digit
 * computed over the prefix {@code 80840} and the first nine digits (CMS, "Requirements for National
 * Provider Identifier check digit"). An NPI identifies a provider, not a patient.
 */
public final class Npi implements Comparable<Npi> {
  private final String value;

  private Npi(String value) {
    this.value = value;
  }

  /**
   * Parses an NPI and verifies its check digit.
   *
   * @param npi ten digits
   * @return the NPI
   * @throws ValidationException when the text is not ten digits or the check digit is wrong
   */
  public static Npi of(String npi) {
    return parse("npi", npi);
  }

  /**
   * Parses an NPI, naming the field in the error.
   *
   * @param field the field's path for the error message
   * @param npi the text to parse
   * @return the NPI
   * @throws ValidationException when the text is null, not ten digits, or fails the check digit
   */
  public static Npi parse(String field, String npi) {
    if (npi == null) {
      throw new ValidationException(field, "is required");
    }
    if (npi.length() != 10) {
      throw new ValidationException(field, "an NPI is ten digits, got " + quote(npi));
    }
    for (int i = 0; i < 10; i++) {
      char c = npi.charAt(i);
      if (c < '0' || c > '9') {
        throw new ValidationException(field, "an NPI is ten digits, got " + quote(npi));
      }
    }
    if (npi.charAt(0) != '1' && npi.charAt(0) != '2') {
      throw new ValidationException(field, "an NPI starts with 1 or 2, got " + quote(npi));
    }
    if (checkDigit(npi.substring(0, 9)) != npi.charAt(9) - '0') {
      throw new ValidationException(field, "the NPI check digit is wrong in " + quote(npi));
    }
    return new Npi(npi);
  }

  /**
   * The check digit for the first nine digits of an NPI.
   *
   * @param nineDigits the identifier without its check digit
   * @return the check digit, 0 to 9
   */
  public static int checkDigit(String nineDigits) {
    // Luhn over the digits, doubling every second one from the right; the card-issuer prefix
    // 80840 that CMS prepends always contributes 24.
    int sum = 24;
    for (int i = 0; i < 9; i++) {
      int d = nineDigits.charAt(8 - i) - '0';
      if (i % 2 == 0) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
    }
    return (10 - sum % 10) % 10;
  }

  /** The ten digits. */
  public String value() {
    return value;
  }

  @Override
  public int compareTo(Npi other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Npi && ((Npi) o).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** The ten digits. */
  @Override
  public String toString() {
    return value;
  }
}

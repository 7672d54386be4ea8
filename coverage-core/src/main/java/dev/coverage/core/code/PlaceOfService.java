package dev.coverage.core.code;

import static dev.coverage.core.internal.Checks.quote;

import dev.coverage.core.ValidationException;

/**
 * A CMS place-of-service code: two digits, {@code 01} to {@code 99}. Which codes are assigned is
 * the code sets' question. A place of service says where the service was billed as rendered; it is
 * not the kind of facility (a med spa has no place-of-service code of its own).
 */
public final class PlaceOfService implements Comparable<PlaceOfService> {
  private static final PlaceOfService[] ALL = new PlaceOfService[100];

  static {
    for (int i = 1; i < 100; i++) {
      ALL[i] = new PlaceOfService(i);
    }
  }

  /** Office (11). */
  public static final PlaceOfService OFFICE = ALL[11];

  /** Off-campus outpatient hospital (19). */
  public static final PlaceOfService OFF_CAMPUS_OUTPATIENT_HOSPITAL = ALL[19];

  /** On-campus outpatient hospital (22). */
  public static final PlaceOfService ON_CAMPUS_OUTPATIENT_HOSPITAL = ALL[22];

  /** Ambulatory surgical center (24). */
  public static final PlaceOfService AMBULATORY_SURGICAL_CENTER = ALL[24];

  private final int code;

  private PlaceOfService(int code) {
    this.code = code;
  }

  /**
   * Parses a place-of-service code.
   *
   * @param code two digits, {@code 01} to {@code 99}
   * @return the code
   * @throws ValidationException when the text is not two digits from 01 to 99
   */
  public static PlaceOfService of(String code) {
    return parse("placeOfService", code);
  }

  /**
   * Parses a place-of-service code, naming the field in the error.
   *
   * @param field the field's path for the error message
   * @param code the text to parse
   * @return the code
   * @throws ValidationException when the text is null or not two digits from 01 to 99
   */
  public static PlaceOfService parse(String field, String code) {
    if (code == null) {
      throw new ValidationException(field, "is required");
    }
    if (code.length() != 2 || !isDigit(code.charAt(0)) || !isDigit(code.charAt(1))) {
      throw new ValidationException(
          field, "a place of service is two digits, 01 to 99, got " + quote(code));
    }
    int n = (code.charAt(0) - '0') * 10 + (code.charAt(1) - '0');
    if (n == 0) {
      throw new ValidationException(field, "a place of service is 01 to 99, got \"00\"");
    }
    return ALL[n];
  }

  /**
   * The place of service with this number.
   *
   * @param code 1 to 99
   * @return the code
   * @throws ValidationException when the number is outside 1 to 99
   */
  public static PlaceOfService of(int code) {
    if (code < 1 || code > 99) {
      throw new ValidationException(
          "placeOfService", "a place of service is 01 to 99, got " + code);
    }
    return ALL[code];
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** The code as a number, 1 to 99. */
  public int number() {
    return code;
  }

  /** The code as two digits, such as {@code 11}. */
  public String value() {
    return code < 10 ? "0" + code : Integer.toString(code);
  }

  @Override
  public int compareTo(PlaceOfService other) {
    return Integer.compare(code, other.code);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PlaceOfService && ((PlaceOfService) o).code == code;
  }

  @Override
  public int hashCode() {
    return code;
  }

  /** The two digits. */
  @Override
  public String toString() {
    return value();
  }
}

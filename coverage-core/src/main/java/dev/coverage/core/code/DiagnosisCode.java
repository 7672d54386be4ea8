package dev.coverage.core.code;

import static dev.coverage.core.internal.Checks.quote;

import dev.coverage.core.ValidationException;

/**
 * An ICD-10-CM diagnosis code.
 *
 * <p>Accepts the dotted ({@code L74.510}) and undotted ({@code L74510}) forms, in either case, and
 * normalizes them: two spellings of the same code are equal. {@link #toString()} prints the dotted
 * form; {@link #undotted()} gives the form used in claim files.
 *
 * <p>Syntax: a letter, then two letters or digits (the category), then up to four letters or
 * digits; a dot, when present, follows the third character. Whether the code exists, or is a header
 * that needs more characters, on a date is the code sets' question.
 */
public final class DiagnosisCode implements Comparable<DiagnosisCode> {
  private final String undotted;

  private DiagnosisCode(String undotted) {
    this.undotted = undotted;
  }

  /**
   * Parses a diagnosis code.
   *
   * @param code such as {@code L74.510} or {@code L74510}
   * @return the code
   * @throws ValidationException when the text is not a well-formed ICD-10-CM code
   */
  public static DiagnosisCode of(String code) {
    return parse("diagnosisCode", code);
  }

  /**
   * Parses a diagnosis code, naming the field in the error.
   *
   * @param field the field's path for the error message
   * @param code the text to parse
   * @return the code
   * @throws ValidationException when the text is null or not a well-formed ICD-10-CM code
   */
  public static DiagnosisCode parse(String field, String code) {
    if (code == null) {
      throw new ValidationException(field, "is required");
    }
    int n = code.length();
    boolean dotted = n > 3 && code.charAt(3) == '.';
    int length = dotted ? n - 1 : n;
    if (length < 3 || length > 7 || (dotted && n == 4)) {
      throw new ValidationException(
          field, "an ICD-10-CM code has 3 to 7 characters, got " + quote(code));
    }
    char[] out = new char[length];
    int j = 0;
    for (int i = 0; i < n; i++) {
      if (dotted && i == 3) {
        continue;
      }
      char c = code.charAt(i);
      char u = c >= 'a' && c <= 'z' ? (char) (c - 32) : c;
      // The second character is a digit in every category but QA0 (added in FY2026).
      boolean ok = j == 0 ? isLetter(u) : isLetter(u) || isDigit(u);
      if (!ok) {
        throw new ValidationException(field, "is not an ICD-10-CM code: " + quote(code));
      }
      out[j++] = u;
    }
    return new DiagnosisCode(new String(out));
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isLetter(char c) {
    return c >= 'A' && c <= 'Z';
  }

  /** The code without its dot, such as {@code L74510}. */
  public String undotted() {
    return undotted;
  }

  /** The code with its dot, such as {@code L74.510}; three-character codes have none. */
  public String dotted() {
    return undotted.length() == 3
        ? undotted
        : undotted.substring(0, 3) + '.' + undotted.substring(3);
  }

  /** The three-character category, such as {@code L74}. */
  public String category() {
    return undotted.substring(0, 3);
  }

  /**
   * Whether this code is the given code or falls under it, comparing undotted forms: {@code
   * G43.709} starts with {@code G43.7} and with {@code G43}.
   *
   * @param prefix a code or code prefix, undotted or dotted
   * @return true when this code begins with the prefix
   */
  public boolean startsWith(String prefix) {
    int n = prefix.length();
    int j = 0;
    for (int i = 0; i < n; i++) {
      char c = prefix.charAt(i);
      if (c == '.') {
        continue;
      }
      if (j >= undotted.length() || Character.toUpperCase(c) != undotted.charAt(j)) {
        return false;
      }
      j++;
    }
    return true;
  }

  /** The number of characters, dot excluded (3 to 7). */
  public int length() {
    return undotted.length();
  }

  @Override
  public int compareTo(DiagnosisCode other) {
    return undotted.compareTo(other.undotted);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DiagnosisCode && ((DiagnosisCode) o).undotted.equals(undotted);
  }

  @Override
  public int hashCode() {
    return undotted.hashCode();
  }

  /** The dotted form, such as {@code L74.510}. */
  @Override
  public String toString() {
    return dotted();
  }
}

package dev.coverage.core.code;

import static dev.coverage.core.internal.Checks.quote;

import dev.coverage.core.ValidationException;

/**
 * A procedure or supply code as billed on a claim line: CPT Category I, II or III, or HCPCS Level
 * II.
 *
 * <p>Only the syntax is checked; whether the code exists on a date is the code sets' question and
 * is reported as a finding. {@code 15790} is a well-formed Category I code even though CPT has no
 * such code. Lower-case letters are accepted and normalized to upper case.
 *
 * <p>HCPCS Level II codes start with one of the letters CMS uses: A, B, C, D (the dental codes,
 * maintained by the ADA as CDT), E, G, H, J, K, L, M, P, Q, R, S, T, U, V.
 */
public final class ProcedureCode implements Comparable<ProcedureCode> {
  private static final String HCPCS_LETTERS = "ABCDEGHJKLMPQRSTUV";

  private final String value;
  private final CodeSystem system;

  /**
   * The five characters in base 36, one-to-one with the value: equality and hashing on one int,
   * since the checker compares and looks up codes many times per line.
   */
  private final int key;

  private ProcedureCode(String value, CodeSystem system) {
    this.value = value;
    this.system = system;
    int k = 0;
    for (int i = 0; i < 5; i++) {
      char c = value.charAt(i);
      k = k * 36 + (c <= '9' ? c - '0' : c - 'A' + 10);
    }
    this.key = k;
  }

  /**
   * Parses a procedure code.
   *
   * @param code five characters, such as {@code 99213}, {@code 0001U}, {@code 1036F}, {@code 0232T}
   *     or {@code J0585}
   * @return the code
   * @throws ValidationException when the text is not a well-formed procedure code
   */
  public static ProcedureCode of(String code) {
    return parse("procedureCode", code);
  }

  /**
   * Parses a procedure code, naming the field in the error.
   *
   * @param field the field's path for the error message
   * @param code the text to parse
   * @return the code
   * @throws ValidationException when the text is null or not a well-formed procedure code
   */
  public static ProcedureCode parse(String field, String code) {
    if (code == null) {
      throw new ValidationException(field, "is required");
    }
    if (code.length() != 5) {
      throw new ValidationException(
          field, "must be five characters (CPT or HCPCS Level II), got " + quote(code));
    }
    char first = toUpperAscii(code.charAt(0));
    char last = toUpperAscii(code.charAt(4));
    for (int i = 1; i < 4; i++) {
      if (!isDigit(code.charAt(i))) {
        throw new ValidationException(field, "is not a CPT or HCPCS Level II code: " + quote(code));
      }
    }
    CodeSystem system;
    if (isDigit(first)) {
      if (isDigit(last)) {
        system = CodeSystem.CPT_CATEGORY_I;
      } else if (last == 'F') {
        system = CodeSystem.CPT_CATEGORY_II;
      } else if (last == 'T') {
        system = CodeSystem.CPT_CATEGORY_III;
      } else if (last == 'A' || last == 'M' || last == 'U') {
        // Category I codes for vaccine administration (0001A), multianalyte assays (0002M) and
        // proprietary laboratory analyses (0001U).
        system = CodeSystem.CPT_CATEGORY_I;
      } else {
        throw new ValidationException(
            field, "a CPT code ends in a digit, A, M, U, F or T, got " + quote(code));
      }
    } else if (HCPCS_LETTERS.indexOf(first) >= 0 && isDigit(last)) {
      system = CodeSystem.HCPCS_LEVEL_II;
    } else {
      throw new ValidationException(field, "is not a CPT or HCPCS Level II code: " + quote(code));
    }
    String normal =
        first == code.charAt(0) && last == code.charAt(4)
            ? code
            : first + code.substring(1, 4) + last;
    return new ProcedureCode(normal, system);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  // Not Character.toUpperCase, which maps the long s (U+017F) to S: "ſ0585" is not S0585.
  private static char toUpperAscii(char c) {
    return c >= 'a' && c <= 'z' ? (char) (c - ('a' - 'A')) : c;
  }

  /** The code, five upper-case characters. */
  public String value() {
    return value;
  }

  /** Which code system the code belongs to. */
  public CodeSystem system() {
    return system;
  }

  /** Whether this is a CPT code (Category I, II or III). */
  public boolean isCpt() {
    return system != CodeSystem.HCPCS_LEVEL_II;
  }

  @Override
  public int compareTo(ProcedureCode other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ProcedureCode && ((ProcedureCode) o).key == key;
  }

  @Override
  public int hashCode() {
    return key;
  }

  /** The code itself, such as {@code J0585}. */
  @Override
  public String toString() {
    return value;
  }
}

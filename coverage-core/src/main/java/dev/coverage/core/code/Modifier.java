package dev.coverage.core.code;

import static dev.coverage.core.internal.Checks.quote;

import dev.coverage.core.ValidationException;

/**
 * A procedure code modifier: two letters or digits, such as {@code 25}, {@code 59}, {@code JW} or
 * {@code GY}. Lower case is normalized to upper case. Which modifiers exist and what they allow is
 * the checker's business; this type checks the syntax only.
 */
public final class Modifier implements Comparable<Modifier> {
  /** Significant, separately identifiable E/M service on the day of a procedure. */
  public static final Modifier SEPARATE_EM_SERVICE = new Modifier("25");

  /** Bilateral procedure. */
  public static final Modifier BILATERAL = new Modifier("50");

  /** Distinct procedural service. */
  public static final Modifier DISTINCT_SERVICE = new Modifier("59");

  /** Separate encounter (a specific form of 59). */
  public static final Modifier XE = new Modifier("XE");

  /** Separate practitioner (a specific form of 59). */
  public static final Modifier XP = new Modifier("XP");

  /** Separate structure or organ (a specific form of 59). */
  public static final Modifier XS = new Modifier("XS");

  /** Unusual non-overlapping service (a specific form of 59). */
  public static final Modifier XU = new Modifier("XU");

  /** Drug amount discarded from a single-dose container. */
  public static final Modifier JW = new Modifier("JW");

  /** No drug discarded from a single-dose container. */
  public static final Modifier JZ = new Modifier("JZ");

  /** Statutorily excluded service (Medicare). */
  public static final Modifier GY = new Modifier("GY");

  /** Advance beneficiary notice on file (Medicare). */
  public static final Modifier GA = new Modifier("GA");

  /** Expected to be denied as not reasonable and necessary, no notice on file (Medicare). */
  public static final Modifier GZ = new Modifier("GZ");

  private final String value;

  private Modifier(String value) {
    this.value = value;
  }

  /**
   * Parses a modifier.
   *
   * @param modifier two letters or digits
   * @return the modifier
   * @throws ValidationException when the text is not two letters or digits
   */
  public static Modifier of(String modifier) {
    return parse("modifier", modifier);
  }

  /**
   * Parses a modifier, naming the field in the error.
   *
   * @param field the field's path for the error message
   * @param modifier the text to parse
   * @return the modifier
   * @throws ValidationException when the text is null or not two letters or digits
   */
  public static Modifier parse(String field, String modifier) {
    if (modifier == null) {
      throw new ValidationException(field, "is required");
    }
    if (modifier.length() != 2
        || !isAlphanumeric(modifier.charAt(0))
        || !isAlphanumeric(modifier.charAt(1))) {
      throw new ValidationException(
          field, "a modifier is two letters or digits, got " + quote(modifier));
    }
    String upper = modifier.toUpperCase(java.util.Locale.ROOT);
    return new Modifier(upper);
  }

  private static boolean isAlphanumeric(char c) {
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }

  /** The two characters, upper case. */
  public String value() {
    return value;
  }

  /**
   * Whether this is one of the NCCI-associated modifiers that may bypass a procedure-to-procedure
   * edit whose modifier indicator is 1: anatomic (E1-E4, FA, F1-F9, TA, T1-T9, LT, RT, LC, LD, LM,
   * RC, RI), global surgery (24, 25, 57, 58, 78, 79), 27, 59, XE, XP, XS, XU and 91. Source: CMS
   * NCCI Policy Manual for Medicare Services, chapter I, section E (modifiers and modifier
   * indicators).
   */
  public boolean isNcciAssociated() {
    switch (value) {
      case "59":
      case "XE":
      case "XP":
      case "XS":
      case "XU":
      case "E1":
      case "E2":
      case "E3":
      case "E4":
      case "FA":
      case "F1":
      case "F2":
      case "F3":
      case "F4":
      case "F5":
      case "F6":
      case "F7":
      case "F8":
      case "F9":
      case "TA":
      case "T1":
      case "T2":
      case "T3":
      case "T4":
      case "T5":
      case "T6":
      case "T7":
      case "T8":
      case "T9":
      case "LT":
      case "RT":
      case "LC":
      case "LD":
      case "LM":
      case "RC":
      case "RI":
      case "24":
      case "25":
      case "57":
      case "27":
      case "58":
      case "78":
      case "79":
      case "91":
        return true;
      default:
        return false;
    }
  }

  @Override
  public int compareTo(Modifier other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Modifier && ((Modifier) o).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** The two characters. */
  @Override
  public String toString() {
    return value;
  }
}

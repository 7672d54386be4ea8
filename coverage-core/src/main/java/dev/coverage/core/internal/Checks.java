package dev.coverage.core.internal;

import dev.coverage.core.ValidationException;

/**
 * Guards that throw {@link ValidationException}; Guava {@code Preconditions} in spirit, with a
 * field name. Templates use {@code %s}; arguments must never be patient data.
 */
public final class Checks {
  private Checks() {}

  /**
   * Throws unless the condition holds.
   *
   * @param condition the rule that must hold
   * @param field the field's path
   * @param ruleTemplate the rule in words, with {@code %s} placeholders
   * @param args safe arguments only: codes, counts, limits
   * @throws ValidationException naming the field and the rule
   */
  public static void require(boolean condition, String field, String ruleTemplate, Object... args) {
    if (!condition) {
      throw new ValidationException(
          field, args.length == 0 ? ruleTemplate : format(ruleTemplate, args));
    }
  }

  /**
   * Throws unless the condition holds; {@link #require(boolean, String, String, Object...)} without
   * arguments, boxing or an array on the way when it holds, as for every overload below.
   */
  public static void require(boolean condition, String field, String rule) {
    if (!condition) {
      throw new ValidationException(field, rule);
    }
  }

  /** {@link #require(boolean, String, String, Object...)} with one number. */
  public static void require(boolean condition, String field, String ruleTemplate, long a) {
    if (!condition) {
      throw new ValidationException(field, format(ruleTemplate, a));
    }
  }

  /** {@link #require(boolean, String, String, Object...)} with two numbers. */
  public static void require(boolean condition, String field, String ruleTemplate, long a, long b) {
    if (!condition) {
      throw new ValidationException(field, format(ruleTemplate, a, b));
    }
  }

  /** {@link #require(boolean, String, String, Object...)} with one value. */
  public static void require(boolean condition, String field, String ruleTemplate, Object a) {
    if (!condition) {
      throw new ValidationException(field, format(ruleTemplate, a));
    }
  }

  /** {@link #require(boolean, String, String, Object...)} with two values. */
  public static void require(
      boolean condition, String field, String ruleTemplate, Object a, Object b) {
    if (!condition) {
      throw new ValidationException(field, format(ruleTemplate, a, b));
    }
  }

  /**
   * Renders a value that failed a syntax rule so a person can see it, bounded and with control
   * characters escaped. Only for code-like values, never for patient identifiers.
   *
   * @param value the offending text
   * @return the text quoted, at most 24 characters of it
   */
  public static String quote(String value) {
    StringBuilder sb = new StringBuilder(value.length() + 2).append('"');
    int limit = Math.min(value.length(), 24);
    for (int i = 0; i < limit; i++) {
      char c = value.charAt(i);
      if (c < 0x20 || c == 0x7f || Character.isSurrogate(c)) {
        sb.append(String.format("\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    if (value.length() > limit) {
      sb.append("...");
    }
    return sb.append('"').toString();
  }

  private static String format(String template, Object... args) {
    StringBuilder sb = new StringBuilder(template.length() + 16 * args.length);
    int from = 0;
    int i = 0;
    while (i < args.length) {
      int at = template.indexOf("%s", from);
      if (at < 0) {
        break;
      }
      sb.append(template, from, at).append(args[i++]);
      from = at + 2;
    }
    return sb.append(template, from, template.length()).toString();
  }
}

package dev.coverage.codes.internal;

import dev.coverage.core.internal.Checks;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Field parsers over a range of a {@link LineReader}'s current line, without regular expressions or
 * substrings: each either returns the value or throws the reader's error naming the column.
 */
public final class Chars {
  private Chars() {}

  /**
   * Whether a range holds exactly the given text.
   *
   * @param c the characters
   * @param start the first
   * @param end one past the last
   * @param text the text
   * @return true when equal
   */
  public static boolean equals(char[] c, int start, int end, String text) {
    if (end - start != text.length()) {
      return false;
    }
    for (int i = start; i < end; i++) {
      if (c[i] != text.charAt(i - start)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a range is empty or spaces only.
   *
   * @param c the characters
   * @param start the first
   * @param end one past the last
   * @return true when blank
   */
  public static boolean isBlank(char[] c, int start, int end) {
    for (int i = start; i < end; i++) {
      if (c[i] != ' ') {
        return false;
      }
    }
    return true;
  }

  /**
   * The end of a range with trailing spaces removed.
   *
   * @param c the characters
   * @param start the first
   * @param end one past the last
   * @return the new end
   */
  public static int trimEnd(char[] c, int start, int end) {
    while (end > start && c[end - 1] == ' ') {
      end--;
    }
    return end;
  }

  /**
   * An ISO date, {@code YYYY-MM-DD}, as an epoch day.
   *
   * @param r the reader
   * @param start the first character
   * @param end one past the last
   * @param field the field's name for errors
   * @return the epoch day
   */
  public static int isoDate(LineReader r, int start, int end, String field) {
    char[] c = r.chars();
    if (end - start != 10 || c[start + 4] != '-' || c[start + 7] != '-') {
      throw r.error(
          r.column(start), field, "is a date written YYYY-MM-DD, got " + quote(r, start, end));
    }
    return date(
        r,
        start,
        digits(c, start, 4),
        digits(c, start + 5, 2),
        digits(c, start + 8, 2),
        end,
        field);
  }

  /**
   * A compact date, {@code YYYYMMDD}, as an epoch day.
   *
   * @param r the reader
   * @param start the first character
   * @param end one past the last
   * @param field the field's name for errors
   * @return the epoch day
   */
  public static int compactDate(LineReader r, int start, int end, String field) {
    char[] c = r.chars();
    if (end - start != 8) {
      throw r.error(
          r.column(start), field, "is a date written YYYYMMDD, got " + quote(r, start, end));
    }
    return date(
        r,
        start,
        digits(c, start, 4),
        digits(c, start + 4, 2),
        digits(c, start + 6, 2),
        end,
        field);
  }

  private static int date(LineReader r, int start, int y, int m, int d, int end, String field) {
    if (y >= 0 && m >= 0 && d >= 0) {
      try {
        return Math.toIntExact(LocalDate.of(y, m, d).toEpochDay());
      } catch (DateTimeException e) {
        // reported below
      }
    }
    throw r.error(r.column(start), field, "is not a valid date: " + quote(r, start, end));
  }

  private static int digits(char[] c, int start, int n) {
    int v = 0;
    for (int i = start; i < start + n; i++) {
      char ch = c[i];
      if (ch < '0' || ch > '9') {
        return -1;
      }
      v = v * 10 + (ch - '0');
    }
    return v;
  }

  /**
   * A non-negative decimal integer of at most nine digits.
   *
   * @param r the reader
   * @param start the first character
   * @param end one past the last
   * @param field the field's name for errors
   * @return the value
   */
  public static int nonNegativeInt(LineReader r, int start, int end, String field) {
    int n = end - start;
    int v = n >= 1 && n <= 9 ? digits(r.chars(), start, n) : -1;
    if (v < 0) {
      throw r.error(
          r.column(start), field, "is a whole number from 0, got " + quote(r, start, end));
    }
    return v;
  }

  /**
   * The range as a string.
   *
   * @param r the reader
   * @param start the first character
   * @param end one past the last
   * @return the text
   */
  public static String string(LineReader r, int start, int end) {
    return new String(r.chars(), start, end - start);
  }

  /**
   * The range quoted for an error message, bounded and with control characters escaped.
   *
   * @param r the reader
   * @param start the first character
   * @param end one past the last
   * @return the quoted text
   */
  public static String quote(LineReader r, int start, int end) {
    return Checks.quote(new String(r.chars(), start, Math.min(end - start, 40)));
  }
}

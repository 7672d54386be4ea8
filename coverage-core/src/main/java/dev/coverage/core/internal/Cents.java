package dev.coverage.core.internal;

/** The one way an amount in cents is written: two decimals, a minus sign, no currency sign. */
public final class Cents {
  /** Room enough for any {@code long} amount of cents written by {@link #format}. */
  public static final int MAX_CHARS = 24;

  private Cents() {}

  /**
   * Writes an amount at the end of an array, such as {@code 125.00} or {@code -3.10}.
   *
   * @param cents the amount in cents, above {@code Long.MIN_VALUE}
   * @param into an array of at least {@link #MAX_CHARS} characters
   * @return where the text starts; it ends at the array's end
   */
  public static int format(long cents, char[] into) {
    int at = into.length;
    long abs = Math.abs(cents);
    into[--at] = (char) ('0' + abs % 10);
    into[--at] = (char) ('0' + abs / 10 % 10);
    into[--at] = '.';
    long units = abs / 100;
    do {
      into[--at] = (char) ('0' + units % 10);
      units /= 10;
    } while (units > 0);
    if (cents < 0) {
      into[--at] = '-';
    }
    return at;
  }
}

package dev.coverage.codes.internal;

import dev.coverage.core.code.ProcedureCode;

/**
 * Packs codes into primitives so that large tables hold no object per row.
 *
 * <p>An ICD-10-CM code (a letter, then 2 to 6 of {@code [0-9A-Z]}) packs into a {@code long}, six
 * bits a character, first character highest and unused positions zero: packed values order like the
 * codes, shorter before longer, and no code packs to 0.
 *
 * <p>A CPT or HCPCS Level II code packs into an {@code int} below 2<sup>19</sup>: CPT Category I as
 * its number (0 to 99,999), Category II and III after it, HCPCS Level II after those by letter,
 * then the Category I codes ending in A, M or U.
 */
public final class CodePacking {
  private static final String HCPCS_LETTERS = "ABCDEGHJKLMPQRSTUV";
  private static final String CPT_LETTERS = "AMU";

  /** Every packed procedure code is below this. */
  public static final int PROCEDURE_LIMIT = 1 << 19;

  private CodePacking() {}

  /**
   * Packs an ICD-10-CM code written without its dot.
   *
   * @param c the characters
   * @param start the first
   * @param end one past the last
   * @return the packed code, or 0 when the text is not a well-formed code
   */
  public static long icd(char[] c, int start, int end) {
    int n = end - start;
    if (n < 3 || n > 7) {
      return 0;
    }
    long v = 0;
    for (int i = 0; i < 7; i++) {
      int bits;
      if (i < n) {
        char ch = c[start + i];
        if (ch >= '0' && ch <= '9') {
          if (i == 0) {
            return 0;
          }
          bits = ch - '0' + 1;
        } else if (ch >= 'A' && ch <= 'Z') {
          bits = ch - 'A' + 11;
        } else {
          return 0;
        }
      } else {
        bits = 0;
      }
      v = (v << 6) | bits;
    }
    return v;
  }

  /**
   * Packs an ICD-10-CM code written without its dot.
   *
   * @param undotted such as {@code L74510}
   * @return the packed code, or 0 when not well-formed
   */
  public static long icd(String undotted) {
    int n = undotted.length();
    if (n < 3 || n > 7) {
      return 0;
    }
    long v = 0;
    for (int i = 0; i < 7; i++) {
      int bits = 0;
      if (i < n) {
        char ch = undotted.charAt(i);
        if (ch >= '0' && ch <= '9' && i != 0) {
          bits = ch - '0' + 1;
        } else if (ch >= 'A' && ch <= 'Z') {
          bits = ch - 'A' + 11;
        } else {
          return 0;
        }
      }
      v = (v << 6) | bits;
    }
    return v;
  }

  /**
   * Unpacks an ICD-10-CM code.
   *
   * @param packed a value from {@link #icd(char[], int, int)}
   * @return the code without its dot
   */
  public static String icdText(long packed) {
    StringBuilder sb = new StringBuilder(7);
    for (int i = 6; i >= 0; i--) {
      int bits = (int) ((packed >>> (6 * i)) & 63);
      if (bits == 0) {
        break;
      }
      sb.append(bits <= 10 ? (char) ('0' + bits - 1) : (char) ('A' + bits - 11));
    }
    return sb.toString();
  }

  /**
   * Packs a procedure code written in upper case.
   *
   * @param c the characters
   * @param start the first
   * @param end one past the last
   * @return the packed code, or -1 when the text is not a well-formed CPT or HCPCS Level II code
   */
  public static int procedure(char[] c, int start, int end) {
    if (end - start != 5) {
      return -1;
    }
    int middle = 0;
    for (int i = start + 1; i < start + 4; i++) {
      char ch = c[i];
      if (ch < '0' || ch > '9') {
        return -1;
      }
      middle = middle * 10 + (ch - '0');
    }
    char first = c[start];
    char last = c[start + 4];
    if (first >= '0' && first <= '9') {
      int lead = (first - '0') * 1000 + middle;
      if (last >= '0' && last <= '9') {
        return lead * 10 + (last - '0');
      }
      if (last == 'F') {
        return 100_000 + lead;
      }
      if (last == 'T') {
        return 110_000 + lead;
      }
      int letter = CPT_LETTERS.indexOf(last);
      return letter < 0 ? -1 : 300_000 + letter * 10_000 + lead;
    }
    int letter = HCPCS_LETTERS.indexOf(first);
    if (letter < 0 || last < '0' || last > '9') {
      return -1;
    }
    return 120_000 + letter * 10_000 + middle * 10 + (last - '0');
  }

  /**
   * Whether a packed procedure code is a HCPCS Level II code.
   *
   * @param packed a packed code
   * @return true for a letter and four digits
   */
  public static boolean isHcpcsLevelTwo(int packed) {
    return packed >= 120_000 && packed < 300_000;
  }

  /**
   * Packs a procedure code.
   *
   * @param code the code
   * @return the packed code
   */
  public static int procedure(ProcedureCode code) {
    String v = code.value();
    char[] c = {v.charAt(0), v.charAt(1), v.charAt(2), v.charAt(3), v.charAt(4)};
    return procedure(c, 0, 5);
  }

  /**
   * Unpacks a procedure code.
   *
   * @param packed a value from {@link #procedure(char[], int, int)}
   * @return the code
   */
  public static ProcedureCode procedureCode(int packed) {
    String text;
    if (packed < 100_000) {
      text = String.format("%05d", packed);
    } else if (packed < 110_000) {
      text = String.format("%04dF", packed - 100_000);
    } else if (packed < 120_000) {
      text = String.format("%04dT", packed - 110_000);
    } else if (packed < 300_000) {
      int rest = packed - 120_000;
      text = HCPCS_LETTERS.charAt(rest / 10_000) + String.format("%04d", rest % 10_000);
    } else {
      int rest = packed - 300_000;
      text = String.format("%04d", rest % 10_000) + CPT_LETTERS.charAt(rest / 10_000);
    }
    return ProcedureCode.of(text);
  }
}

package dev.coverage.core.denial;

import static dev.coverage.core.internal.Checks.quote;

import dev.coverage.core.ValidationException;

/**
 * A remittance advice remark code (RARC), such as {@code N30} or {@code MA130}. Maintained by X12;
 * shipped as code values with our own wording only.
 */
public final class RemarkCode implements Comparable<RemarkCode> {
  private final String value;

  private RemarkCode(String value) {
    this.value = value;
  }

  /**
   * Parses a remark code.
   *
   * @param code one or two letters and one to four digits, such as {@code N30} or {@code MA130}
   * @return the code
   * @throws ValidationException when the text is not of that form
   */
  public static RemarkCode of(String code) {
    if (code == null || !code.matches("[A-Z]{1,2}[0-9]{1,4}")) {
      throw new ValidationException(
          "remarkCode",
          "a RARC is one or two letters and up to four digits, got "
              + (code == null ? "null" : quote(code)));
    }
    return new RemarkCode(code);
  }

  /** The code, such as {@code N30}. */
  public String value() {
    return value;
  }

  @Override
  public int compareTo(RemarkCode other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RemarkCode && ((RemarkCode) o).value.equals(value);
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

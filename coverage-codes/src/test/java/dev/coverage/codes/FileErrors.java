package dev.coverage.codes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.coverage.core.ValidationException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Asserts that reading a file fails with an error naming the file, line, column and field. */
public final class FileErrors {
  private FileErrors() {}

  /**
   * Runs the read and checks the error's location and field.
   *
   * @param read the read that must fail
   * @param file the file the error names
   * @param line the line it names
   * @param column the column it names, or 0 for a whole-line error
   * @param field the field it names
   * @return the error, for further checks of its rule
   */
  public static ValidationException assertFileError(
      ThrowingCallable read, String file, long line, int column, String field) {
    ValidationException e = catchThrowableOfType(ValidationException.class, read);
    assertThat(e).as("a ValidationException is thrown").isNotNull();
    String where = file + " line " + line + (column > 0 ? " column " + column : "");
    assertThat(e.location()).as("location of: %s", e.getMessage()).hasValue(where);
    assertThat(e.field()).as("field of: %s", e.getMessage()).isEqualTo(field);
    assertThat(e.getMessage()).startsWith(where + ": " + field + ": ");
    return e;
  }

  /**
   * Runs a read of a cut-short gzip file and checks the error names the file, a line (where the
   * stream broke: reading is buffered, so not always the exact line) and the rule.
   *
   * @param read the read that must fail
   * @param file the file the error names
   */
  public static void assertTruncatedGzip(ThrowingCallable read, String file) {
    ValidationException e = catchThrowableOfType(ValidationException.class, read);
    assertThat(e).as("a ValidationException is thrown").isNotNull();
    assertThat(e.location())
        .hasValueSatisfying(
            l -> assertThat(l).matches(java.util.regex.Pattern.quote(file) + " line [1-9][0-9]*"));
    assertThat(e.field()).isEqualTo("file");
    assertThat(e.rule()).contains("truncated or corrupt gzip");
  }
}

package dev.coverage.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Test helper: the {@link ValidationException} some code throws, failing the test otherwise. */
public final class ValidationErrors {
  private ValidationErrors() {}

  /**
   * Runs the code and returns the validation error it throws.
   *
   * @param code code that must throw a {@link ValidationException}
   * @return the exception
   */
  public static ValidationException thrownBy(ThrowingCallable code) {
    Throwable thrown = catchThrowable(code);
    assertThat(thrown).isInstanceOf(ValidationException.class);
    return (ValidationException) thrown;
  }

  /**
   * Runs the code and checks that it throws a validation error naming a field, in {@link
   * ValidationException#field()} and at the start of its message.
   *
   * @param field the path of the field expected at fault
   * @param code code that must throw
   * @return the exception, for further checks
   */
  public static ValidationException rejects(String field, ThrowingCallable code) {
    ValidationException e = thrownBy(code);
    assertThat(e.field()).isEqualTo(field);
    assertThat(e.getMessage()).startsWith(field + ": ");
    return e;
  }
}

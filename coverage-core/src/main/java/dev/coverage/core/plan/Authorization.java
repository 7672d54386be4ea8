package dev.coverage.core.plan;

import static dev.coverage.core.internal.Checks.require;

import dev.coverage.core.code.ProcedureCode;
import java.time.LocalDate;
import java.util.OptionalInt;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A prior authorization on file: its number, the codes it covers, the units approved, and the dates
 * it is valid (both inclusive).
 */
@Value.Immutable
public abstract class Authorization {
  Authorization() {}

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The authorization number the payer issued: 1 to 50 letters, digits or {@code - _ . /}. */
  public abstract String number();

  /** The codes it authorizes; at least one. */
  public abstract Set<ProcedureCode> procedures();

  /** Units authorized across its validity, when limited. */
  public abstract OptionalInt units();

  /** First day it is valid. */
  public abstract LocalDate validFrom();

  /** Last day it is valid. */
  public abstract LocalDate validTo();

  /**
   * Whether it is valid on a date.
   *
   * @param date the date of service
   * @return true when {@code validFrom <= date <= validTo}
   */
  public boolean isValidOn(LocalDate date) {
    return !date.isBefore(validFrom()) && !date.isAfter(validTo());
  }

  /**
   * Whether it names a code.
   *
   * @param code the procedure code
   * @return true when the code is among {@link #procedures()}
   */
  public boolean covers(ProcedureCode code) {
    return procedures().contains(code);
  }

  @Value.Check
  void check() {
    String n = number();
    require(
        !n.isEmpty() && n.length() <= 50 && n.chars().allMatch(Authorization::isIdChar),
        "number",
        "must be 1 to 50 letters, digits or - _ . /");
    require(!procedures().isEmpty(), "procedures", "an authorization names at least one code");
    if (units().isPresent()) {
      int u = units().getAsInt();
      require(u >= 1 && u <= 99_999, "units", "must be from 1 to 99999, got %s", u);
    }
    require(!validTo().isBefore(validFrom()), "validTo", "is before validFrom");
  }

  private static boolean isIdChar(int c) {
    return (c >= '0' && c <= '9')
        || (c >= 'A' && c <= 'Z')
        || (c >= 'a' && c <= 'z')
        || c == '-'
        || c == '_'
        || c == '.'
        || c == '/';
  }

  /** Builds an {@link Authorization}. */
  public static final class Builder extends ImmutableAuthorization.Builder {}
}

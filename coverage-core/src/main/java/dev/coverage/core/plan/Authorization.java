package dev.coverage.core.plan;

import static dev.coverage.core.internal.Checks.require;

import dev.coverage.core.code.ProcedureCode;
import java.time.LocalDate;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A prior authorization on file: its number, the codes it covers, the units approved per code, and
 * the dates it is valid (both inclusive).
 *
 * <pre>{@code
 * Authorization auth = Authorization.builder()
 *     .number("PA-2026-0042")
 *     .addProcedures(ProcedureCode.of("64615"), ProcedureCode.of("J0585"))
 *     .putUnits(ProcedureCode.of("J0585"), 200)
 *     .validFrom(LocalDate.of(2026, 1, 15)).validTo(LocalDate.of(2026, 7, 14))
 *     .build();
 * }</pre>
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

  /**
   * Units authorized across its validity, per code, for the codes it limits; a code it names but
   * does not limit here has no unit limit.
   */
  public abstract Map<ProcedureCode, Integer> units();

  /**
   * The units authorized for a code.
   *
   * @param code the procedure code
   * @return the units, or empty when the authorization sets no limit for it
   */
  public OptionalInt unitsFor(ProcedureCode code) {
    Integer u = units().get(code);
    return u == null ? OptionalInt.empty() : OptionalInt.of(u);
  }

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
    for (Map.Entry<ProcedureCode, Integer> e : units().entrySet()) {
      require(
          procedures().contains(e.getKey()),
          "units." + e.getKey(),
          "limits a code the authorization does not name");
      int u = e.getValue();
      require(u >= 1 && u <= 99_999, "units." + e.getKey(), "must be from 1 to 99999, got %s", u);
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

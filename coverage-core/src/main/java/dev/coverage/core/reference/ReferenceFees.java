package dev.coverage.core.reference;

import dev.coverage.core.code.Money;
import dev.coverage.core.code.ProcedureCode;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * Reference fees per unit, such as the Medicare physician fee schedule's national amounts, from
 * which a plan's allowed amount can be a percentage.
 */
public interface ReferenceFees {
  /**
   * The reference fee for one unit of a code.
   *
   * @param code the code
   * @param facility true for the facility rate (hospital outpatient, ASC), false for the office
   *     (non-facility) rate
   * @param date the date of service
   * @return the fee, or empty when the code has none
   */
  Optional<Money> fee(ProcedureCode code, boolean facility, LocalDate date);

  /** No reference fees. */
  static ReferenceFees none() {
    return (code, facility, date) -> Optional.empty();
  }

  /**
   * Fixed fees, the same at every date and rate.
   *
   * @param fees the fee per unit by code
   * @return the fees
   */
  static ReferenceFees of(Map<ProcedureCode, Money> fees) {
    Map<ProcedureCode, Money> copy = Map.copyOf(fees);
    return (code, facility, date) -> Optional.ofNullable(copy.get(code));
  }
}

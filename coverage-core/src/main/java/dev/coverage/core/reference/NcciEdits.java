package dev.coverage.core.reference;

import dev.coverage.core.code.ProcedureCode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** NCCI procedure-to-procedure edits and medically unlikely edits, by date. */
public interface NcciEdits {
  /**
   * The edit for an ordered pair on a date.
   *
   * @param column1 the comprehensive code
   * @param column2 the component code
   * @param date the date of service
   * @return the edit in force, or empty
   */
  Optional<PtpEdit> ptp(ProcedureCode column1, ProcedureCode column2, LocalDate date);

  /**
   * The unit limit for a code on a date.
   *
   * @param code the code
   * @param date the date of service
   * @return the limit in force, or empty
   */
  Optional<MueLimit> mue(ProcedureCode code, LocalDate date);

  /**
   * An in-memory table.
   *
   * @param edits PTP edits; one pair may have several with disjoint dates
   * @param limits MUE limits; one code may have several with disjoint dates
   * @return the table
   * @throws dev.coverage.core.ValidationException when one key has overlapping dates
   */
  static NcciEdits of(Collection<PtpEdit> edits, Collection<MueLimit> limits) {
    return new IndexedNcciEdits(edits, limits);
  }

  /** No edits. */
  static NcciEdits none() {
    return of(List.of(), List.of());
  }
}

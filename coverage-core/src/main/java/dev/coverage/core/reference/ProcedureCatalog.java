package dev.coverage.core.reference;

import dev.coverage.core.code.CodeSystem;
import dev.coverage.core.code.ProcedureCode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/**
 * The procedure codes known on each date.
 *
 * <p>A catalog may be complete for a code system (the full HCPCS Level II file is) or partial (the
 * bundled data names only the domain's codes, and no CPT file can be bundled): a code missing from
 * a complete system is invalid, while a code missing from a partial one is merely unknown to this
 * library.
 */
public interface ProcedureCatalog {
  /**
   * The entry for a code on a date.
   *
   * @param code the procedure code
   * @param date the date of service
   * @return the entry in force that day, or empty
   */
  Optional<ProcedureInfo> find(ProcedureCode code, LocalDate date);

  /**
   * Whether the catalog lists every valid code of a system, so that a missing code is invalid.
   *
   * @param system a code system
   * @return true when complete for that system
   */
  boolean isComplete(CodeSystem system);

  /**
   * An in-memory catalog.
   *
   * @param entries the entries; one code may have several with disjoint effective dates
   * @param completeSystems the code systems the entries cover completely
   * @return the catalog
   * @throws dev.coverage.core.ValidationException when one code has overlapping entries
   */
  static ProcedureCatalog of(Collection<ProcedureInfo> entries, Set<CodeSystem> completeSystems) {
    return new IndexedProcedureCatalog(entries, completeSystems);
  }

  /** A catalog that knows no code and claims no completeness. */
  static ProcedureCatalog empty() {
    return IndexedProcedureCatalog.EMPTY;
  }
}

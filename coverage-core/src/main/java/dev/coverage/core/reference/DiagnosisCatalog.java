package dev.coverage.core.reference;

import dev.coverage.core.code.DiagnosisCode;
import java.time.LocalDate;
import java.util.Collection;

/**
 * The ICD-10-CM code set on each date. A catalog may be complete for some dates (a full fiscal
 * year's order file loaded) and partial for others; a code absent on a complete date is {@link
 * DiagnosisStatus#NOT_IN_CODE_SET}, on a partial date {@link DiagnosisStatus#UNKNOWN}.
 */
public interface DiagnosisCatalog {
  /**
   * The status of a code on a date.
   *
   * @param code the diagnosis code
   * @param date the date of service
   * @return billable, header, not in the code set, or unknown
   */
  DiagnosisStatus status(DiagnosisCode code, LocalDate date);

  /**
   * An in-memory catalog.
   *
   * @param entries the entries; one code may have several with disjoint effective dates
   * @param completeFor the dates on which the entries are the whole code set (such as the fiscal
   *     years whose full files were loaded); empty for a partial catalog
   * @return the catalog
   * @throws dev.coverage.core.ValidationException when one code has overlapping entries
   */
  static DiagnosisCatalog of(
      Collection<DiagnosisEntry> entries, Collection<EffectiveDates> completeFor) {
    return new IndexedDiagnosisCatalog(entries, completeFor);
  }

  /** A catalog that knows no code. */
  static DiagnosisCatalog empty() {
    return (code, date) -> DiagnosisStatus.UNKNOWN;
  }
}

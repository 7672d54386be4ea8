package dev.coverage.core.reference;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.coverage.core.code.DiagnosisCode;
import java.time.LocalDate;
import java.util.Collection;

/** {@link DiagnosisCatalog} over a map from code to its entries. */
final class IndexedDiagnosisCatalog implements DiagnosisCatalog {
  private final ImmutableMap<DiagnosisCode, DiagnosisEntry[]> byCode;
  private final ImmutableList<EffectiveDates> completeFor;

  IndexedDiagnosisCatalog(
      Collection<DiagnosisEntry> entries, Collection<EffectiveDates> completeFor) {
    this.byCode =
        EffectiveIndex.build(
            entries,
            DiagnosisEntry::code,
            DiagnosisEntry::effective,
            DiagnosisEntry[]::new,
            "diagnoses");
    this.completeFor = ImmutableList.copyOf(completeFor);
  }

  @Override
  public DiagnosisStatus status(DiagnosisCode code, LocalDate date) {
    DiagnosisEntry[] entries = byCode.get(code);
    if (entries != null) {
      for (DiagnosisEntry e : entries) {
        if (e.effective().contains(date)) {
          return e.billable() ? DiagnosisStatus.BILLABLE : DiagnosisStatus.HEADER;
        }
      }
    }
    for (int i = 0; i < completeFor.size(); i++) {
      if (completeFor.get(i).contains(date)) {
        return DiagnosisStatus.NOT_IN_CODE_SET;
      }
    }
    return DiagnosisStatus.UNKNOWN;
  }
}

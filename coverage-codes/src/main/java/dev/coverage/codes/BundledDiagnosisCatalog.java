package dev.coverage.codes;

import com.google.common.collect.ImmutableMap;
import dev.coverage.core.code.DiagnosisCode;
import dev.coverage.core.reference.DiagnosisCatalog;
import dev.coverage.core.reference.DiagnosisEntry;
import dev.coverage.core.reference.DiagnosisStatus;
import dev.coverage.core.reference.EffectiveDates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The bundled ICD-10-CM rows: partial (only the domain's codes), but complete for each listed code
 * within the bundle's window of fiscal years. A listed code on a window date with no row is not in
 * the code set that day (deleted, or not yet added); an unlisted code, or any date outside the
 * window, is unknown.
 */
final class BundledDiagnosisCatalog implements DiagnosisCatalog {
  private final ImmutableMap<DiagnosisCode, DiagnosisEntry[]> byCode;
  private final EffectiveDates window;

  BundledDiagnosisCatalog(List<DiagnosisEntry> entries, EffectiveDates window) {
    Map<DiagnosisCode, List<DiagnosisEntry>> grouped = new LinkedHashMap<>();
    for (DiagnosisEntry e : entries) {
      grouped.computeIfAbsent(e.code(), c -> new ArrayList<>(1)).add(e);
    }
    ImmutableMap.Builder<DiagnosisCode, DiagnosisEntry[]> b =
        ImmutableMap.builderWithExpectedSize(grouped.size());
    grouped.forEach((code, list) -> b.put(code, list.toArray(new DiagnosisEntry[0])));
    this.byCode = b.buildOrThrow();
    this.window = window;
  }

  @Override
  public DiagnosisStatus status(DiagnosisCode code, LocalDate date) {
    DiagnosisEntry[] entries = byCode.get(code);
    if (entries == null || !window.contains(date)) {
      return DiagnosisStatus.UNKNOWN;
    }
    for (DiagnosisEntry e : entries) {
      if (e.effective().contains(date)) {
        return e.billable() ? DiagnosisStatus.BILLABLE : DiagnosisStatus.HEADER;
      }
    }
    return DiagnosisStatus.NOT_IN_CODE_SET;
  }

  /** Whether the bundle lists the code. */
  boolean lists(DiagnosisCode code) {
    return byCode.containsKey(code);
  }
}

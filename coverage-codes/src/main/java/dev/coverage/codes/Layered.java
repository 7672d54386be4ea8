package dev.coverage.codes;

import dev.coverage.core.code.CodeSystem;
import dev.coverage.core.code.DiagnosisCode;
import dev.coverage.core.code.ProcedureCode;
import dev.coverage.core.reference.DiagnosisCatalog;
import dev.coverage.core.reference.DiagnosisStatus;
import dev.coverage.core.reference.ProcedureCatalog;
import dev.coverage.core.reference.ProcedureInfo;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Catalogs stacked in order: the first that knows a code answers. Use it to keep the bundled facts
 * where a loaded official table has none, for example the bundled catalog's single-dose flags and
 * global periods over a loaded HCPCS file, or the bundled ICD-10-CM rows on dates outside the
 * fiscal years loaded.
 *
 * <pre>{@code
 * ReferenceTables bundled = ReferenceData.bundled();
 * ReferenceTables tables = ReferenceData.bundledWith()
 *     .diagnoses(Layered.diagnoses(icd10, bundled.diagnoses()))
 *     .procedures(Layered.procedures(bundled.procedures(), hcpcs))
 *     .build();
 * }</pre>
 */
public final class Layered {
  private Layered() {}

  /**
   * Diagnosis catalogs in order: the first answer that is not {@link DiagnosisStatus#UNKNOWN}.
   *
   * @param first the catalog asked first, such as the loaded official files
   * @param then the catalogs asked next, in order
   * @return the stacked catalog
   */
  public static DiagnosisCatalog diagnoses(DiagnosisCatalog first, DiagnosisCatalog... then) {
    List<DiagnosisCatalog> all = list(first, then);
    DiagnosisCatalog[] layers = all.toArray(new DiagnosisCatalog[0]);
    return (DiagnosisCode code, LocalDate date) -> {
      for (DiagnosisCatalog c : layers) {
        DiagnosisStatus s = c.status(code, date);
        if (s != DiagnosisStatus.UNKNOWN) {
          return s;
        }
      }
      return DiagnosisStatus.UNKNOWN;
    };
  }

  /**
   * Procedure catalogs in order: the first entry found on the date answers, and the stack is
   * complete for a code system when any layer is. Put the catalog with the richer facts first.
   *
   * @param first the catalog asked first, such as the bundled one
   * @param then the catalogs asked next, in order
   * @return the stacked catalog
   */
  public static ProcedureCatalog procedures(ProcedureCatalog first, ProcedureCatalog... then) {
    ProcedureCatalog[] layers = list(first, then).toArray(new ProcedureCatalog[0]);
    return new ProcedureCatalog() {
      @Override
      public Optional<ProcedureInfo> find(ProcedureCode code, LocalDate date) {
        for (ProcedureCatalog c : layers) {
          Optional<ProcedureInfo> found = c.find(code, date);
          if (found.isPresent()) {
            return found;
          }
        }
        return Optional.empty();
      }

      @Override
      public boolean isComplete(CodeSystem system) {
        for (ProcedureCatalog c : layers) {
          if (c.isComplete(system)) {
            return true;
          }
        }
        return false;
      }
    };
  }

  @SafeVarargs
  private static <T> List<T> list(T first, T... then) {
    Objects.requireNonNull(first, "first");
    T[] all = java.util.Arrays.copyOf(then, then.length + 1);
    System.arraycopy(then, 0, all, 1, then.length);
    all[0] = first;
    for (T t : all) {
      Objects.requireNonNull(t, "catalog");
    }
    return List.of(all);
  }
}

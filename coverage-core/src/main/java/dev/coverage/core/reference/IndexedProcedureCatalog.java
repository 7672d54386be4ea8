package dev.coverage.core.reference;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Sets;
import dev.coverage.core.code.CodeSystem;
import dev.coverage.core.code.ProcedureCode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** {@link ProcedureCatalog} over a map from code to its entries. */
final class IndexedProcedureCatalog implements ProcedureCatalog {
  static final IndexedProcedureCatalog EMPTY =
      new IndexedProcedureCatalog(List.of(), EnumSet.noneOf(CodeSystem.class));

  /** Each entry pre-wrapped, so that a lookup allocates nothing. */
  private final ImmutableMap<ProcedureCode, Optional<ProcedureInfo>[]> byCode;

  private final Set<CodeSystem> complete;

  IndexedProcedureCatalog(Collection<ProcedureInfo> entries, Set<CodeSystem> completeSystems) {
    this.byCode =
        EffectiveIndex.wrapped(
            EffectiveIndex.build(
                entries,
                ProcedureInfo::code,
                ProcedureInfo::effective,
                ProcedureInfo[]::new,
                "procedures"));
    this.complete = Sets.immutableEnumSet(completeSystems);
  }

  @Override
  public Optional<ProcedureInfo> find(ProcedureCode code, LocalDate date) {
    Optional<ProcedureInfo>[] entries = byCode.get(code);
    if (entries != null) {
      for (Optional<ProcedureInfo> e : entries) {
        if (e.get().effective().contains(date)) {
          return e;
        }
      }
    }
    return Optional.empty();
  }

  @Override
  public boolean isComplete(CodeSystem system) {
    return complete.contains(system);
  }
}

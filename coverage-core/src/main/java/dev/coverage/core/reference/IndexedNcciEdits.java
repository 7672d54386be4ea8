package dev.coverage.core.reference;

import com.google.common.collect.ImmutableMap;
import dev.coverage.core.code.ProcedureCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link NcciEdits} indexed by column-1 code, then column-2 code: a pair lookup is two hash lookups
 * and allocates nothing when there is no edit.
 */
final class IndexedNcciEdits implements NcciEdits {
  private final ImmutableMap<ProcedureCode, ImmutableMap<ProcedureCode, Optional<PtpEdit>[]>> ptp;
  private final ImmutableMap<ProcedureCode, Optional<MueLimit>[]> mue;

  IndexedNcciEdits(Collection<PtpEdit> edits, Collection<MueLimit> limits) {
    Map<ProcedureCode, List<PtpEdit>> byColumn1 = new LinkedHashMap<>();
    for (PtpEdit e : edits) {
      byColumn1.computeIfAbsent(e.column1(), c -> new ArrayList<>()).add(e);
    }
    ImmutableMap.Builder<ProcedureCode, ImmutableMap<ProcedureCode, Optional<PtpEdit>[]>> b =
        ImmutableMap.builderWithExpectedSize(byColumn1.size());
    byColumn1.forEach(
        (column1, list) ->
            b.put(
                column1,
                EffectiveIndex.wrapped(
                    EffectiveIndex.build(
                        list,
                        PtpEdit::column2,
                        PtpEdit::effective,
                        PtpEdit[]::new,
                        "ptp[" + column1 + "]"))));
    this.ptp = b.buildOrThrow();
    this.mue =
        EffectiveIndex.wrapped(
            EffectiveIndex.build(
                limits, MueLimit::code, MueLimit::effective, MueLimit[]::new, "mue"));
  }

  @Override
  public Optional<PtpEdit> ptp(ProcedureCode column1, ProcedureCode column2, LocalDate date) {
    ImmutableMap<ProcedureCode, Optional<PtpEdit>[]> row = ptp.get(column1);
    if (row != null) {
      Optional<PtpEdit>[] edits = row.get(column2);
      if (edits != null) {
        for (Optional<PtpEdit> e : edits) {
          if (e.get().effective().contains(date)) {
            return e;
          }
        }
      }
    }
    return Optional.empty();
  }

  @Override
  public Optional<MueLimit> mue(ProcedureCode code, LocalDate date) {
    Optional<MueLimit>[] limits = mue.get(code);
    if (limits != null) {
      for (Optional<MueLimit> l : limits) {
        if (l.get().effective().contains(date)) {
          return l;
        }
      }
    }
    return Optional.empty();
  }
}

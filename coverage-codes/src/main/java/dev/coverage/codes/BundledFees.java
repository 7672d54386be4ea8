package dev.coverage.codes;

import com.google.common.collect.ImmutableMap;
import dev.coverage.core.code.Money;
import dev.coverage.core.code.ProcedureCode;
import dev.coverage.core.reference.EffectiveDates;
import dev.coverage.core.reference.ReferenceFees;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reference fees per unit by code and date, facility and non-facility. */
final class BundledFees implements ReferenceFees {
  /** One row of fees.tsv. */
  record Fee(ProcedureCode code, Money nonFacility, Money facility, EffectiveDates effective) {}

  private final ImmutableMap<ProcedureCode, Fee[]> byCode;

  BundledFees(List<Fee> fees) {
    Map<ProcedureCode, List<Fee>> grouped = new LinkedHashMap<>();
    for (Fee f : fees) {
      grouped.computeIfAbsent(f.code(), c -> new ArrayList<>(1)).add(f);
    }
    ImmutableMap.Builder<ProcedureCode, Fee[]> b = ImmutableMap.builder();
    grouped.forEach((code, list) -> b.put(code, list.toArray(new Fee[0])));
    this.byCode = b.buildOrThrow();
  }

  @Override
  public Optional<Money> fee(ProcedureCode code, boolean facility, LocalDate date) {
    Fee[] fees = byCode.get(code);
    if (fees != null) {
      for (Fee f : fees) {
        if (f.effective().contains(date)) {
          return Optional.of(facility ? f.facility() : f.nonFacility());
        }
      }
    }
    return Optional.empty();
  }
}

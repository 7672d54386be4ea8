package dev.coverage.core.reference;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.coverage.core.ValidationException;
import dev.coverage.core.code.ProcedureCode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@link CoveragePolicies} indexed by set and code once, so a lookup never scans the list. */
final class IndexedCoveragePolicies implements CoveragePolicies {
  private final ImmutableMap<String, ImmutableMap<ProcedureCode, ImmutableList<CoveragePolicy>>>
      bySet;

  IndexedCoveragePolicies(Collection<CoveragePolicy> policies) {
    Set<String> ids = new HashSet<>();
    Map<String, Map<ProcedureCode, List<CoveragePolicy>>> grouped = new LinkedHashMap<>();
    int index = 0;
    for (CoveragePolicy p : policies) {
      if (!ids.add(p.id())) {
        throw new ValidationException("policies[" + index + "].id", "is a duplicate: " + p.id());
      }
      Map<ProcedureCode, List<CoveragePolicy>> set =
          grouped.computeIfAbsent(p.policySet(), s -> new LinkedHashMap<>());
      for (ProcedureCode code : p.procedures()) {
        set.computeIfAbsent(code, c -> new ArrayList<>(2)).add(p);
      }
      index++;
    }
    ImmutableMap.Builder<String, ImmutableMap<ProcedureCode, ImmutableList<CoveragePolicy>>> b =
        ImmutableMap.builder();
    grouped.forEach(
        (set, codes) -> {
          ImmutableMap.Builder<ProcedureCode, ImmutableList<CoveragePolicy>> c =
              ImmutableMap.builder();
          codes.forEach((code, list) -> c.put(code, ImmutableList.copyOf(list)));
          b.put(set, c.buildOrThrow());
        });
    this.bySet = b.buildOrThrow();
  }

  @Override
  public List<CoveragePolicy> forProcedure(String policySet, ProcedureCode code) {
    ImmutableMap<ProcedureCode, ImmutableList<CoveragePolicy>> set = bySet.get(policySet);
    if (set == null) {
      return ImmutableList.of();
    }
    ImmutableList<CoveragePolicy> list = set.get(code);
    return list == null ? ImmutableList.of() : list;
  }

  @Override
  public Set<String> policySets() {
    return ImmutableSet.copyOf(bySet.keySet());
  }
}

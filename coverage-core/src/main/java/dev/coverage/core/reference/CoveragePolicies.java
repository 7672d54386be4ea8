package dev.coverage.core.reference;

import dev.coverage.core.code.ProcedureCode;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/** Coverage policies, by set and procedure code. */
public interface CoveragePolicies {
  /**
   * Every policy of a set that governs a code, whatever its dates, in the set's order; the checker
   * keeps those in force on the date of service.
   *
   * @param policySet the set, such as {@code commercial}
   * @param code the procedure code
   * @return the policies, possibly none
   */
  List<CoveragePolicy> forProcedure(String policySet, ProcedureCode code);

  /** The names of the sets. */
  Set<String> policySets();

  /**
   * An in-memory index of policies.
   *
   * @param policies the policies; ids must be unique
   * @return the index
   * @throws dev.coverage.core.ValidationException when two policies share an id
   */
  static CoveragePolicies of(Collection<CoveragePolicy> policies) {
    return new IndexedCoveragePolicies(policies);
  }

  /** No policies at all. */
  static CoveragePolicies none() {
    return of(List.of());
  }
}

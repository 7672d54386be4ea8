package dev.coverage.core.reference;

import dev.coverage.core.code.DiagnosisCode;
import java.util.List;
import org.immutables.value.Value;

/**
 * A covered indication of a policy: the diagnoses (codes or code prefixes, such as {@code G43.7}
 * for every chronic migraine without aura) and the documentation they require. An indication with
 * no diagnoses matches any diagnosis. A policy lists an indication twice to say "either of these
 * sets of criteria".
 */
@Value.Immutable
public abstract class Indication {
  Indication() {}

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Our short label, such as "chronic migraine". */
  public abstract String label();

  /** ICD-10-CM codes or prefixes, normalized undotted. */
  public abstract List<String> diagnoses();

  /** The documentation required. */
  @Value.Default
  public Criteria requires() {
    return Criteria.none();
  }

  /**
   * Whether a diagnosis is one of this indication's.
   *
   * @param code a diagnosis
   * @return true when it starts with one of the listed codes, or when none are listed
   */
  public boolean matches(DiagnosisCode code) {
    return diagnoses().isEmpty() || DiagnosisPrefixes.anyMatches(diagnoses(), code);
  }

  @Value.Check
  Indication normalize() {
    List<String> normal = DiagnosisPrefixes.normalize(diagnoses(), "diagnoses");
    return normal.equals(diagnoses()) ? this : builder().from(this).diagnoses(normal).build();
  }

  /** Builds an {@link Indication}. */
  public static final class Builder extends ImmutableIndication.Builder {}
}

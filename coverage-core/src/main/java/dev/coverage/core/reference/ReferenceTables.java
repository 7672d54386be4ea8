package dev.coverage.core.reference;

import org.immutables.value.Value;

/**
 * Everything a checker reads, gathered: the catalogs, policies, edits, adjustment codes and fees,
 * with the version of the data. Built once; immutable and safe to share.
 *
 * <p>Tables not given default to empty ones that know nothing and claim no completeness, so a check
 * with partial data reports unknowns rather than inventing answers.
 *
 * <pre>{@code
 * ReferenceTables tables = ReferenceTables.builder()
 *     .version("my-data 2026-11")
 *     .procedures(ProcedureCatalog.of(entries, Set.of()))
 *     .policies(CoveragePolicies.of(policies))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class ReferenceTables {
  ReferenceTables() {}

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A label for the data's version, shown in every assessment. */
  public abstract String version();

  /** The procedure catalog. */
  @Value.Default
  public ProcedureCatalog procedures() {
    return ProcedureCatalog.empty();
  }

  /** The diagnosis catalog. */
  @Value.Default
  public DiagnosisCatalog diagnoses() {
    return DiagnosisCatalog.empty();
  }

  /** The place-of-service codes. */
  @Value.Default
  public PlaceOfServiceCatalog placesOfService() {
    return PlaceOfServiceCatalog.unknown();
  }

  /** The coverage policies. */
  @Value.Default
  public CoveragePolicies policies() {
    return CoveragePolicies.none();
  }

  /** NCCI edits. */
  @Value.Default
  public NcciEdits ncci() {
    return NcciEdits.none();
  }

  /** Adjustment code remapping and wording. */
  @Value.Default
  public DenialCodeMap denialCodes() {
    return DenialCodeMap.none();
  }

  /** Reference fees. */
  @Value.Default
  public ReferenceFees fees() {
    return ReferenceFees.none();
  }

  /** Builds {@link ReferenceTables}. */
  public static final class Builder extends ImmutableReferenceTables.Builder {}
}

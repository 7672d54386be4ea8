package dev.coverage.codes;

import com.google.common.base.Suppliers;
import dev.coverage.codes.load.HcpcsCodeSet;
import dev.coverage.codes.load.Icd10cmCodeSet;
import dev.coverage.codes.load.NcciTable;
import dev.coverage.codes.load.PlaceOfServiceTable;
import dev.coverage.core.ValidationException;
import dev.coverage.core.reference.CoveragePolicies;
import dev.coverage.core.reference.DenialCodeMap;
import dev.coverage.core.reference.DiagnosisCatalog;
import dev.coverage.core.reference.NcciEdits;
import dev.coverage.core.reference.PlaceOfServiceCatalog;
import dev.coverage.core.reference.ProcedureCatalog;
import dev.coverage.core.reference.ReferenceFees;
import dev.coverage.core.reference.ReferenceTables;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The reference data this library ships, ready for a checker, and a way to replace any of its
 * tables with one loaded from the official files.
 *
 * <pre>{@code
 * CoverageChecker checker = CoverageChecker.using(ReferenceData.bundled());
 *
 * Icd10cmCodeSet icd10 = Icd10cmLoader.create()
 *     .orderFile(2026, Path.of("icd10cm_order_2026.txt"))
 *     .load();
 * CoverageChecker full = CoverageChecker.using(
 *     ReferenceData.bundledWith().diagnoses(icd10).build());
 * }</pre>
 *
 * <p>The bundled tables cover the first domain, dermatology and aesthetic procedures: its procedure
 * and drug codes, the ICD-10-CM codes its policies name for FY2024 to FY2027, every place of
 * service, NCCI edits among the bundled codes (practitioner, 2024Q3), national fee schedule
 * amounts, the adjustment codes the checker predicts, and two policy sets ({@code commercial} and
 * {@code medicare-part-b}). {@link ReferenceTables#version()} names the data's version and the
 * release of each source.
 */
public final class ReferenceData {
  private static final Supplier<BundledData> BUNDLED = Suppliers.memoize(BundledData::load);

  private ReferenceData() {}

  /**
   * The bundled tables: read from this jar on first use (once, thread-safely), then shared.
   *
   * @return the tables; immutable and thread-safe
   * @throws ValidationException when a bundled file is corrupt (a packaging error)
   */
  public static ReferenceTables bundled() {
    return BUNDLED.get().tables;
  }

  /**
   * Reads the bundled tables afresh, without the shared copy: for a caller that wants its own, or
   * to measure loading. {@link #bundled()} is the usual way.
   *
   * @return newly read tables
   * @throws ValidationException when a bundled file is corrupt (a packaging error)
   */
  public static ReferenceTables loadBundled() {
    return BundledData.load().tables;
  }

  /**
   * Starts from the bundled tables to replace some of them, such as the diagnosis catalog with the
   * full ICD-10-CM files.
   *
   * @return a builder; tables not replaced stay the bundled ones
   */
  public static Builder bundledWith() {
    return new Builder(bundled());
  }

  /**
   * Builds reference tables from the bundled ones with some replaced. The version becomes the
   * bundled version followed by the tables replaced, unless {@link #version(String)} sets one.
   */
  public static final class Builder {
    private final ReferenceTables base;
    private final ReferenceTables.Builder tables;
    private final List<String> replaced = new ArrayList<>();
    private @Nullable String version;

    private Builder(ReferenceTables base) {
      this.base = base;
      this.tables = ReferenceTables.builder().from(base);
    }

    /**
     * Replaces the diagnosis catalog.
     *
     * @param catalog such as an {@code Icd10cmCodeSet}
     * @return this builder
     */
    public Builder diagnoses(DiagnosisCatalog catalog) {
      tables.diagnoses(catalog);
      return replaced("diagnoses", catalog);
    }

    /**
     * Replaces the procedure catalog.
     *
     * @param catalog such as {@code Layered.procedures(bundled.procedures(), hcpcs)}
     * @return this builder
     */
    public Builder procedures(ProcedureCatalog catalog) {
      tables.procedures(catalog);
      return replaced("procedures", catalog);
    }

    /**
     * Replaces the place-of-service catalog.
     *
     * @param catalog such as a {@code PlaceOfServiceTable}
     * @return this builder
     */
    public Builder placesOfService(PlaceOfServiceCatalog catalog) {
      tables.placesOfService(catalog);
      return replaced("places of service", catalog);
    }

    /**
     * Replaces the coverage policies.
     *
     * @param policies the policies
     * @return this builder
     */
    public Builder policies(CoveragePolicies policies) {
      tables.policies(policies);
      return replaced("policies", policies);
    }

    /**
     * Replaces the NCCI edits.
     *
     * @param edits such as an {@code NcciTable}
     * @return this builder
     */
    public Builder ncci(NcciEdits edits) {
      tables.ncci(edits);
      return replaced("NCCI", edits);
    }

    /**
     * Replaces the adjustment-code map.
     *
     * @param map the map
     * @return this builder
     */
    public Builder denialCodes(DenialCodeMap map) {
      tables.denialCodes(map);
      return replaced("denial codes", map);
    }

    /**
     * Replaces the reference fees.
     *
     * @param fees the fees
     * @return this builder
     */
    public Builder fees(ReferenceFees fees) {
      tables.fees(fees);
      return replaced("fees", fees);
    }

    /**
     * Sets the version label instead of the one derived from the bundled version.
     *
     * @param version such as {@code acme-data 2026-11}
     * @return this builder
     */
    public Builder version(String version) {
      if (version == null || version.isBlank()) {
        throw new ValidationException("version", "must not be blank");
      }
      this.version = version;
      return this;
    }

    private Builder replaced(String table, @Nullable Object value) {
      if (value == null) {
        throw new ValidationException(table, "is required");
      }
      String what = table + ": " + describe(value);
      replaced.removeIf(r -> r.startsWith(table + ": "));
      replaced.add(what);
      return this;
    }

    private static String describe(Object table) {
      if (table instanceof Icd10cmCodeSet) {
        return ((Icd10cmCodeSet) table).description();
      }
      if (table instanceof HcpcsCodeSet) {
        return ((HcpcsCodeSet) table).description();
      }
      if (table instanceof NcciTable) {
        return ((NcciTable) table).description();
      }
      if (table instanceof PlaceOfServiceTable) {
        return ((PlaceOfServiceTable) table).description();
      }
      return "custom";
    }

    /** The tables. */
    public ReferenceTables build() {
      String v = version;
      if (v == null) {
        v =
            replaced.isEmpty()
                ? base.version()
                : base.version() + " replaced by " + String.join("; ", replaced);
      }
      return tables.version(v).build();
    }
  }
}

package dev.coverage.codes;

import dev.coverage.codes.internal.TextFile;
import dev.coverage.codes.internal.TsvReader;
import dev.coverage.codes.load.CoveragePolicyLoader;
import dev.coverage.core.ValidationException;
import dev.coverage.core.claim.Specialty;
import dev.coverage.core.code.CodeSystem;
import dev.coverage.core.code.DiagnosisCode;
import dev.coverage.core.code.Money;
import dev.coverage.core.code.PlaceOfService;
import dev.coverage.core.code.ProcedureCode;
import dev.coverage.core.denial.ReasonCode;
import dev.coverage.core.denial.RemarkCode;
import dev.coverage.core.reference.Citation;
import dev.coverage.core.reference.CoveragePolicies;
import dev.coverage.core.reference.CoveragePolicy;
import dev.coverage.core.reference.DenialCodeMap;
import dev.coverage.core.reference.DiagnosisEntry;
import dev.coverage.core.reference.EffectiveDates;
import dev.coverage.core.reference.Indication;
import dev.coverage.core.reference.ModifierIndicator;
import dev.coverage.core.reference.MueAdjudication;
import dev.coverage.core.reference.MueLimit;
import dev.coverage.core.reference.NcciEdits;
import dev.coverage.core.reference.PlaceOfServiceCatalog;
import dev.coverage.core.reference.ProcedureCatalog;
import dev.coverage.core.reference.ProcedureInfo;
import dev.coverage.core.reference.ProcedureKind;
import dev.coverage.core.reference.PtpEdit;
import dev.coverage.core.reference.ReferenceTables;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads the bundled data files strictly, checks them against each other (every source key cited,
 * every code a policy names bundled, no overlapping rows) and builds the tables. Any problem is a
 * {@link ValidationException} naming the file, line and column.
 */
final class BundledData {
  static final String SOURCES = "sources.tsv";
  static final String MANIFEST = "manifest.tsv";
  static final String PROCEDURES = "procedures.tsv";
  static final String ICD10CM = "icd10cm.tsv";
  static final String PLACE_OF_SERVICE = "place_of_service.tsv";
  static final String TAXONOMY = "taxonomy.tsv";
  static final String ADJUSTMENT_CODES = "adjustment_codes.tsv";
  static final String NCCI_PTP = "ncci_ptp.tsv";
  static final String MUE = "mue.tsv";
  static final String FEES = "fees.tsv";
  static final List<String> POLICY_FILES =
      List.of("policies-commercial.json", "policies-medicare-part-b.json");

  /** A row of place_of_service.tsv. */
  record PosRow(PlaceOfService code, boolean assigned, @Nullable String setting, String label) {}

  /** A row of taxonomy.tsv. */
  record TaxonomyRow(String code, Specialty specialty, String label) {}

  /** A row of adjustment_codes.tsv. */
  record AdjustmentRow(String list, String code, String wording, EffectiveDates effective) {}

  final Map<String, Citation> sources;
  final Map<String, String> manifest;
  final List<ProcedureInfo> procedures;
  final List<DiagnosisEntry> diagnoses;
  final EffectiveDates icd10cmWindow;
  final List<PosRow> placesOfService;
  final List<TaxonomyRow> taxonomy;
  final List<AdjustmentRow> adjustmentCodes;
  final List<PtpEdit> ptp;
  final List<MueLimit> mue;
  final List<BundledFees.Fee> fees;
  final List<CoveragePolicy> policies;
  final ReferenceTables tables;

  private BundledData() {
    this.sources = readSources();
    this.manifest = readManifest();
    this.icd10cmWindow =
        EffectiveDates.between(
            LocalDate.parse(manifest.get("icd10cm_window_from")),
            LocalDate.parse(manifest.get("icd10cm_window_to")));
    this.procedures = readProcedures();
    this.diagnoses = readDiagnoses();
    this.placesOfService = readPlacesOfService();
    this.taxonomy = readTaxonomy();
    this.adjustmentCodes = readAdjustmentCodes();
    Set<ProcedureCode> bundled = new HashSet<>();
    for (ProcedureInfo p : procedures) {
      bundled.add(p.code());
    }
    this.ptp = readPtp(bundled);
    this.mue = readMue(bundled);
    this.fees = readFees(bundled);
    this.policies = readPolicies(bundled);
    this.tables = build();
  }

  /** Reads and checks every bundled file. */
  static BundledData load() {
    return new BundledData();
  }

  /** The version label, such as {@code coverage-bundled 2026.11 (ICD-10-CM FY2024-FY2027, ...)}. */
  String version() {
    return manifest.get("version")
        + " ("
        + String.join(
            ", ",
            manifest.get("icd10cm"),
            manifest.get("hcpcs"),
            manifest.get("ncci"),
            manifest.get("mpfs"),
            manifest.get("pos"),
            manifest.get("carc_rarc"),
            manifest.get("policies"))
        + ")";
  }

  private ReferenceTables build() {
    List<PlaceOfService> assigned = new ArrayList<>();
    for (PosRow p : placesOfService) {
      if (p.assigned()) {
        assigned.add(p.code());
      }
    }
    Map<ReasonCode, String> reasons = new LinkedHashMap<>();
    Map<RemarkCode, String> remarks = new LinkedHashMap<>();
    for (AdjustmentRow a : adjustmentCodes) {
      if (a.list().equals("CARC")) {
        reasons.put(ReasonCode.of(a.code()), a.wording());
      } else {
        remarks.put(RemarkCode.of(a.code()), a.wording());
      }
    }
    return ReferenceTables.builder()
        .version(version())
        .procedures(ProcedureCatalog.of(procedures, EnumSet.noneOf(CodeSystem.class)))
        .diagnoses(new BundledDiagnosisCatalog(diagnoses, icd10cmWindow))
        .placesOfService(PlaceOfServiceCatalog.of(assigned))
        .policies(CoveragePolicies.of(policies))
        .ncci(NcciEdits.of(ptp, mue))
        .denialCodes(DenialCodeMap.of(Map.of(), reasons, remarks))
        .fees(new BundledFees(fees))
        .build();
  }

  // ---------------------------------------------------------------------------------------------
  // Reading

  private static TsvReader open(String file, String... columns) {
    return TsvReader.open(TextFile.resource(BundledData.class, file), List.of(columns), true);
  }

  private static Map<String, Citation> readSources() {
    Map<String, Citation> out = new LinkedHashMap<>();
    try (TsvReader t = open(SOURCES, "key", "title", "url", "secondary")) {
      while (t.next()) {
        String key = t.required(0);
        if (out.containsKey(key)) {
          throw t.error(0, "is listed twice: " + key);
        }
        String url = t.optional(2);
        if (url != null && !url.startsWith("https://") && !url.startsWith("http://")) {
          throw t.error(2, "is an http(s) address");
        }
        out.put(key, Citation.of(t.required(1), Optional.ofNullable(url), t.flag(3)));
      }
      t.requireRows();
    }
    return out;
  }

  private static Map<String, String> readManifest() {
    Map<String, String> out = new LinkedHashMap<>();
    try (TsvReader t = open(MANIFEST, "key", "value")) {
      while (t.next()) {
        String key = t.required(0);
        if (out.put(key, t.required(1)) != null) {
          throw t.error(0, "is listed twice: " + key);
        }
        if (key.startsWith("icd10cm_window_")) {
          t.date(1);
        }
      }
      for (String key :
          List.of(
              "version",
              "icd10cm",
              "icd10cm_window_from",
              "icd10cm_window_to",
              "hcpcs",
              "ncci",
              "mpfs",
              "pos",
              "carc_rarc",
              "policies")) {
        if (!out.containsKey(key)) {
          throw t.rowError("key", "the manifest has no " + key);
        }
      }
    }
    return out;
  }

  /** Reads effective_from and effective_to, which must be the two columns before source. */
  private static EffectiveDates dates(TsvReader t, int from) {
    LocalDate start = t.date(from);
    LocalDate end = t.optionalDate(from + 1);
    if (end != null && end.isBefore(start)) {
      throw t.error(from + 1, "is before effective_from");
    }
    return EffectiveDates.between(start, end);
  }

  private void source(TsvReader t, int i) {
    for (String key : t.required(i).split(",", -1)) {
      if (!sources.containsKey(key)) {
        throw t.error(i, "names no source of " + SOURCES + ": \"" + key + "\"");
      }
    }
  }

  /** Rejects a row whose key and dates overlap an earlier row's. */
  private static final class Overlaps {
    private final Map<Object, List<Object[]>> seen = new HashMap<>();

    void check(TsvReader t, int column, Object key, EffectiveDates dates) {
      List<Object[]> earlier = seen.computeIfAbsent(key, k -> new ArrayList<>(1));
      for (Object[] e : earlier) {
        if (((EffectiveDates) e[0]).overlaps(dates)) {
          throw t.error(
              column, key + " is already listed at line " + e[1] + " for overlapping dates");
        }
      }
      earlier.add(new Object[] {dates, t.lineNumber()});
    }
  }

  private static ProcedureCode procedureCode(TsvReader t, int i) {
    String text = t.get(i);
    try {
      ProcedureCode code = ProcedureCode.parse(t.name(), text);
      if (!code.value().equals(text)) {
        throw t.error(i, "is written in upper case: " + text);
      }
      return code;
    } catch (ValidationException e) {
      throw t.error(i, e);
    }
  }

  private List<ProcedureInfo> readProcedures() {
    List<ProcedureInfo> out = new ArrayList<>();
    Overlaps overlaps = new Overlaps();
    try (TsvReader t =
        open(
            PROCEDURES,
            "code",
            "system",
            "kind",
            "label",
            "add_on",
            "unlisted",
            "billing_unit",
            "single_dose",
            "global_days",
            "effective_from",
            "effective_to",
            "source")) {
      while (t.next()) {
        ProcedureCode code = procedureCode(t, 0);
        CodeSystem system = t.enumValue(1, CodeSystem.class);
        if (system != code.system()) {
          throw t.error(1, "is " + code.system() + " for " + code);
        }
        ProcedureKind kind = t.enumValue(2, ProcedureKind.class);
        String global = t.optional(8);
        OptionalInt globalDays = OptionalInt.empty();
        if (global != null) {
          if (!global.equals("0") && !global.equals("10") && !global.equals("90")) {
            throw t.error(8, "is 0, 10, 90 or empty");
          }
          globalDays = OptionalInt.of(Integer.parseInt(global));
        }
        EffectiveDates effective = dates(t, 9);
        source(t, 11);
        overlaps.check(t, 0, code, effective);
        try {
          out.add(
              ProcedureInfo.builder()
                  .code(code)
                  .label(t.required(3))
                  .kind(kind)
                  .addOn(t.flag(4))
                  .unlisted(t.flag(5))
                  .billingUnit(Optional.ofNullable(t.optional(6)))
                  .singleDoseContainer(t.flag(7))
                  .globalDays(globalDays)
                  .effective(effective)
                  .build());
        } catch (ValidationException e) {
          int column = PROCEDURE_COLUMNS.getOrDefault(e.field(), 0);
          throw t.error(column, e);
        }
      }
      t.requireRows();
    }
    return out;
  }

  private static final Map<String, Integer> PROCEDURE_COLUMNS =
      Map.of("label", 3, "billingUnit", 6, "singleDoseContainer", 7);

  private List<DiagnosisEntry> readDiagnoses() {
    List<DiagnosisEntry> out = new ArrayList<>();
    Overlaps overlaps = new Overlaps();
    try (TsvReader t =
        open(ICD10CM, "code", "status", "effective_from", "effective_to", "source")) {
      while (t.next()) {
        String text = t.get(0);
        DiagnosisCode code;
        try {
          code = DiagnosisCode.parse("code", text);
        } catch (ValidationException e) {
          throw t.error(0, e);
        }
        if (!code.dotted().equals(text)) {
          throw t.error(0, "is written dotted and in upper case: " + code.dotted());
        }
        String status = t.get(1);
        if (!status.equals("billable") && !status.equals("header")) {
          throw t.error(1, "is billable or header");
        }
        EffectiveDates effective = dates(t, 2);
        if (!icd10cmWindow.contains(effective.from())
            || effective.to().isEmpty()
            || !icd10cmWindow.contains(effective.to().get())) {
          throw t.error(2, "the dates must lie within the bundle's window " + icd10cmWindow);
        }
        if (!startsFiscalYear(effective.from()) || !endsFiscalYear(effective.to().get())) {
          throw t.error(2, "a row runs whole fiscal years, October 1 to September 30");
        }
        source(t, 4);
        overlaps.check(t, 0, code, effective);
        out.add(DiagnosisEntry.of(code, status.equals("billable"), effective));
      }
      t.requireRows();
    }
    return out;
  }

  private static boolean startsFiscalYear(LocalDate d) {
    return d.getMonthValue() == 10 && d.getDayOfMonth() == 1;
  }

  private static boolean endsFiscalYear(LocalDate d) {
    return d.getMonthValue() == 9 && d.getDayOfMonth() == 30;
  }

  private List<PosRow> readPlacesOfService() {
    List<PosRow> out = new ArrayList<>();
    boolean[] seen = new boolean[100];
    try (TsvReader t =
        open(
            PLACE_OF_SERVICE,
            "pos_code",
            "assigned",
            "setting",
            "label",
            "effective_from",
            "effective_to",
            "source")) {
      while (t.next()) {
        PlaceOfService code;
        try {
          code = PlaceOfService.parse("pos_code", t.get(0));
        } catch (ValidationException e) {
          throw t.error(0, e);
        }
        if (seen[code.number()]) {
          throw t.error(0, "is listed twice: " + code);
        }
        seen[code.number()] = true;
        boolean assigned = t.flag(1);
        String setting = t.optional(2);
        String label = t.optional(3);
        if (assigned
            ? setting == null
                || !(setting.equals("FACILITY") || setting.equals("NON_FACILITY"))
                || label == null
            : setting != null || label != null) {
          throw t.error(
              2,
              "an assigned code has a setting (FACILITY or NON_FACILITY) and a label; an"
                  + " unassigned code has neither");
        }
        dates(t, 4);
        source(t, 6);
        out.add(new PosRow(code, assigned, setting, label == null ? "" : label));
      }
      for (int i = 1; i < 100; i++) {
        if (!seen[i]) {
          throw t.rowError("pos_code", "every code 01 to 99 is listed; missing " + i);
        }
      }
    }
    return out;
  }

  private List<TaxonomyRow> readTaxonomy() {
    List<TaxonomyRow> out = new ArrayList<>();
    Set<Specialty> seen = EnumSet.noneOf(Specialty.class);
    try (TsvReader t =
        open(
            TAXONOMY,
            "taxonomy_code",
            "specialty",
            "label",
            "effective_from",
            "effective_to",
            "source")) {
      while (t.next()) {
        String code = t.required(0);
        if (code.length() != 10 || code.charAt(9) != 'X') {
          throw t.error(0, "is a ten-character NUCC code ending in X");
        }
        Specialty specialty = t.enumValue(1, Specialty.class);
        if (!seen.add(specialty)) {
          throw t.error(1, "is listed twice");
        }
        if (!specialty.taxonomyCode().equals(Optional.of(code))) {
          throw t.error(0, specialty + " is taxonomy " + specialty.taxonomyCode().orElse("(none)"));
        }
        dates(t, 3);
        source(t, 5);
        out.add(new TaxonomyRow(code, specialty, t.required(2)));
      }
      t.requireRows();
    }
    return out;
  }

  private List<AdjustmentRow> readAdjustmentCodes() {
    List<AdjustmentRow> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    try (TsvReader t =
        open(
            ADJUSTMENT_CODES,
            "list",
            "code",
            "wording",
            "effective_from",
            "effective_to",
            "source")) {
      while (t.next()) {
        String list = t.required(0);
        String code = t.required(1);
        try {
          if (list.equals("CARC")) {
            ReasonCode.of(code);
          } else if (list.equals("RARC")) {
            RemarkCode.of(code);
          } else {
            throw t.error(0, "is CARC or RARC");
          }
        } catch (ValidationException e) {
          throw e.location().isPresent() ? e : t.error(1, e);
        }
        if (!seen.add(list + code)) {
          throw t.error(1, "is listed twice");
        }
        String wording = t.required(2);
        if (wording.length() > 80) {
          throw t.error(2, "is our own short wording, at most 80 characters");
        }
        EffectiveDates effective = dates(t, 3);
        source(t, 5);
        out.add(new AdjustmentRow(list, code, wording, effective));
      }
      t.requireRows();
    }
    return out;
  }

  private List<PtpEdit> readPtp(Set<ProcedureCode> bundled) {
    List<PtpEdit> out = new ArrayList<>();
    Overlaps overlaps = new Overlaps();
    try (TsvReader t =
        open(
            NCCI_PTP,
            "column1",
            "column2",
            "modifier_indicator",
            "rationale",
            "effective_from",
            "effective_to",
            "source")) {
      while (t.next()) {
        ProcedureCode c1 = bundledCode(t, 0, bundled);
        ProcedureCode c2 = bundledCode(t, 1, bundled);
        if (c1.equals(c2)) {
          throw t.error(1, "must differ from column1");
        }
        ModifierIndicator indicator;
        try {
          indicator = ModifierIndicator.ofDigit(t.get(2));
        } catch (ValidationException e) {
          throw t.error(2, e);
        }
        EffectiveDates effective = dates(t, 4);
        source(t, 6);
        overlaps.check(t, 0, c1 + "/" + c2, effective);
        out.add(
            PtpEdit.builder()
                .column1(c1)
                .column2(c2)
                .modifierIndicator(indicator)
                .rationale(Optional.ofNullable(t.optional(3)))
                .effective(effective)
                .build());
      }
      t.requireRows();
    }
    return out;
  }

  private static ProcedureCode bundledCode(TsvReader t, int i, Set<ProcedureCode> bundled) {
    ProcedureCode code = procedureCode(t, i);
    if (!bundled.contains(code)) {
      throw t.error(i, code + " is not in " + PROCEDURES);
    }
    return code;
  }

  private List<MueLimit> readMue(Set<ProcedureCode> bundled) {
    List<MueLimit> out = new ArrayList<>();
    Overlaps overlaps = new Overlaps();
    try (TsvReader t =
        open(
            MUE, "code", "units", "mai", "rationale", "effective_from", "effective_to", "source")) {
      while (t.next()) {
        ProcedureCode code = bundledCode(t, 0, bundled);
        int units = t.nonNegativeInt(1);
        MueAdjudication mai;
        try {
          mai = MueAdjudication.ofDigit(t.get(2));
        } catch (ValidationException e) {
          throw t.error(2, e);
        }
        EffectiveDates effective = dates(t, 4);
        source(t, 6);
        overlaps.check(t, 0, code, effective);
        out.add(
            MueLimit.builder()
                .code(code)
                .units(units)
                .adjudication(mai)
                .rationale(Optional.ofNullable(t.optional(3)))
                .effective(effective)
                .build());
      }
      t.requireRows();
    }
    return out;
  }

  private List<BundledFees.Fee> readFees(Set<ProcedureCode> bundled) {
    List<BundledFees.Fee> out = new ArrayList<>();
    Overlaps overlaps = new Overlaps();
    try (TsvReader t =
        open(
            FEES,
            "code",
            "non_facility_rvu",
            "facility_rvu",
            "conversion_factor",
            "non_facility",
            "facility",
            "effective_from",
            "effective_to",
            "source")) {
      while (t.next()) {
        ProcedureCode code = bundledCode(t, 0, bundled);
        BigDecimal nonFacilityRvu = decimal(t, 1);
        BigDecimal facilityRvu = decimal(t, 2);
        BigDecimal factor = decimal(t, 3);
        Money nonFacility = amount(t, 4, nonFacilityRvu.multiply(factor));
        Money facility = amount(t, 5, facilityRvu.multiply(factor));
        EffectiveDates effective = dates(t, 6);
        source(t, 8);
        overlaps.check(t, 0, code, effective);
        out.add(new BundledFees.Fee(code, nonFacility, facility, effective));
      }
      t.requireRows();
    }
    return out;
  }

  private static BigDecimal decimal(TsvReader t, int i) {
    String text = t.required(i);
    for (int k = 0; k < text.length(); k++) {
      char c = text.charAt(k);
      if (!(c >= '0' && c <= '9') && c != '.') {
        throw t.error(i, "is a positive decimal number, got \"" + text + "\"");
      }
    }
    try {
      BigDecimal v = new BigDecimal(text);
      if (v.signum() <= 0) {
        throw t.error(i, "must be above 0");
      }
      return v;
    } catch (NumberFormatException e) {
      throw t.error(i, "is a positive decimal number, got \"" + text + "\"");
    }
  }

  /** An amount that must equal RVUs times the conversion factor, rounded half up to the cent. */
  private static Money amount(TsvReader t, int i, BigDecimal computed) {
    BigDecimal expected = computed.setScale(2, RoundingMode.HALF_UP);
    Money amount;
    try {
      amount = Money.of(t.required(i));
    } catch (ValidationException e) {
      throw t.error(i, e);
    }
    if (amount.toBigDecimal().compareTo(expected) != 0) {
      throw t.error(i, "must be RVUs times the conversion factor, " + expected);
    }
    return amount;
  }

  private List<CoveragePolicy> readPolicies(Set<ProcedureCode> bundled) {
    Set<Specialty> specialties = EnumSet.noneOf(Specialty.class);
    for (TaxonomyRow r : taxonomy) {
      specialties.add(r.specialty());
    }
    BundledDiagnosisCatalog icd = new BundledDiagnosisCatalog(diagnoses, icd10cmWindow);
    List<CoveragePolicy> out = new ArrayList<>();
    for (String file : POLICY_FILES) {
      List<CoveragePolicy> read = CoveragePolicyLoader.read(file, open(file));
      for (int i = 0; i < read.size(); i++) {
        CoveragePolicy p = read.get(i);
        String where = "policies[" + i + "]";
        for (ProcedureCode code : p.procedures()) {
          if (!bundled.contains(code)) {
            throw new ValidationException(where + ".procedures", code + " is not in " + PROCEDURES)
                .at(file, lineOf(file, p.id()), 0);
          }
        }
        for (Specialty s : p.specialties()) {
          if (!specialties.contains(s)) {
            throw new ValidationException(where + ".specialties", s + " is not in " + TAXONOMY)
                .at(file, lineOf(file, p.id()), 0);
          }
        }
        List<String> named = new ArrayList<>(p.cosmeticDiagnoses());
        named.addAll(p.nonCoveredDiagnoses());
        for (Indication indication : p.indications()) {
          named.addAll(indication.diagnoses());
        }
        for (String prefix : named) {
          if (!icd.lists(DiagnosisCode.of(prefix))) {
            throw new ValidationException(where, "names " + prefix + ", which is not in " + ICD10CM)
                .at(file, lineOf(file, p.id()), 0);
          }
        }
      }
      out.addAll(read);
    }
    return out;
  }

  /** The line of a policy's id in its file, for an error found after the file was read. */
  private static long lineOf(String file, String id) {
    try (java.io.BufferedReader r =
        new java.io.BufferedReader(
            new java.io.InputStreamReader(open(file), java.nio.charset.StandardCharsets.UTF_8))) {
      String needle = "\"id\": \"" + id + "\"";
      long n = 0;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        n++;
        if (line.contains(needle)) {
          return n;
        }
      }
    } catch (java.io.IOException e) {
      // fall through: the file was read a moment ago
    }
    return 1;
  }

  private static java.io.InputStream open(String resource) {
    java.io.InputStream in = BundledData.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing bundled resource " + resource);
    }
    return in;
  }
}

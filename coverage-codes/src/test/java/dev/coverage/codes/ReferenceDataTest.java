package dev.coverage.codes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.coverage.codes.load.Icd10cmCodeSet;
import dev.coverage.codes.load.Icd10cmLoader;
import dev.coverage.core.ValidationException;
import dev.coverage.core.check.Rule;
import dev.coverage.core.code.CodeSystem;
import dev.coverage.core.code.DiagnosisCode;
import dev.coverage.core.code.Money;
import dev.coverage.core.code.PlaceOfService;
import dev.coverage.core.code.ProcedureCode;
import dev.coverage.core.denial.PredictedAdjustment;
import dev.coverage.core.denial.ReasonCode;
import dev.coverage.core.denial.RemarkCode;
import dev.coverage.core.reference.DiagnosisCatalog;
import dev.coverage.core.reference.DiagnosisStatus;
import dev.coverage.core.reference.ModifierIndicator;
import dev.coverage.core.reference.ProcedureCatalog;
import dev.coverage.core.reference.ProcedureInfo;
import dev.coverage.core.reference.ProcedureKind;
import dev.coverage.core.reference.ReferenceTables;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ReferenceDataTest {
  private static final ReferenceTables BUNDLED = ReferenceData.bundled();
  private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

  private static ProcedureInfo procedure(String code) {
    return BUNDLED.procedures().find(ProcedureCode.of(code), DAY).orElseThrow();
  }

  @Test
  void the_bundled_tables_name_their_version_and_sources() {
    assertThat(BUNDLED.version())
        .isEqualTo(
            "coverage-bundled 2026.11 (ICD-10-CM FY2024-FY2027, HCPCS 2024-07, NCCI practitioner"
                + " 2024Q3, MPFS RVU24C, POS 2024-06, CARC/RARC 2024-06, policies 2026.11)");
    assertThat(BUNDLED.policies().policySets())
        .containsExactlyInAnyOrder("commercial", "medicare-part-b");
  }

  @Test
  void the_bundled_tables_load_once_and_are_shared_across_threads() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Callable<ReferenceTables>> calls = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        calls.add(ReferenceData::bundled);
      }
      for (Future<ReferenceTables> f : pool.invokeAll(calls)) {
        assertThat(f.get()).isSameAs(BUNDLED);
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void the_domain_codes_carry_their_billing_facts() {
    assertThat(procedure("17999").unlisted()).isTrue();
    assertThat(procedure("64999").unlisted()).isTrue();
    assertThat(procedure("15787").addOn()).isTrue();
    assertThat(procedure("17003").addOn()).isTrue();
    assertThat(procedure("11901").addOn()).isFalse();
    assertThat(procedure("J0585").singleDoseContainer()).isTrue();
    assertThat(procedure("J0585").billingUnit()).hasValue("1 unit");
    assertThat(procedure("J3301").singleDoseContainer()).isFalse();
    assertThat(procedure("J3301").billingUnit()).hasValue("10 mg");
    assertThat(procedure("64615").isMinorProcedure()).as("10-day global").isTrue();
    assertThat(procedure("15780").globalDays()).hasValue(90);
    assertThat(procedure("99213").kind()).isEqualTo(ProcedureKind.VISIT);
    assertThat(BUNDLED.procedures().isComplete(CodeSystem.CPT_CATEGORY_I)).isFalse();
  }

  @Test
  void chemical_peels_are_four_codes_and_no_range() {
    for (String code : List.of("15788", "15789", "15792", "15793")) {
      assertThat(BUNDLED.procedures().find(ProcedureCode.of(code), DAY)).as(code).isPresent();
    }
    for (String code : List.of("15790", "15791", "15784", "15785")) {
      assertThat(BUNDLED.procedures().find(ProcedureCode.of(code), DAY)).as(code).isEmpty();
    }
  }

  @Test
  void every_bundled_code_with_rvus_has_a_fee_and_drugs_have_none() {
    assertThat(BUNDLED.fees().fee(ProcedureCode.of("11900"), false, DAY))
        .hasValue(Money.of("57.59"));
    assertThat(BUNDLED.fees().fee(ProcedureCode.of("11900"), true, DAY))
        .hasValue(Money.of("29.63"));
    assertThat(BUNDLED.fees().fee(ProcedureCode.of("J0585"), false, DAY)).isEmpty();
    assertThat(BUNDLED.fees().fee(ProcedureCode.of("11900"), false, LocalDate.of(2024, 6, 30)))
        .isEmpty();
  }

  @Test
  void diagnoses_are_known_within_the_bundle_window_only() {
    DiagnosisCatalog dx = BUNDLED.diagnoses();

    assertThat(dx.status(DiagnosisCode.of("L74.510"), DAY)).isEqualTo(DiagnosisStatus.BILLABLE);
    assertThat(dx.status(DiagnosisCode.of("G43.7"), DAY)).isEqualTo(DiagnosisStatus.HEADER);
    assertThat(dx.status(DiagnosisCode.of("Z41.1"), DAY)).isEqualTo(DiagnosisStatus.BILLABLE);
    assertThat(dx.status(DiagnosisCode.of("J45.909"), DAY))
        .as("not bundled")
        .isEqualTo(DiagnosisStatus.UNKNOWN);
    assertThat(dx.status(DiagnosisCode.of("L74.510"), LocalDate.of(2027, 10, 1)))
        .as("after FY2027")
        .isEqualTo(DiagnosisStatus.UNKNOWN);
  }

  @Test
  void lichen_planopilaris_became_a_header_in_fy2025() {
    DiagnosisCatalog dx = BUNDLED.diagnoses();

    assertThat(dx.status(DiagnosisCode.of("L66.1"), LocalDate.of(2024, 9, 30)))
        .isEqualTo(DiagnosisStatus.BILLABLE);
    assertThat(dx.status(DiagnosisCode.of("L66.1"), LocalDate.of(2024, 10, 1)))
        .isEqualTo(DiagnosisStatus.HEADER);
    assertThat(dx.status(DiagnosisCode.of("L66.11"), LocalDate.of(2024, 9, 30)))
        .as("listed, but not yet in the code set")
        .isEqualTo(DiagnosisStatus.NOT_IN_CODE_SET);
    assertThat(dx.status(DiagnosisCode.of("L66.11"), LocalDate.of(2024, 10, 1)))
        .isEqualTo(DiagnosisStatus.BILLABLE);
  }

  @Test
  void place_of_service_edits_and_adjustment_wording() {
    assertThat(BUNDLED.placesOfService().isAssigned(PlaceOfService.OFFICE)).isTrue();
    assertThat(BUNDLED.placesOfService().isAssigned(PlaceOfService.of(28))).isFalse();
    assertThat(
            BUNDLED
                .ncci()
                .ptp(ProcedureCode.of("11901"), ProcedureCode.of("11900"), DAY)
                .orElseThrow()
                .modifierIndicator())
        .isEqualTo(ModifierIndicator.NOT_ALLOWED);
    assertThat(BUNDLED.ncci().mue(ProcedureCode.of("17003"), DAY).orElseThrow().units())
        .isEqualTo(13);
    assertThat(BUNDLED.denialCodes().describe(ReasonCode.of("204")))
        .hasValue("Not a benefit of the patient's plan");
    assertThat(BUNDLED.denialCodes().describe(RemarkCode.of("N425")))
        .hasValue("Excluded from coverage by law");
    assertThat(BUNDLED.denialCodes().forRule("mue.units-exceeded"))
        .as("no remapping bundled")
        .isEmpty();
  }

  @Test
  void every_checker_prediction_has_our_wording() {
    for (Rule rule : Rule.all()) {
      PredictedAdjustment predicted = rule.defaultAdjustment();
      assertThat(BUNDLED.denialCodes().describe(predicted.reason()))
          .as("CARC of " + rule)
          .isPresent();
      predicted
          .remark()
          .ifPresent(
              remark ->
                  assertThat(BUNDLED.denialCodes().describe(remark))
                      .as("RARC of " + rule)
                      .isPresent());
    }
  }

  @Test
  void a_loaded_table_replaces_the_bundled_one_and_the_version_says_so() {
    String order =
        String.format(
            "%05d %-7s %d %-60s %s%n",
            1, "L74510", 1, "Axilla", "Primary focal hyperhidrosis, axilla");
    Icd10cmCodeSet icd10 =
        Icd10cmLoader.create().orderFile(2026, "order.txt", Streams.text(order)).load();

    ReferenceTables tables = ReferenceData.bundledWith().diagnoses(icd10).build();

    assertThat(tables.diagnoses()).isSameAs(icd10);
    assertThat(tables.procedures()).isSameAs(BUNDLED.procedures());
    assertThat(tables.version())
        .isEqualTo(BUNDLED.version() + " replaced by diagnoses: ICD-10-CM FY2026 (order.txt)");
    assertThat(ReferenceData.bundledWith().version("acme 1").build().version()).isEqualTo("acme 1");
    assertThatThrownBy(() -> ReferenceData.bundledWith().version(" "))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void layered_catalogs_answer_from_the_first_that_knows() {
    String order =
        String.format(
            "%05d %-7s %d %-60s %s%n",
            1, "L74510", 1, "Axilla", "Primary focal hyperhidrosis, axilla");
    Icd10cmCodeSet fy2026 =
        Icd10cmLoader.create().orderFile(2026, "order.txt", Streams.text(order)).load();
    DiagnosisCatalog layered = Layered.diagnoses(fy2026, BUNDLED.diagnoses());

    assertThat(layered.status(DiagnosisCode.of("G43.709"), DAY))
        .as("FY2026 loaded and complete: the loaded file decides")
        .isEqualTo(DiagnosisStatus.NOT_IN_CODE_SET);
    assertThat(layered.status(DiagnosisCode.of("G43.709"), LocalDate.of(2024, 3, 1)))
        .as("FY2024 not loaded: the bundled rows answer")
        .isEqualTo(DiagnosisStatus.BILLABLE);

    ProcedureInfo drug =
        ProcedureInfo.builder()
            .code(ProcedureCode.of("J9999"))
            .label("Other drug")
            .kind(ProcedureKind.DRUG)
            .build();
    ProcedureCatalog hcpcs = ProcedureCatalog.of(List.of(drug), Set.of(CodeSystem.HCPCS_LEVEL_II));
    ProcedureCatalog procedures = Layered.procedures(BUNDLED.procedures(), hcpcs);
    assertThat(procedures.find(ProcedureCode.of("J0585"), DAY).orElseThrow().singleDoseContainer())
        .isTrue();
    assertThat(procedures.find(ProcedureCode.of("J9999"), DAY)).isPresent();
    assertThat(procedures.isComplete(CodeSystem.HCPCS_LEVEL_II)).isTrue();
    assertThat(procedures.isComplete(CodeSystem.CPT_CATEGORY_I)).isFalse();
  }
}

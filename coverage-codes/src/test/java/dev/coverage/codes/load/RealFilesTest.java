package dev.coverage.codes.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coverage.codes.SharedData;
import dev.coverage.core.code.CodeSystem;
import dev.coverage.core.code.DiagnosisCode;
import dev.coverage.core.code.PlaceOfService;
import dev.coverage.core.code.ProcedureCode;
import dev.coverage.core.reference.DiagnosisStatus;
import dev.coverage.core.reference.ModifierIndicator;
import dev.coverage.core.reference.MueAdjudication;
import dev.coverage.core.reference.MueLimit;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The loaders against the real CMS/CDC files of the shared data folder (skipped when absent): each
 * reads the full file and its counts match the folder's README.
 */
class RealFilesTest {
  private static Icd10cmCodeSet icd10cm;

  /** FY2024 to FY2027, loaded once for the tests that need them. */
  static synchronized Icd10cmCodeSet icd10cmAllYears() {
    if (icd10cm == null) {
      Icd10cmLoader loader = Icd10cmLoader.create();
      for (int fy = 2024; fy <= 2027; fy++) {
        loader.tsv(fy, SharedData.file("icd10cm/icd10cm_fy" + fy + ".tsv.gz"));
      }
      icd10cm = loader.load();
    }
    return icd10cm;
  }

  @Test
  void icd10cm_each_fiscal_year_has_the_published_counts() {
    Icd10cmCodeSet set = icd10cmAllYears();

    assertThat(set.codeCount(2024)).isEqualTo(97_296);
    assertThat(set.billableCount(2024)).isEqualTo(74_044);
    assertThat(set.codeCount(2025)).isEqualTo(97_584);
    assertThat(set.billableCount(2025)).isEqualTo(74_260);
    assertThat(set.codeCount(2026)).isEqualTo(98_186);
    assertThat(set.billableCount(2026)).isEqualTo(74_719);
    assertThat(set.codeCount(2027)).isEqualTo(98_403);
    assertThat(set.billableCount(2027)).isEqualTo(74_879);
  }

  @Test
  void icd10cm_fy2026_alone_has_74719_billable_codes_and_the_readme_spot_checks() {
    Icd10cmCodeSet fy2026 =
        Icd10cmLoader.create().tsv(2026, SharedData.file("icd10cm/icd10cm_fy2026.tsv.gz")).load();
    LocalDate day = LocalDate.of(2026, 3, 2);

    assertThat(fy2026.billableCount(2026)).isEqualTo(74_719);
    for (String billable :
        List.of("L74.510", "L90.5", "L70.0", "G43.709", "L63.9", "L57.0", "Q82.5")) {
      assertThat(fy2026.status(DiagnosisCode.of(billable), day))
          .as(billable)
          .isEqualTo(DiagnosisStatus.BILLABLE);
    }
    assertThat(fy2026.status(DiagnosisCode.of("L74.51"), day)).isEqualTo(DiagnosisStatus.HEADER);
    assertThat(fy2026.status(DiagnosisCode.of("G43.7"), day)).isEqualTo(DiagnosisStatus.HEADER);
  }

  /**
   * Every change between FY2026 and FY2027 takes effect on 2026-10-01: a code deleted or made a
   * header is valid (as before) through 2026-09-30 and not after; an added code is the reverse.
   */
  @Test
  void icd10cm_fy2027_changes_take_effect_on_october_first_2026() throws IOException {
    Icd10cmCodeSet set = icd10cmAllYears();
    List<String> lines =
        Files.readAllLines(
            SharedData.file("icd10cm/icd10cm_changes_fy2026_to_fy2027.tsv"),
            StandardCharsets.UTF_8);
    LocalDate before = LocalDate.of(2026, 9, 30);
    LocalDate after = LocalDate.of(2026, 10, 1);
    int deleted = 0;
    int madeHeader = 0;
    int added = 0;
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split("\t", -1);
      DiagnosisCode code = DiagnosisCode.of(f[1]);
      switch (f[0]) {
        case "deleted":
          deleted++;
          assertThat(set.status(code, before)).as(f[1]).isEqualTo(status(f[3]));
          assertThat(set.status(code, after)).as(f[1]).isEqualTo(DiagnosisStatus.NOT_IN_CODE_SET);
          break;
        case "billable_to_header":
          madeHeader++;
          assertThat(set.status(code, before)).as(f[1]).isEqualTo(DiagnosisStatus.BILLABLE);
          assertThat(set.status(code, after)).as(f[1]).isEqualTo(DiagnosisStatus.HEADER);
          break;
        case "added":
          added++;
          assertThat(set.status(code, before)).as(f[1]).isEqualTo(DiagnosisStatus.NOT_IN_CODE_SET);
          assertThat(set.status(code, after)).as(f[1]).isEqualTo(status(f[4]));
          break;
        default:
          break;
      }
    }
    assertThat(deleted).isEqualTo(21);
    assertThat(madeHeader).isEqualTo(15);
    assertThat(added).isEqualTo(238);
  }

  private static DiagnosisStatus status(String flag) {
    return flag.equals("1") ? DiagnosisStatus.BILLABLE : DiagnosisStatus.HEADER;
  }

  @Test
  void hcpcs_level_two_july_2024_has_8033_codes() {
    HcpcsCodeSet set = HcpcsLoader.tsv(SharedData.file("hcpcs/hcpcs_level2_2024-07.tsv.gz"));
    LocalDate day = LocalDate.of(2024, 8, 1);

    assertThat(set.size()).isEqualTo(8_033);
    assertThat(set.isComplete(CodeSystem.HCPCS_LEVEL_II)).isTrue();
    assertThat(set.find(ProcedureCode.of("J0585"), day).orElseThrow().billingUnit())
        .hasValue("1 unit");
    assertThat(set.find(ProcedureCode.of("J3301"), day).orElseThrow().billingUnit())
        .hasValue("10 mg");
    assertThat(set.find(ProcedureCode.of("A4397"), day)).as("terminated 2021-12-31").isEmpty();
  }

  @Test
  void place_of_service_has_99_codes_52_assigned() {
    PlaceOfServiceTable table =
        PlaceOfServiceLoader.tsv(SharedData.file("pos/place_of_service.tsv"));

    assertThat(table.assigned()).hasSize(52);
    assertThat(table.setting(PlaceOfService.OFFICE))
        .hasValue(PlaceOfServiceTable.Setting.NON_FACILITY);
    assertThat(table.setting(PlaceOfService.ON_CAMPUS_OUTPATIENT_HOSPITAL))
        .hasValue(PlaceOfServiceTable.Setting.FACILITY);
    assertThat(table.setting(PlaceOfService.AMBULATORY_SURGICAL_CENTER))
        .hasValue(PlaceOfServiceTable.Setting.FACILITY);
    assertThat(table.isAssigned(PlaceOfService.of(19))).isTrue();
    assertThat(table.isAssigned(PlaceOfService.of(10))).isTrue();
    assertThat(table.isAssigned(PlaceOfService.of(27))).isTrue();
    assertThat(table.isAssigned(PlaceOfService.of(28))).isFalse();
    assertThat(table.name(PlaceOfService.of(2)).orElseThrow()).contains("\u2019");
  }

  @Test
  void ncci_full_practitioner_ptp_and_mue_tables() {
    NcciTable table =
        NcciLoader.create()
            .ptpTsv(SharedData.file("ncci/ncci_ptp_practitioner_2024q3_all.tsv.gz"))
            .mueTsv(SharedData.file("ncci/ncci_mue_practitioner_2024q3.tsv"))
            .load();
    LocalDate release = LocalDate.of(2024, 7, 1);

    assertThat(table.ptpRowsRead()).isEqualTo(2_546_017);
    assertThat(table.ptpEditsInForce(release))
        .as("rows with no deletion date")
        .isEqualTo(1_669_820);
    assertThat(table.ptpEdits())
        .as("one exact duplicate (88108/88162) kept once")
        .isEqualTo(2_546_016);
    assertThat(table.mueLimits()).isEqualTo(14_677);
    assertThat(
            table
                .ptp(ProcedureCode.of("64615"), ProcedureCode.of("64612"), release)
                .orElseThrow()
                .modifierIndicator())
        .isEqualTo(ModifierIndicator.NOT_ALLOWED);
    assertThat(
            table
                .ptp(ProcedureCode.of("64615"), ProcedureCode.of("64616"), release)
                .orElseThrow()
                .modifierIndicator())
        .isEqualTo(ModifierIndicator.NOT_ALLOWED);
    MueLimit injection = table.mue(ProcedureCode.of("11900"), release).orElseThrow();
    assertThat(injection.units()).isEqualTo(1);
    assertThat(injection.adjudication()).isEqualTo(MueAdjudication.DATE_OF_SERVICE_POLICY);
    assertThat(table.mue(ProcedureCode.of("64615"), release).orElseThrow().units()).isEqualTo(1);
    assertThat(table.mue(ProcedureCode.of("96920"), release).orElseThrow().units()).isEqualTo(1);
    assertThat(table.mue(ProcedureCode.of("J0585"), release).orElseThrow().units()).isEqualTo(600);
  }

  @Test
  void ncci_dermatology_subset_has_442666_rows() {
    NcciTable subset =
        NcciLoader.create()
            .ptpTsv(SharedData.file("ncci/ncci_ptp_practitioner_2024q3_derm_subset.tsv.gz"))
            .load();

    assertThat(subset.ptpRowsRead()).isEqualTo(442_666);
  }
}

package dev.coverage.codes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coverage.codes.load.HcpcsCodeSet;
import dev.coverage.codes.load.HcpcsLoader;
import dev.coverage.codes.load.Icd10cmCodeSet;
import dev.coverage.codes.load.Icd10cmLoader;
import dev.coverage.codes.load.NcciLoader;
import dev.coverage.codes.load.NcciTable;
import dev.coverage.codes.load.PlaceOfServiceLoader;
import dev.coverage.codes.load.PlaceOfServiceTable;
import dev.coverage.core.code.CodeSystem;
import dev.coverage.core.code.DiagnosisCode;
import dev.coverage.core.code.ProcedureCode;
import dev.coverage.core.reference.CoveragePolicy;
import dev.coverage.core.reference.DiagnosisEntry;
import dev.coverage.core.reference.DiagnosisStatus;
import dev.coverage.core.reference.Indication;
import dev.coverage.core.reference.MueLimit;
import dev.coverage.core.reference.ProcedureInfo;
import dev.coverage.core.reference.PtpEdit;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * Every fact the bundled data takes from an official table agrees with the real table, for the
 * dates it claims (skipped, with the reason, when the shared data folder is not given).
 */
class BundledDataAgreesWithRealFilesTest {
  private static final BundledData BUNDLED = BundledData.load();
  private static final LocalDate RELEASE_2024Q3 = LocalDate.of(2024, 7, 1);

  private static Icd10cmCodeSet icd10cm() {
    Icd10cmLoader loader = Icd10cmLoader.create();
    for (int fy = 2024; fy <= 2027; fy++) {
      loader.tsv(fy, SharedData.file("icd10cm/icd10cm_fy" + fy + ".tsv.gz"));
    }
    return loader.load();
  }

  @Test
  void every_bundled_icd10cm_code_has_the_real_status_in_every_fiscal_year() {
    Icd10cmCodeSet real = icd10cm();
    Set<DiagnosisCode> codes = new LinkedHashSet<>();
    for (DiagnosisEntry e : BUNDLED.diagnoses) {
      codes.add(e.code());
    }
    assertThat(codes).hasSizeGreaterThan(200);
    for (DiagnosisCode code : codes) {
      for (int fy = 2024; fy <= 2027; fy++) {
        for (LocalDate day : List.of(LocalDate.of(fy - 1, 10, 1), LocalDate.of(fy, 9, 30))) {
          assertThat(BUNDLED.tables.diagnoses().status(code, day))
              .as("%s on %s", code, day)
              .isEqualTo(real.status(code, day));
        }
      }
    }
  }

  @Test
  void every_diagnosis_a_bundled_policy_names_is_a_code_in_each_year_the_policy_is_in_force() {
    Icd10cmCodeSet real = icd10cm();
    for (CoveragePolicy p : BUNDLED.policies) {
      List<String> named = new ArrayList<>(p.cosmeticDiagnoses());
      named.addAll(p.nonCoveredDiagnoses());
      for (Indication i : p.indications()) {
        named.addAll(i.diagnoses());
      }
      for (String prefix : named) {
        for (int fy = 2024; fy <= 2027; fy++) {
          LocalDate day = LocalDate.of(fy, 9, 30);
          if (p.effective().contains(day)) {
            assertThat(real.status(DiagnosisCode.of(prefix), day))
                .as("%s in %s, FY%s", prefix, p.id(), fy)
                .isIn(DiagnosisStatus.BILLABLE, DiagnosisStatus.HEADER);
          }
        }
      }
    }
  }

  @Test
  void every_bundled_hcpcs_code_matches_the_hcpcs_file() {
    HcpcsCodeSet real = HcpcsLoader.tsv(SharedData.file("hcpcs/hcpcs_level2_2024-07.tsv.gz"));
    int checked = 0;
    for (ProcedureInfo mine : BUNDLED.procedures) {
      if (mine.code().system() != CodeSystem.HCPCS_LEVEL_II) {
        continue;
      }
      ProcedureInfo theirs = real.find(mine.code(), RELEASE_2024Q3).orElseThrow();
      assertThat(mine.effective()).as(mine.code().value()).isEqualTo(theirs.effective());
      assertThat(mine.billingUnit()).as(mine.code().value()).isEqualTo(theirs.billingUnit());
      assertThat(mine.kind()).isEqualTo(theirs.kind());
      checked++;
    }
    assertThat(checked).isEqualTo(5);
  }

  /** The national PPRRVU rows without a modifier, by code. */
  private static Map<String, Map<String, String>> feeSchedule() throws IOException {
    Map<String, Map<String, String>> out = new HashMap<>();
    Path file = SharedData.file("mpfs/pprrvu_2024_jul_numbers_only.tsv.gz");
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
      String[] header = r.readLine().split("\t", -1);
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] f = line.split("\t", -1);
        Map<String, String> row = new HashMap<>();
        for (int i = 0; i < header.length; i++) {
          row.put(header[i], f[i]);
        }
        if (row.get("mod").isEmpty()) {
          out.put(row.get("hcpcs"), row);
        }
      }
    }
    return out;
  }

  @Test
  void every_bundled_cpt_code_matches_the_fee_schedule_file() throws IOException {
    Map<String, Map<String, String>> mpfs = feeSchedule();
    for (ProcedureInfo mine : BUNDLED.procedures) {
      if (mine.code().system() == CodeSystem.HCPCS_LEVEL_II) {
        continue;
      }
      Map<String, String> row = mpfs.get(mine.code().value());
      assertThat(row).as(mine.code().value()).isNotNull();
      assertThat(row.get("status_code")).as(mine.code().value()).isIn("A", "R", "C");
      String global = row.get("glob_days");
      Optional<Integer> days =
          global.equals("000")
              ? Optional.of(0)
              : global.equals("010")
                  ? Optional.of(10)
                  : global.equals("090") ? Optional.of(90) : Optional.empty();
      assertThat(
              mine.globalDays().isPresent()
                  ? Optional.of(mine.globalDays().getAsInt())
                  : Optional.empty())
          .as("global days of %s", mine.code())
          .isEqualTo(days);
      assertThat(mine.addOn()).as("add-on %s", mine.code()).isEqualTo(global.equals("ZZZ"));
      if (mine.unlisted()) {
        assertThat(global).as("unlisted %s is carrier priced", mine.code()).isEqualTo("YYY");
      }
    }
  }

  @Test
  void every_bundled_fee_is_the_fee_schedule_amount_and_no_priced_code_lacks_one()
      throws IOException {
    Map<String, Map<String, String>> mpfs = feeSchedule();
    Set<ProcedureCode> withFee = new LinkedHashSet<>();
    for (BundledFees.Fee fee : BUNDLED.fees) {
      Map<String, String> row = mpfs.get(fee.code().value());
      BigDecimal factor = new BigDecimal(row.get("conv_factor"));
      assertThat(fee.nonFacility().toBigDecimal())
          .isEqualByComparingTo(
              new BigDecimal(row.get("non_facility_total"))
                  .multiply(factor)
                  .setScale(2, RoundingMode.HALF_UP));
      assertThat(fee.facility().toBigDecimal())
          .isEqualByComparingTo(
              new BigDecimal(row.get("facility_total"))
                  .multiply(factor)
                  .setScale(2, RoundingMode.HALF_UP));
      assertThat(fee.effective().from()).isEqualTo(LocalDate.parse(row.get("date_start")));
      withFee.add(fee.code());
    }
    for (ProcedureInfo p : BUNDLED.procedures) {
      Map<String, String> row = mpfs.get(p.code().value());
      boolean priced = row != null && new BigDecimal(row.get("non_facility_total")).signum() > 0;
      assertThat(withFee.contains(p.code())).as("fee for %s", p.code()).isEqualTo(priced);
    }
  }

  @Test
  void every_place_of_service_matches_the_pos_file() {
    PlaceOfServiceTable real =
        PlaceOfServiceLoader.tsv(SharedData.file("pos/place_of_service.tsv"));
    assertThat(BUNDLED.placesOfService).hasSize(99);
    for (BundledData.PosRow mine : BUNDLED.placesOfService) {
      assertThat(mine.assigned()).as(mine.code().value()).isEqualTo(real.isAssigned(mine.code()));
      assertThat(Optional.ofNullable(mine.setting()))
          .as(mine.code().value())
          .isEqualTo(real.setting(mine.code()).map(Enum::name));
    }
  }

  @Test
  void every_ncci_pair_and_limit_among_the_bundled_codes_matches_the_cms_tables() {
    NcciTable real =
        NcciLoader.create()
            .ptpTsv(SharedData.file("ncci/ncci_ptp_practitioner_2024q3_all.tsv.gz"))
            .mueTsv(SharedData.file("ncci/ncci_mue_practitioner_2024q3.tsv"))
            .load();
    for (PtpEdit mine : BUNDLED.ptp) {
      PtpEdit theirs =
          real.ptp(mine.column1(), mine.column2(), mine.effective().from()).orElseThrow();
      assertThat(mine.modifierIndicator())
          .as("%s/%s", mine.column1(), mine.column2())
          .isEqualTo(theirs.modifierIndicator());
      assertThat(mine.rationale()).isEqualTo(theirs.rationale());
      assertThat(theirs.effective().to()).as("still in force").isEmpty();
    }
    List<ProcedureCode> codes = new ArrayList<>();
    for (ProcedureInfo p : BUNDLED.procedures) {
      codes.add(p.code());
    }
    int pairs = 0;
    for (ProcedureCode c1 : codes) {
      for (ProcedureCode c2 : codes) {
        if (!c1.equals(c2) && real.ptp(c1, c2, RELEASE_2024Q3).isPresent()) {
          pairs++;
          assertThat(BUNDLED.tables.ncci().ptp(c1, c2, RELEASE_2024Q3))
              .as("%s/%s bundled", c1, c2)
              .isPresent();
        }
      }
      MueLimit theirs = real.mue(c1, RELEASE_2024Q3).orElseThrow();
      MueLimit mine = BUNDLED.tables.ncci().mue(c1, RELEASE_2024Q3).orElseThrow();
      assertThat(mine.units()).as("MUE %s", c1).isEqualTo(theirs.units());
      assertThat(mine.adjudication()).as("MAI %s", c1).isEqualTo(theirs.adjudication());
      assertThat(mine.rationale()).isEqualTo(theirs.rationale());
    }
    assertThat(pairs).isEqualTo(BUNDLED.ptp.size());
  }

  @Test
  void every_adjustment_code_is_in_the_x12_lists_with_its_dates_but_in_our_own_words()
      throws IOException {
    Map<String, String[]> x12 = new HashMap<>();
    for (String line :
        Files.readAllLines(
            SharedData.file("carc_rarc/carc_rarc_2024-06.tsv"), StandardCharsets.UTF_8)) {
      String[] f = line.split("\t", -1);
      x12.put(f[0] + " " + f[1], f);
    }
    for (BundledData.AdjustmentRow mine : BUNDLED.adjustmentCodes) {
      String[] theirs = x12.get(mine.list() + " " + mine.code());
      assertThat(theirs).as("%s %s", mine.list(), mine.code()).isNotNull();
      assertThat(mine.effective().from()).as(mine.code()).isEqualTo(LocalDate.parse(theirs[3]));
      Optional<LocalDate> stop =
          theirs[5].isEmpty()
              ? Optional.empty()
              : Optional.of(LocalDate.parse(theirs[5]).minusDays(1));
      assertThat(mine.effective().to()).as("stop of %s", mine.code()).isEqualTo(stop);
      String ours = mine.wording().toLowerCase(Locale.ROOT);
      String official = theirs[2].toLowerCase(Locale.ROOT);
      assertThat(official)
          .as("%s %s is our own wording", mine.list(), mine.code())
          .doesNotContain(ours);
      assertThat(ours).doesNotContain(official);
    }
  }
}

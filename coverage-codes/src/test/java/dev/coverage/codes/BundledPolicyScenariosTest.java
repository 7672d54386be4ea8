package dev.coverage.codes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coverage.core.check.Assessment;
import dev.coverage.core.check.Coverage;
import dev.coverage.core.check.CoverageChecker;
import dev.coverage.core.check.Finding;
import dev.coverage.core.check.MissingInformation;
import dev.coverage.core.claim.Claim;
import dev.coverage.core.claim.ClaimLine;
import dev.coverage.core.claim.ClinicalFacts;
import dev.coverage.core.claim.Credential;
import dev.coverage.core.claim.FacilityKind;
import dev.coverage.core.claim.Intent;
import dev.coverage.core.claim.NetworkStatus;
import dev.coverage.core.claim.Patient;
import dev.coverage.core.claim.Provider;
import dev.coverage.core.claim.Sex;
import dev.coverage.core.claim.Specialty;
import dev.coverage.core.claim.TherapyKind;
import dev.coverage.core.code.DiagnosisCode;
import dev.coverage.core.code.Modifier;
import dev.coverage.core.code.Money;
import dev.coverage.core.code.Npi;
import dev.coverage.core.code.PlaceOfService;
import dev.coverage.core.code.ProcedureCode;
import dev.coverage.core.plan.Authorization;
import dev.coverage.core.plan.CostSharing;
import dev.coverage.core.plan.Plan;
import dev.coverage.core.plan.ProductType;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The bundled policies read by the checker, one case each: the outcome a practice would expect from
 * the policy's source.
 */
class BundledPolicyScenariosTest {
  private static final CoverageChecker CHECKER = CoverageChecker.using(ReferenceData.bundled());
  private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
  private static final Plan PPO =
      Plan.builder()
          .id("ppo")
          .productType(ProductType.PPO)
          .inNetwork(CostSharing.builder().build())
          .build();
  private static final Plan MEDICARE =
      Plan.builder()
          .id("medicare")
          .productType(ProductType.MEDICARE_PART_B)
          .inNetwork(CostSharing.builder().build())
          .build();

  private static ClaimLine line(String code, int units, Modifier... modifiers) {
    return ClaimLine.builder()
        .procedure(ProcedureCode.of(code))
        .units(units)
        .charge(Money.of("100.00"))
        .addDiagnosisPointers(1)
        .addModifiers(modifiers)
        .authorizationNumber(java.util.Optional.of("PA-1"))
        .build();
  }

  private static Claim claim(Specialty specialty, String diagnosis, ClaimLine... lines) {
    return Claim.builder()
        .claimId("C-1")
        .patient(Patient.builder().age(40).sex(Sex.FEMALE).build())
        .provider(Provider.of(Npi.of("1234567893"), specialty, Credential.MD))
        .networkStatus(NetworkStatus.IN_NETWORK)
        .facility(FacilityKind.PHYSICIAN_OFFICE)
        .placeOfService(PlaceOfService.OFFICE)
        .dateOfService(DAY)
        .submissionDate(DAY.plusDays(2))
        .addDiagnoses(DiagnosisCode.of(diagnosis))
        .addLines(lines)
        .build();
  }

  private static Authorization authorization(String... codes) {
    Authorization.Builder b =
        Authorization.builder()
            .number("PA-1")
            .validFrom(DAY.minusDays(10))
            .validTo(DAY.plusDays(80));
    for (String c : codes) {
      b.addProcedures(ProcedureCode.of(c));
    }
    return b.build();
  }

  private static List<String> rules(Assessment a) {
    return a.findings().stream().map(Finding::ruleId).collect(Collectors.toList());
  }

  @Test
  void microneedling_for_wrinkles_is_cosmetic() {
    Assessment a =
        CHECKER.check(claim(Specialty.DERMATOLOGY, "R23.4", line("17999", 1))).under(PPO).assess();

    assertThat(a.line(1).coverage()).isEqualTo(Coverage.NOT_COVERED);
    Finding cosmetic =
        a.findings().stream()
            .filter(f -> f.ruleId().equals("cosmetic.diagnosis"))
            .findFirst()
            .orElseThrow();
    assertThat(cosmetic.predictedAdjustment().toString()).isEqualTo("PR-204");
    assertThat(cosmetic.policyId())
        .hasValue("commercial/unlisted-skin/microneedling-microdermabrasion");
  }

  @Test
  void microneedling_for_a_burn_scar_with_reconstructive_intent_and_authorization_is_covered() {
    Claim claim =
        Claim.builder()
            .from(claim(Specialty.DERMATOLOGY, "L90.5", line("17999", 1)))
            .addDiagnoses(DiagnosisCode.of("T20.36XS"))
            .build();
    Assessment a =
        CHECKER
            .check(claim)
            .under(PPO)
            .withAuthorizations(authorization("17999"))
            .withDocumentation(ClinicalFacts.builder().intent(Intent.RECONSTRUCTIVE).build())
            .assess();

    assertThat(a.line(1).coverage()).isEqualTo(Coverage.COVERED);
    assertThat(a.line(1).policyId())
        .hasValue("commercial/unlisted-skin/microneedling-microdermabrasion");
    assertThat(rules(a)).doesNotContain("cosmetic.diagnosis", "medical-necessity.criteria-unmet");
  }

  @Test
  void botox_for_chronic_migraine_with_the_criteria_documented_is_covered() {
    Claim claim =
        claim(Specialty.NEUROLOGY, "G43.709", line("64615", 1), line("J0585", 155, Modifier.JZ));
    Assessment a =
        CHECKER
            .check(claim)
            .under(PPO)
            .withAuthorizations(authorization("64615", "J0585"))
            .withHistory(List.of())
            .withDocumentation(
                ClinicalFacts.builder()
                    .headacheDaysPerMonth(20)
                    .migraineDaysPerMonth(10)
                    .monthsOfSymptoms(6)
                    .putFailedTherapies(TherapyKind.ORAL_MIGRAINE_PROPHYLAXIS, 2)
                    .build())
            .assess();

    assertThat(a.line(1).coverage()).isEqualTo(Coverage.COVERED);
    assertThat(a.line(2).coverage()).isEqualTo(Coverage.COVERED);
    assertThat(a.line(1).policyId()).hasValue("commercial/botulinum-toxin/chronic-migraine");
    assertThat(a.findings()).as("%s", a.findings()).isEmpty();
  }

  @Test
  void botox_for_axillary_hyperhidrosis_depends_on_failed_aluminum_chloride() {
    Claim claim =
        claim(Specialty.DERMATOLOGY, "L74.510", line("64650", 1), line("J0585", 100, Modifier.JZ));

    Assessment unknown =
        CHECKER
            .check(claim)
            .under(PPO)
            .withAuthorizations(authorization("64650", "J0585"))
            .assess();
    assertThat(unknown.line(1).coverage()).isEqualTo(Coverage.CONDITIONAL);
    assertThat(unknown.line(1).missingInformation())
        .contains(MissingInformation.failedTherapy(TherapyKind.TOPICAL_ALUMINUM_CHLORIDE));

    Assessment none =
        CHECKER
            .check(claim)
            .under(PPO)
            .withAuthorizations(authorization("64650", "J0585"))
            .withDocumentation(
                ClinicalFacts.builder()
                    .putFailedTherapies(TherapyKind.TOPICAL_ALUMINUM_CHLORIDE, 0)
                    .build())
            .assess();
    assertThat(none.line(1).coverage()).isEqualTo(Coverage.NOT_COVERED);
    assertThat(rules(none)).contains("medical-necessity.criteria-unmet");
  }

  @Test
  void botox_for_palmar_hyperhidrosis_billed_as_64653_is_inconsistent() {
    Assessment a =
        CHECKER
            .check(claim(Specialty.DERMATOLOGY, "L74.512", line("64653", 1)))
            .under(PPO)
            .assess();

    assertThat(rules(a)).contains("diagnosis.inconsistent-with-procedure");
    assertThat(a.line(1).coverage()).isEqualTo(Coverage.NOT_COVERED);
  }

  @Test
  void prp_for_hair_loss_is_investigational() {
    Assessment a =
        CHECKER.check(claim(Specialty.DERMATOLOGY, "L64.9", line("0232T", 1))).under(PPO).assess();

    assertThat(a.line(1).coverage()).isEqualTo(Coverage.NOT_COVERED);
    assertThat(rules(a)).contains("investigational.procedure");
  }

  @Test
  void triamcinolone_injection_for_alopecia_areata_is_covered() {
    Claim claim = claim(Specialty.DERMATOLOGY, "L63.9", line("11900", 1), line("J3301", 2));
    Assessment a = CHECKER.check(claim).under(PPO).assess();

    assertThat(a.line(1).coverage()).isEqualTo(Coverage.COVERED);
    assertThat(a.line(2).coverage()).isEqualTo(Coverage.COVERED);
    assertThat(a.findings()).as("%s", a.findings()).isEmpty();
  }

  @Test
  void intralesional_injection_for_androgenetic_alopecia_is_not_covered() {
    Assessment a =
        CHECKER.check(claim(Specialty.DERMATOLOGY, "L64.9", line("11900", 1))).under(PPO).assess();

    assertThat(a.line(1).coverage()).isEqualTo(Coverage.NOT_COVERED);
    assertThat(rules(a)).contains("medical-necessity.diagnosis-not-covered");
  }

  @Test
  void laser_for_a_congenital_port_wine_stain_impairing_function_is_covered() {
    Assessment a =
        CHECKER
            .check(claim(Specialty.DERMATOLOGY, "Q82.5", line("17106", 1)))
            .under(PPO)
            .withDocumentation(
                ClinicalFacts.builder().congenital(true).functionalImpairment(true).build())
            .assess();

    assertThat(a.line(1).coverage()).isEqualTo(Coverage.COVERED);
    assertThat(a.findings()).as("%s", a.findings()).isEmpty();
  }

  @Test
  void laser_for_spider_veins_is_cosmetic() {
    Assessment a =
        CHECKER.check(claim(Specialty.DERMATOLOGY, "I78.1", line("17106", 1))).under(PPO).assess();

    assertThat(rules(a)).contains("cosmetic.diagnosis");
  }

  @Test
  void dermal_peel_for_actinic_keratoses_needs_ten_lesions() {
    Claim claim = claim(Specialty.DERMATOLOGY, "L57.0", line("15789", 1));
    Assessment nine =
        CHECKER
            .check(claim)
            .under(PPO)
            .withDocumentation(ClinicalFacts.builder().lesionCount(9).build())
            .assess();
    Assessment twelve =
        CHECKER
            .check(claim)
            .under(PPO)
            .withDocumentation(ClinicalFacts.builder().lesionCount(12).build())
            .assess();

    assertThat(nine.line(1).coverage()).isEqualTo(Coverage.NOT_COVERED);
    assertThat(twelve.line(1).coverage()).isEqualTo(Coverage.COVERED);
  }

  @Test
  void medicare_excludes_microneedling_for_wrinkles_and_suggests_gy() {
    Assessment a =
        CHECKER
            .check(claim(Specialty.DERMATOLOGY, "R23.4", line("17999", 1)))
            .under(MEDICARE)
            .assess();

    assertThat(a.line(1).coverage()).isEqualTo(Coverage.NOT_COVERED);
    assertThat(rules(a)).contains("cosmetic.diagnosis", "modifier.gy-suggested");
  }

  @Test
  void medicare_migraine_criteria_ask_no_count_of_failed_preventives() {
    Claim claim =
        claim(Specialty.NEUROLOGY, "G43.E09", line("64615", 1), line("J0585", 155, Modifier.JZ));
    Assessment a =
        CHECKER
            .check(claim)
            .under(MEDICARE)
            .withHistory(List.of())
            .withDocumentation(
                ClinicalFacts.builder()
                    .headacheDaysPerMonth(16)
                    .migraineDaysPerMonth(8)
                    .monthsOfSymptoms(4)
                    .build())
            .assess();

    assertThat(a.line(1).coverage()).isEqualTo(Coverage.COVERED);
    assertThat(a.line(1).policyId()).hasValue("medicare-part-b/botulinum-toxin/chronic-migraine");
  }
}

package dev.coverage.core.check;

import static dev.coverage.core.check.Fixtures.CHECKER;
import static dev.coverage.core.check.Fixtures.DOS;
import static dev.coverage.core.check.Fixtures.claim;
import static dev.coverage.core.check.Fixtures.ppo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.coverage.core.claim.Claim;
import dev.coverage.core.claim.ClinicalFacts;
import dev.coverage.core.claim.Credential;
import dev.coverage.core.claim.FacilityKind;
import dev.coverage.core.claim.Intent;
import dev.coverage.core.claim.NetworkStatus;
import dev.coverage.core.claim.Specialty;
import dev.coverage.core.claim.TherapyKind;
import dev.coverage.core.code.ProcedureCode;
import dev.coverage.core.denial.FindingCategory;
import dev.coverage.core.plan.Authorization;
import dev.coverage.core.plan.ServiceHistory;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The real situations the issue names, each checked end to end against the fixture data. */
class RealSituationsTest {

  static final ClinicalFacts MIGRAINE_DOCUMENTED =
      ClinicalFacts.builder()
          .headacheDaysPerMonth(20)
          .migraineDaysPerMonth(12)
          .monthsOfSymptoms(8)
          .putFailedTherapies(TherapyKind.ORAL_MIGRAINE_PROPHYLAXIS, 2)
          .build();

  static Authorization botoxAuthorization(java.time.LocalDate from, java.time.LocalDate to) {
    return Authorization.builder()
        .number("PA-100")
        .addProcedures(ProcedureCode.of("64615"), ProcedureCode.of("J0585"))
        .putUnits(ProcedureCode.of("J0585"), 200)
        .validFrom(from)
        .validTo(to)
        .build();
  }

  static Claim botoxMigraine() {
    return claim()
        .neurologist()
        .dx("G43.709")
        .line("64615", 1, "450.00", List.of(), "PA-100", 1)
        .line("J0585", 200, "1300.00", List.of("JZ"), "PA-100", 1)
        .build();
  }

  @Test
  void microneedling_for_wrinkles_at_a_med_spa_is_likely_denied_as_cosmetic() {
    // GIVEN microneedling (unlisted 17999) for wrinkles, by an aesthetician at a med spa
    Claim claim =
        claim()
            .dx("L98.8")
            .facility(FacilityKind.MED_SPA)
            .network(NetworkStatus.OUT_OF_NETWORK)
            .provider(Fixtures.npi("155500011"), Specialty.OTHER, Credential.AESTHETICIAN)
            .line("17999", 1, "350.00")
            .build();

    // WHEN it is checked under a PPO
    Assessment a = CHECKER.check(claim).under(ppo()).assess();

    // THEN it is likely denied: cosmetic, a non-clinical setting, a provider who cannot bill
    assertThat(a.verdict()).isEqualTo(Verdict.LIKELY_DENIED);
    assertThat(a.line(1).coverage()).isEqualTo(Coverage.NOT_COVERED);
    assertThat(a.line(1).authorization()).isEqualTo(AuthorizationStatus.NOT_REQUIRED);
    assertThat(ruleIds(a))
        .contains("cosmetic.diagnosis", "setting.non-clinical", "provider.credential-not-billable");
    Finding cosmetic = only(a, "cosmetic.diagnosis");
    assertThat(cosmetic.predictedAdjustment()).hasToString("PR-204");
    assertThat(cosmetic.fix()).contains("self-pay").contains("good-faith estimate");
    assertThat(cosmetic.policyId()).contains("commercial/microneedling");
  }

  @Test
  void microneedling_for_a_burn_scar_with_documentation_and_authorization_is_clean() {
    // GIVEN microneedling for a burn scar, reconstructive intent documented, authorized
    Claim claim =
        claim().dx("L90.5", "T21.31XS").line("17999", 1, "600.00", List.of(), "PA-7", 1, 2).build();
    Authorization auth =
        Authorization.builder()
            .number("PA-7")
            .addProcedures(ProcedureCode.of("17999"))
            .validFrom(DOS.minusDays(10))
            .validTo(DOS.plusDays(80))
            .build();

    Assessment a =
        CHECKER
            .check(claim)
            .under(ppo())
            .withAuthorizations(auth)
            .withDocumentation(ClinicalFacts.builder().intent(Intent.RECONSTRUCTIVE).build())
            .assess();

    // THEN it is covered, authorized, and only the unlisted-code note remains
    assertThat(a.line(1).coverage()).isEqualTo(Coverage.COVERED);
    assertThat(a.line(1).authorization()).isEqualTo(AuthorizationStatus.SATISFIED);
    assertThat(a.line(1).authorizationNumber()).contains("PA-7");
    assertThat(a.verdict()).isEqualTo(Verdict.CLEAN);
    assertThat(ruleIds(a)).containsExactly("code.procedure.unlisted");
  }

  @Test
  void botox_for_chronic_migraine_by_an_in_network_neurologist_with_authorization_is_clean() {
    Assessment a =
        CHECKER
            .check(botoxMigraine())
            .under(ppo())
            .withAuthorizations(botoxAuthorization(DOS.minusDays(30), DOS.plusDays(150)))
            .withHistory(ServiceHistory.empty())
            .withDocumentation(MIGRAINE_DOCUMENTED)
            .assess();

    assertThat(a.findings()).isEmpty();
    assertThat(a.verdict()).isEqualTo(Verdict.CLEAN);
    assertThat(a.lines())
        .allSatisfy(
            l -> {
              assertThat(l.coverage()).isEqualTo(Coverage.COVERED);
              assertThat(l.authorization()).isEqualTo(AuthorizationStatus.SATISFIED);
              assertThat(l.policyId()).contains("commercial/botulinum-toxin/chronic-migraine");
            });
  }

  @Test
  void the_same_botox_claim_with_the_authorization_expired_the_day_before_is_likely_denied() {
    Assessment a =
        CHECKER
            .check(botoxMigraine())
            .under(ppo())
            .withAuthorizations(botoxAuthorization(DOS.minusDays(180), DOS.minusDays(1)))
            .withHistory(ServiceHistory.empty())
            .withDocumentation(MIGRAINE_DOCUMENTED)
            .assess();

    assertThat(a.verdict()).isEqualTo(Verdict.LIKELY_DENIED);
    assertThat(a.findings())
        .extracting(Finding::ruleId)
        .containsExactly("prior-authorization.expired", "prior-authorization.expired");
    Finding expired = a.findings().get(0);
    assertThat(expired.predictedAdjustment()).hasToString("CO-197");
    assertThat(expired.message())
        .isEqualTo(
            "Authorization PA-100 for 64615 ended on 2026-03-01, before the date of service"
                + " 2026-03-02.");
    assertThat(a.line(1).coverage()).isEqualTo(Coverage.COVERED);
    assertThat(a.line(1).authorization()).isEqualTo(AuthorizationStatus.REQUIRED);
  }

  @Test
  void botox_for_axillary_hyperhidrosis_without_documented_aluminum_chloride_is_conditional() {
    Claim claim =
        claim()
            .dx("L74.510")
            .line("64650", 1, "300.00", List.of(), "PA-9", 1)
            .line("J0585", 100, "650.00", List.of("JZ"), "PA-9", 1)
            .build();
    Authorization auth =
        Authorization.builder()
            .number("PA-9")
            .addProcedures(ProcedureCode.of("64650"), ProcedureCode.of("J0585"))
            .validFrom(DOS.minusDays(5))
            .validTo(DOS.plusDays(85))
            .build();

    // WHEN nothing is documented about topical aluminum chloride
    Assessment unknown = CHECKER.check(claim).under(ppo()).withAuthorizations(auth).assess();
    // THEN coverage is conditional on exactly that fact
    assertThat(unknown.verdict()).isEqualTo(Verdict.AT_RISK);
    assertThat(unknown.line(1).coverage()).isEqualTo(Coverage.CONDITIONAL);
    assertThat(unknown.line(1).missingInformation())
        .containsExactly(MissingInformation.failedTherapy(TherapyKind.TOPICAL_ALUMINUM_CHLORIDE));
    assertThat(only(unknown, "medical-necessity.criteria-undocumented", 1).fix())
        .contains("topical aluminum chloride");

    // WHEN the record says it was never tried
    Assessment no =
        CHECKER
            .check(claim)
            .under(ppo())
            .withAuthorizations(auth)
            .withDocumentation(
                ClinicalFacts.builder()
                    .putFailedTherapies(TherapyKind.TOPICAL_ALUMINUM_CHLORIDE, 0)
                    .build())
            .assess();
    // THEN it is not medically necessary
    assertThat(no.line(1).coverage()).isEqualTo(Coverage.NOT_COVERED);
    assertThat(only(no, "medical-necessity.criteria-unmet", 1).predictedAdjustment())
        .hasToString("CO-50");
  }

  @Test
  void prp_for_hair_loss_is_investigational() {
    Claim claim = claim().dx("L64.9").line("0232T", 1, "900.00").build();

    Assessment a = CHECKER.check(claim).under(ppo()).assess();

    assertThat(a.line(1).coverage()).isEqualTo(Coverage.NOT_COVERED);
    Finding f = only(a, "investigational.procedure");
    assertThat(f.category()).isEqualTo(FindingCategory.INVESTIGATIONAL);
    assertThat(f.predictedAdjustment()).hasToString("CO-55");
    assertThat(a.verdict()).isEqualTo(Verdict.LIKELY_DENIED);
  }

  @Test
  void triamcinolone_injection_for_alopecia_areata_is_covered() {
    Claim claim = claim().dx("L63.9").line("11900", 1, "150.00").line("J3301", 2, "30.00").build();

    Assessment a = CHECKER.check(claim).under(ppo()).assess();

    assertThat(a.findings()).isEmpty();
    assertThat(a.lines()).allSatisfy(l -> assertThat(l.coverage()).isEqualTo(Coverage.COVERED));
    assertThat(a.verdict()).isEqualTo(Verdict.CLEAN);
  }

  @Test
  void laser_for_a_port_wine_stain_with_functional_impairment_is_covered() {
    Claim claim = claim().age(6).dx("Q82.5").line("17106", 1, "700.00", List.of(), "PA-3").build();
    Authorization auth =
        Authorization.builder()
            .number("PA-3")
            .addProcedures(ProcedureCode.of("17106"))
            .validFrom(DOS.minusDays(1))
            .validTo(DOS.plusDays(200))
            .build();

    Assessment a =
        CHECKER
            .check(claim)
            .under(ppo())
            .withAuthorizations(auth)
            .withDocumentation(
                ClinicalFacts.builder().congenital(true).functionalImpairment(true).build())
            .assess();

    assertThat(a.verdict()).isEqualTo(Verdict.CLEAN);
    assertThat(a.line(1).coverage()).isEqualTo(Coverage.COVERED);
    assertThat(a.line(1).authorization()).isEqualTo(AuthorizationStatus.SATISFIED);
  }

  static List<String> ruleIds(Assessment a) {
    return a.findings().stream().map(Finding::ruleId).toList();
  }

  static Finding only(Assessment a, String ruleId) {
    List<Finding> found = a.findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    assertThat(found).as("findings with rule %s in %s", ruleId, a.findings()).hasSize(1);
    return found.get(0);
  }

  static Finding only(Assessment a, String ruleId, int line) {
    List<Finding> found =
        a.findings().stream().filter(f -> f.ruleId().equals(ruleId) && f.concerns(line)).toList();
    assertThat(found)
        .as("findings with rule %s on line %s in %s", ruleId, line, a.findings())
        .hasSize(1);
    return found.get(0);
  }
}

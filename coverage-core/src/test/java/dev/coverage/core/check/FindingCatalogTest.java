package dev.coverage.core.check;

import static dev.coverage.core.check.Fixtures.CHECKER;
import static dev.coverage.core.check.Fixtures.DOS;
import static dev.coverage.core.check.Fixtures.claim;
import static dev.coverage.core.check.Fixtures.hmo;
import static dev.coverage.core.check.Fixtures.medicare;
import static dev.coverage.core.check.Fixtures.ppo;
import static dev.coverage.core.check.RealSituationsTest.MIGRAINE_DOCUMENTED;
import static dev.coverage.core.check.RealSituationsTest.botoxAuthorization;
import static dev.coverage.core.check.RealSituationsTest.botoxMigraine;
import static dev.coverage.core.check.RealSituationsTest.only;
import static dev.coverage.core.check.RealSituationsTest.ruleIds;
import static org.assertj.core.api.Assertions.assertThat;

import dev.coverage.core.claim.Claim;
import dev.coverage.core.claim.ClinicalFacts;
import dev.coverage.core.claim.Credential;
import dev.coverage.core.claim.FacilityKind;
import dev.coverage.core.claim.Intent;
import dev.coverage.core.claim.NetworkStatus;
import dev.coverage.core.claim.Specialty;
import dev.coverage.core.claim.TherapyKind;
import dev.coverage.core.code.DiagnosisCode;
import dev.coverage.core.code.ProcedureCode;
import dev.coverage.core.denial.FindingCategory;
import dev.coverage.core.denial.GroupCode;
import dev.coverage.core.denial.PredictedAdjustment;
import dev.coverage.core.denial.ReasonCode;
import dev.coverage.core.denial.RemarkCode;
import dev.coverage.core.plan.Authorization;
import dev.coverage.core.plan.BenefitExclusion;
import dev.coverage.core.plan.Plan;
import dev.coverage.core.plan.PriorService;
import dev.coverage.core.plan.ServiceHistory;
import dev.coverage.core.reference.DiagnosisCatalog;
import dev.coverage.core.reference.DiagnosisEntry;
import dev.coverage.core.reference.EffectiveDates;
import dev.coverage.core.reference.ProcedureCatalog;
import dev.coverage.core.reference.ReferenceTables;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Each category of the finding catalog, with a case that triggers it and a case that must stay
 * clean of it. Messages are asserted where their wording is the point.
 */
class FindingCatalogTest {

  /** The migraine claim with everything in order; variations break one thing at a time. */
  static PlanCheck cleanMigraine(Claim claim) {
    return CHECKER
        .check(claim)
        .under(ppo())
        .withAuthorizations(botoxAuthorization(DOS.minusDays(30), DOS.plusDays(150)))
        .withHistory(ServiceHistory.empty())
        .withDocumentation(MIGRAINE_DOCUMENTED);
  }

  @Nested
  class CosmeticExclusion {
    @Test
    void cosmetic_intent_stated_in_the_documentation_excludes_any_procedure() {
      Assessment a =
          CHECKER
              .check(claim().dx("L57.0").line("15788", 1, "400.00").build())
              .under(ppo())
              .withDocumentation(
                  ClinicalFacts.builder().intent(Intent.COSMETIC).lesionCount(12).build())
              .assess();
      assertThat(only(a, "cosmetic.stated-intent").message())
          .isEqualTo("The documentation states a cosmetic intent: 15788 is excluded as cosmetic.");
      assertThat(a.line(1).coverage()).isEqualTo(Coverage.NOT_COVERED);
    }

    @Test
    void z41_1_on_the_line_is_cosmetic_intent() {
      Assessment a =
          CHECKER
              .check(claim().dx("Z41.1").line("99213", 1, "120.00").build())
              .under(ppo())
              .assess();
      assertThat(ruleIds(a)).containsExactly("cosmetic.stated-intent");
    }

    @Test
    void a_peel_for_actinic_keratoses_with_enough_lesions_is_not_cosmetic() {
      Assessment a =
          CHECKER
              .check(claim().dx("L57.0").line("15788", 1, "400.00").build())
              .under(ppo())
              .withDocumentation(ClinicalFacts.builder().lesionCount(12).build())
              .assess();
      assertThat(a.findings()).isEmpty();
      assertThat(a.verdict()).isEqualTo(Verdict.CLEAN);
    }

    @Test
    void a_peel_for_melasma_is_cosmetic_by_diagnosis() {
      Assessment a =
          CHECKER
              .check(claim().dx("L81.1").line("15788", 1, "400.00").build())
              .under(ppo())
              .assess();
      assertThat(only(a, "cosmetic.diagnosis").message())
          .isEqualTo("Under Chemical peels, 15788 for L81.1 is cosmetic.");
    }

    @Test
    void medicare_classes_microneedling_as_cosmetic_and_suggests_gy() {
      Assessment a =
          CHECKER
              .check(claim().dx("L90.5").line("17999", 1, "300.00").build())
              .under(medicare())
              .assess();
      assertThat(ruleIds(a))
          .contains("cosmetic.procedure", "modifier.gy-suggested")
          .doesNotContain("modifier.ga-gz-suggested");
      assertThat(only(a, "modifier.gy-suggested").severity()).isEqualTo(Severity.INFO);
    }
  }

  @Nested
  class BenefitExclusion_ {
    @Test
    void a_procedure_the_plan_excludes_is_self_pay() {
      Plan plan =
          Plan.builder().from(ppo()).addExcludedProcedures(ProcedureCode.of("11900")).build();
      Assessment a =
          CHECKER
              .check(claim().dx("L63.9").line("11900", 1, "150.00").build())
              .under(plan)
              .assess();
      Finding f = only(a, "plan.excluded-procedure");
      assertThat(f.category()).isEqualTo(FindingCategory.BENEFIT_EXCLUSION);
      assertThat(f.predictedAdjustment().group()).isEqualTo(GroupCode.PR);
    }

    @Test
    void a_plan_excluding_hair_loss_treatment_excludes_alopecia_injections() {
      Plan plan =
          Plan.builder().from(ppo()).addExclusions(BenefitExclusion.HAIR_LOSS_TREATMENT).build();
      Assessment excluded =
          CHECKER
              .check(claim().dx("L63.9").line("11900", 1, "150.00").build())
              .under(plan)
              .assess();
      Assessment keloid =
          CHECKER
              .check(claim().dx("L91.0").line("11900", 1, "150.00").build())
              .under(plan)
              .assess();
      assertThat(ruleIds(excluded)).containsExactly("plan.excluded-hair-loss");
      assertThat(keloid.findings()).isEmpty();
    }
  }

  @Nested
  class NotMedicallyNecessary {
    @Test
    void a_plausible_but_uncovered_diagnosis_is_not_medically_necessary() {
      Assessment a =
          CHECKER
              .check(claim().dx("L64.9").line("11900", 1, "150.00").build())
              .under(ppo())
              .assess();
      assertThat(only(a, "medical-necessity.diagnosis-not-covered").predictedAdjustment())
          .hasToString("CO-50");
    }

    @Test
    void too_few_headache_days_is_unmet_and_the_message_says_how_many() {
      ClinicalFacts few =
          ClinicalFacts.builder()
              .from(MIGRAINE_DOCUMENTED)
              .headacheDaysPerMonth(10)
              .migraineDaysPerMonth(6)
              .build();
      Assessment a = cleanMigraine(botoxMigraine()).withDocumentation(few).assess();
      Finding f = only(a, "medical-necessity.criteria-unmet", 1);
      assertThat(f.message())
          .isEqualTo(
              "The documentation for 64615 (chronic migraine) does not meet Botulinum toxin for"
                  + " chronic migraine: 10 headache days a month (at least 15 needed); 6 migraine"
                  + " days a month (at least 8 needed).");
      assertThat(a.line(1).coverage()).isEqualTo(Coverage.NOT_COVERED);
      assertThat(a.line(1).authorization()).isEqualTo(AuthorizationStatus.NOT_REQUIRED);
    }

    @Test
    void missing_documentation_is_conditional_and_adding_it_removes_the_finding() {
      Assessment without =
          cleanMigraine(botoxMigraine()).withDocumentation(ClinicalFacts.none()).assess();
      assertThat(without.line(1).coverage()).isEqualTo(Coverage.CONDITIONAL);
      assertThat(without.line(1).missingInformation())
          .containsExactlyInAnyOrder(
              MissingInformation.HEADACHE_DAYS,
              MissingInformation.MIGRAINE_DAYS,
              MissingInformation.MONTHS_OF_SYMPTOMS,
              MissingInformation.failedTherapy(TherapyKind.ORAL_MIGRAINE_PROPHYLAXIS));
      assertThat(without.verdict()).isEqualTo(Verdict.AT_RISK);

      Assessment with = cleanMigraine(botoxMigraine()).assess();
      assertThat(ruleIds(with)).doesNotContain("medical-necessity.criteria-undocumented");
      assertThat(with.verdict()).isEqualTo(Verdict.CLEAN);
    }

    @Test
    void medicare_suggests_ga_or_gz_when_necessity_is_in_doubt() {
      Claim claim = claim().neurologist().age(70).dx("G43.709").line("64615", 1, "450.00").build();
      Assessment a =
          CHECKER.check(claim).under(medicare()).withHistory(ServiceHistory.empty()).assess();
      assertThat(ruleIds(a)).contains("modifier.ga-gz-suggested");
      Assessment documented =
          CHECKER
              .check(claim)
              .under(medicare())
              .withHistory(ServiceHistory.empty())
              .withDocumentation(
                  ClinicalFacts.builder().headacheDaysPerMonth(16).migraineDaysPerMonth(9).build())
              .assess();
      assertThat(documented.findings()).isEmpty();
    }
  }

  @Nested
  class DiagnosisInconsistent {
    @Test
    void acne_is_no_indication_for_chemodenervation_of_the_head() {
      Claim claim = claim().neurologist().dx("L70.0").line("64615", 1, "450.00").build();
      Assessment a = CHECKER.check(claim).under(ppo()).assess();
      Finding f = only(a, "diagnosis.inconsistent-with-procedure");
      assertThat(f.predictedAdjustment()).hasToString("CO-11");
      assertThat(f.message())
          .isEqualTo(
              "None of the line's diagnoses is an indication for 64615 under Botulinum toxin for"
                  + " chronic migraine.");
    }

    @Test
    void a_drug_or_unlisted_code_for_a_use_no_policy_lists_is_reviewed_not_called_inconsistent() {
      // Botulinum toxin for cervical dystonia: a real use the fixture policies do not cover.
      Claim claim =
          claim()
              .neurologist()
              .dx("G24.3")
              .line("J0585", 100, "650.00", List.of("JZ"), null, 1)
              .build();
      Assessment a = CHECKER.check(claim).under(ppo()).assess();
      assertThat(ruleIds(a))
          .contains("medical-necessity.no-policy-for-use")
          .doesNotContain("diagnosis.inconsistent-with-procedure");
      assertThat(a.line(1).coverage()).isEqualTo(Coverage.CONDITIONAL);
      assertThat(a.line(1).authorization()).isEqualTo(AuthorizationStatus.CONDITIONAL);
      assertThat(a.line(1).missingInformation())
          .containsExactly(MissingInformation.COVERAGE_POLICY);
    }

    @Test
    void a_secondary_pointer_to_the_indication_is_enough() {
      Claim claim =
          claim()
              .neurologist()
              .dx("R51.9", "G43.709")
              .line("64615", 1, "450.00", List.of(), "PA-100", 1, 2)
              .line("J0585", 200, "1300.00", List.of("JZ"), "PA-100", 2)
              .build();
      assertThat(cleanMigraine(claim).assess().findings()).isEmpty();
    }
  }

  @Nested
  class Investigational {
    @Test
    void prp_is_investigational_whatever_the_diagnosis() {
      for (String dx : List.of("L63.9", "L64.9", "L90.5")) {
        Assessment a =
            CHECKER.check(claim().dx(dx).line("0232T", 1, "800.00").build()).under(ppo()).assess();
        assertThat(ruleIds(a)).containsExactly("investigational.procedure");
      }
    }

    @Test
    void an_alopecia_injection_is_not_investigational() {
      Assessment a =
          CHECKER
              .check(claim().dx("L63.9").line("11900", 1, "150.00").build())
              .under(ppo())
              .assess();
      assertThat(a.findings())
          .extracting(Finding::category)
          .doesNotContain(FindingCategory.INVESTIGATIONAL);
    }
  }

  @Nested
  class NonClinicalSetting {
    @Test
    void a_salon_is_not_a_clinical_setting_and_moving_to_an_office_removes_the_finding() {
      Claim salon =
          claim()
              .dx("L63.9")
              .facility(FacilityKind.SALON_OR_DAY_SPA)
              .line("11900", 1, "150.00")
              .build();
      Assessment a = CHECKER.check(salon).under(ppo()).assess();
      assertThat(only(a, "setting.non-clinical").predictedAdjustment()).hasToString("CO-242");
      assertThat(a.line(1).coverage()).isEqualTo(Coverage.NOT_COVERED);

      Claim office = Claim.builder().from(salon).facility(FacilityKind.PHYSICIAN_OFFICE).build();
      assertThat(CHECKER.check(office).under(ppo()).assess().findings()).isEmpty();
    }

    @Test
    void a_policy_that_names_its_settings_flags_another_clinical_setting_for_review() {
      Claim asc =
          Claim.builder()
              .from(botoxMigraine())
              .facility(FacilityKind.AMBULATORY_SURGERY_CENTER)
              .build();
      Finding f = only(cleanMigraine(asc).assess(), "setting.facility-not-eligible", 1);
      assertThat(f.severity()).isEqualTo(Severity.REVIEW);
    }
  }

  @Nested
  class OutOfNetwork {
    @Test
    void an_hmo_patient_seen_out_of_network_is_likely_denied() {
      Claim claim =
          claim()
              .dx("L63.9")
              .network(NetworkStatus.OUT_OF_NETWORK)
              .referral("R-1")
              .line("11900", 1, "150.00")
              .build();
      Assessment a = CHECKER.check(claim).under(hmo()).assess();
      Finding f = only(a, "network.out-of-network");
      assertThat(f.predictedAdjustment()).hasToString("CO-242");
      assertThat(f.fix()).isEqualTo("Refer the patient to an in-network dermatologist.");
      assertThat(a.line(1).coverage()).isEqualTo(Coverage.NOT_COVERED);

      Claim inNetwork = Claim.builder().from(claim).networkStatus(NetworkStatus.IN_NETWORK).build();
      assertThat(CHECKER.check(inNetwork).under(hmo()).assess().findings()).isEmpty();
    }

    @Test
    void a_ppo_pays_out_of_network_so_it_is_only_information() {
      Claim claim =
          claim()
              .dx("L63.9")
              .network(NetworkStatus.OUT_OF_NETWORK)
              .line("11900", 1, "150.00")
              .build();
      Assessment a = CHECKER.check(claim).under(ppo()).assess();
      assertThat(only(a, "network.out-of-network-benefit").severity()).isEqualTo(Severity.INFO);
      assertThat(a.verdict()).isEqualTo(Verdict.CLEAN);
    }

    @Test
    void an_unknown_network_status_is_conditional() {
      Claim claim =
          claim().dx("L63.9").network(NetworkStatus.UNKNOWN).line("11900", 1, "150.00").build();
      Assessment a = CHECKER.check(claim).under(ppo()).assess();
      assertThat(a.line(1).coverage()).isEqualTo(Coverage.CONDITIONAL);
      assertThat(a.line(1).missingInformation()).containsExactly(MissingInformation.NETWORK_STATUS);
      assertThat(a.verdict()).isEqualTo(Verdict.AT_RISK);
    }

    @Test
    void an_hmo_specialist_visit_without_a_referral_is_likely_denied() {
      Claim claim = claim().dx("L63.9").line("11900", 1, "150.00").build();
      Assessment a = CHECKER.check(claim).under(hmo()).assess();
      assertThat(only(a, "network.referral-missing").predictedAdjustment()).hasToString("CO-288");
      Claim referred = Claim.builder().from(claim).referralNumber("REF-22").build();
      assertThat(CHECKER.check(referred).under(hmo()).assess().findings()).isEmpty();
    }
  }

  @Nested
  class PriorAuthorization {
    @Test
    void required_and_none_reported_when_no_authorizations_are_given() {
      Claim claim = claim().neurologist().dx("G43.709").line("64615", 1, "450.00").build();
      Assessment a =
          CHECKER
              .check(claim)
              .under(ppo())
              .withHistory(ServiceHistory.empty())
              .withDocumentation(MIGRAINE_DOCUMENTED)
              .assess();
      Finding f = only(a, "prior-authorization.absent");
      assertThat(f.predictedAdjustment()).hasToString("CO-197");
      assertThat(f.fix())
          .isEqualTo(
              "Obtain prior authorization before the date of service and report its number on the"
                  + " line.");
      assertThat(a.line(1).authorization()).isEqualTo(AuthorizationStatus.REQUIRED);
    }

    @Test
    void a_reported_number_without_authorizations_on_file_is_conditional() {
      Assessment a =
          CHECKER
              .check(botoxMigraine())
              .under(ppo())
              .withHistory(ServiceHistory.empty())
              .withDocumentation(MIGRAINE_DOCUMENTED)
              .assess();
      assertThat(a.line(1).authorization()).isEqualTo(AuthorizationStatus.CONDITIONAL);
      assertThat(a.line(1).missingInformation()).containsExactly(MissingInformation.AUTHORIZATIONS);
      assertThat(a.line(1).coverage()).isEqualTo(Coverage.COVERED);
      assertThat(a.verdict()).isEqualTo(Verdict.AT_RISK);
    }

    @Test
    void not_yet_valid_on_the_date_of_service() {
      Assessment a =
          cleanMigraine(botoxMigraine())
              .withAuthorizations(botoxAuthorization(DOS.plusDays(1), DOS.plusDays(90)))
              .assess();
      assertThat(only(a, "prior-authorization.not-yet-valid", 1).message())
          .isEqualTo(
              "Authorization PA-100 for 64615 starts on 2026-03-03, after the date of service"
                  + " 2026-03-02.");
    }

    @Test
    void an_authorization_for_other_codes_does_not_apply() {
      Authorization other =
          Authorization.builder()
              .number("PA-100")
              .addProcedures(ProcedureCode.of("64650"))
              .validFrom(DOS.minusDays(1))
              .validTo(DOS.plusDays(30))
              .build();
      Assessment a = cleanMigraine(botoxMigraine()).withAuthorizations(other).assess();
      Finding f = only(a, "prior-authorization.for-other-codes", 1);
      assertThat(f.predictedAdjustment()).hasToString("CO-284");
      assertThat(f.message()).isEqualTo("Authorization PA-100 is for 64650, not 64615.");
    }

    @Test
    void fewer_units_authorized_than_billed_counting_units_already_used() {
      PriorService earlier =
          PriorService.builder()
              .procedure(ProcedureCode.of("J0585"))
              .dateOfService(DOS.minusDays(90))
              .provider(Fixtures.NEUROLOGIST)
              .units(100)
              .build();
      Authorization auth =
          Authorization.builder()
              .from(botoxAuthorization(DOS.minusDays(120), DOS.plusDays(60)))
              .build();
      Assessment a =
          cleanMigraine(botoxMigraine())
              .withAuthorizations(auth)
              .withHistory(ServiceHistory.of(List.of(earlier)))
              .assess();
      Finding f = only(a, "prior-authorization.units-exceeded");
      assertThat(f.predictedAdjustment()).hasToString("CO-198");
      assertThat(f.message())
          .isEqualTo(
              "Authorization PA-100 allows 200 units of J0585; 100 were already used; this claim"
                  + " bills 200.");
      assertThat(a.line(2).authorization()).isEqualTo(AuthorizationStatus.REQUIRED);
      assertThat(a.line(1).authorization()).isEqualTo(AuthorizationStatus.SATISFIED);
    }

    @Test
    void a_valid_authorization_whose_number_is_missing_from_the_line() {
      Claim noNumbers =
          claim()
              .neurologist()
              .dx("G43.709")
              .line("64615", 1, "450.00")
              .line("J0585", 200, "1300.00", List.of("JZ"), null)
              .build();
      Assessment a = cleanMigraine(noNumbers).assess();
      assertThat(only(a, "prior-authorization.number-missing", 1).fix())
          .isEqualTo("Report authorization number PA-100 on line 1.");
      assertThat(a.line(1).authorization()).isEqualTo(AuthorizationStatus.SATISFIED);
      assertThat(a.line(1).authorizationNumber()).contains("PA-100");
    }

    @Test
    void a_wrong_number_on_the_line_when_another_authorization_covers_it() {
      Claim wrong =
          claim()
              .neurologist()
              .dx("G43.709")
              .line("64615", 1, "450.00", List.of(), "PA-999", 1)
              .line("J0585", 200, "1300.00", List.of("JZ"), "PA-100", 1)
              .build();
      Assessment a = cleanMigraine(wrong).assess();
      assertThat(only(a, "prior-authorization.number-mismatch", 1).severity())
          .isEqualTo(Severity.DENIAL_LIKELY);
    }

    @Test
    void a_plan_can_require_authorization_for_a_code_no_policy_does() {
      Plan plan =
          Plan.builder().from(ppo()).addPriorAuthorizationCodes(ProcedureCode.of("11900")).build();
      Assessment a =
          CHECKER
              .check(claim().dx("L63.9").line("11900", 1, "150.00").build())
              .under(plan)
              .withAuthorizations(List.of())
              .assess();
      assertThat(ruleIds(a)).containsExactly("prior-authorization.absent");
    }

    @Test
    void a_code_without_a_requirement_needs_no_authorization() {
      Assessment a =
          CHECKER
              .check(claim().dx("L63.9").line("11900", 1, "150.00").build())
              .under(ppo())
              .withAuthorizations(List.of())
              .assess();
      assertThat(a.line(1).authorization()).isEqualTo(AuthorizationStatus.NOT_REQUIRED);
      assertThat(a.findings()).isEmpty();
    }
  }

  @Nested
  class ProviderType {
    @Test
    void migraine_botox_by_a_dermatologist_is_the_wrong_specialty() {
      Claim claim =
          Claim.builder()
              .from(botoxMigraine())
              .provider(
                  dev.coverage.core.claim.Provider.of(
                      Fixtures.DERMATOLOGIST, Specialty.DERMATOLOGY, Credential.MD))
              .build();
      Finding f = only(cleanMigraine(claim).assess(), "provider.specialty-not-eligible", 1);
      assertThat(f.predictedAdjustment()).hasToString("CO-8");
      assertThat(f.fix())
          .isEqualTo("Refer the patient to an in-network neurology or headache medicine.");
    }

    @Test
    void a_registered_nurse_cannot_render_in_their_own_name() {
      Claim claim =
          claim()
              .dx("L63.9")
              .provider(Fixtures.npi("176543210"), Specialty.REGISTERED_NURSE, Credential.RN)
              .line("11900", 1, "150.00")
              .build();
      Assessment a = CHECKER.check(claim).under(ppo()).assess();
      assertThat(only(a, "provider.credential-not-billable").message())
          .isEqualTo(
              "The rendering provider is a registered nurse, who cannot bill medical services in"
                  + " their own name.");
    }
  }

  @Nested
  class FrequencyLimit {
    @Test
    void a_second_session_inside_84_days_exceeds_the_limit_and_says_when_it_would_not() {
      ServiceHistory history =
          ServiceHistory.of(
              List.of(
                  PriorService.of(
                      ProcedureCode.of("64615"), DOS.minusDays(60), Fixtures.NEUROLOGIST)));
      Assessment a = cleanMigraine(botoxMigraine()).withHistory(history).assess();
      Finding f = only(a, "frequency.exceeded");
      assertThat(f.lines().asList()).containsExactly(1, 2);
      assertThat(f.predictedAdjustment()).hasToString("CO-119");
      assertThat(f.fix())
          .isEqualTo("Schedule the session on or after 2026-03-26, when the limit allows it.");
    }

    @Test
    void a_session_84_days_later_is_allowed() {
      ServiceHistory history =
          ServiceHistory.of(
              List.of(
                  PriorService.of(
                      ProcedureCode.of("64615"), DOS.minusDays(84), Fixtures.NEUROLOGIST)));
      assertThat(cleanMigraine(botoxMigraine()).withHistory(history).assess().findings()).isEmpty();
    }

    @Test
    void without_history_the_limit_is_unchecked_and_the_line_conditional() {
      Assessment a =
          CHECKER
              .check(botoxMigraine())
              .under(ppo())
              .withAuthorizations(botoxAuthorization(DOS.minusDays(30), DOS.plusDays(150)))
              .withDocumentation(MIGRAINE_DOCUMENTED)
              .assess();
      assertThat(ruleIds(a)).containsExactly("frequency.history-unknown");
      assertThat(a.line(1).missingInformation())
          .containsExactly(MissingInformation.SERVICE_HISTORY);
    }
  }

  @Nested
  class NcciPtp {
    @Test
    void indicator_0_pair_cannot_be_bypassed_even_with_59() {
      Claim claim =
          claim()
              .dx("L63.9")
              .line("11901", 1, "180.00")
              .line("11900", 1, "150.00", List.of("59"), null, 1)
              .build();
      Finding f = only(CHECKER.check(claim).under(ppo()).assess(), "ncci.ptp-not-allowed");
      assertThat(f.lines().asList()).containsExactly(1, 2);
      assertThat(f.predictedAdjustment()).hasToString("CO-236");
      assertThat(f.message())
          .isEqualTo(
              "11900 (line 2) is not paid with 11901 (line 1) on the same date, and no modifier"
                  + " allows the pair.");
    }

    @Test
    void indicator_1_pair_needs_a_distinct_service_modifier_and_59_satisfies_it() {
      Claim claim =
          claim().dx("L57.0").line("15789", 1, "500.00").line("15788", 1, "400.00").build();
      PlanCheck check =
          CHECKER
              .check(claim)
              .under(ppo())
              .withDocumentation(ClinicalFacts.builder().lesionCount(12).build());
      assertThat(ruleIds(check.assess())).containsExactly("ncci.ptp-modifier-needed");

      Claim distinct =
          claim()
              .dx("L57.0")
              .line("15789", 1, "500.00")
              .line("15788", 1, "400.00", List.of("XS"), null, 1)
              .build();
      assertThat(
              CHECKER
                  .check(distinct)
                  .under(ppo())
                  .withDocumentation(ClinicalFacts.builder().lesionCount(12).build())
                  .assess()
                  .findings())
          .isEmpty();
    }

    @Test
    void the_pair_on_different_dates_is_no_edit() {
      Claim claim = claim().dx("L57.0").line("15789", 1, "500.00").build();
      Claim twoDates =
          Claim.builder()
              .from(claim)
              .addLines(
                  dev.coverage.core.claim.ClaimLine.builder()
                      .procedure(ProcedureCode.of("15788"))
                      .charge(dev.coverage.core.code.Money.of("400.00"))
                      .addDiagnosisPointers(1)
                      .dateOfService(DOS.minusDays(1))
                      .build())
              .build();
      assertThat(
              CHECKER
                  .check(twoDates)
                  .under(ppo())
                  .withDocumentation(ClinicalFacts.builder().lesionCount(12).build())
                  .assess()
                  .findings())
          .isEmpty();
    }
  }

  @Nested
  class Mue {
    @Test
    void units_over_a_date_of_service_limit_across_lines() {
      Claim claim =
          claim()
              .dx("L63.9")
              .line("11900", 1, "150.00")
              .line("11900", 1, "150.00", List.of("XS"), null, 1)
              .build();
      Finding f = only(CHECKER.check(claim).under(ppo()).assess(), "mue.units-exceeded");
      assertThat(f.lines().asList()).containsExactly(1, 2);
      assertThat(f.message())
          .isEqualTo("11900: 2 units billed; the medically unlikely edit allows 1 per day.");
    }

    @Test
    void a_payer_mapping_remaps_the_mue_prediction() {
      ReferenceTables remapped =
          ReferenceTables.builder()
              .from(Fixtures.REFERENCE)
              .denialCodes(
                  dev.coverage.core.reference.DenialCodeMap.of(
                      java.util.Map.of(
                          "mue.units-exceeded",
                          PredictedAdjustment.of(
                              GroupCode.CO, ReasonCode.of("35"), RemarkCode.of("N362"))),
                      java.util.Map.of(),
                      java.util.Map.of()))
              .build();
      Claim claim = claim().dx("L63.9").line("J3301", 20, "300.00").build();
      Finding f =
          only(
              CoverageChecker.using(remapped).check(claim).under(ppo()).assess(),
              "mue.units-exceeded");
      assertThat(f.predictedAdjustment()).hasToString("CO-35/N362");
    }

    @Test
    void units_within_the_limit_are_clean() {
      Claim claim = claim().dx("L63.9").line("J3301", 16, "240.00").build();
      assertThat(CHECKER.check(claim).under(ppo()).assess().findings()).isEmpty();
    }
  }

  @Nested
  class InvalidCode {
    @Test
    void a_header_diagnosis_is_not_billable() {
      Claim claim =
          claim()
              .neurologist()
              .dx("G43.7")
              .line("64615", 1, "450.00", List.of(), "PA-100", 1)
              .line("J0585", 200, "1300.00", List.of("JZ"), "PA-100", 1)
              .build();
      Finding f = only(cleanMigraine(claim).assess(), "code.diagnosis.header");
      assertThat(f.lines().asList()).containsExactly(1, 2);
      assertThat(f.predictedAdjustment()).hasToString("CO-16/M76");
    }

    @Test
    void a_code_made_a_header_in_fy2027_is_billable_on_sept_30_and_not_on_oct_1() {
      Claim before =
          claim().dx("M72.2").on(LocalDate.of(2026, 9, 30)).line("99213", 1, "90.00").build();
      Claim after =
          claim().dx("M72.2").on(LocalDate.of(2026, 10, 1)).line("99213", 1, "90.00").build();
      assertThat(CHECKER.check(before).under(ppo()).assess().findings()).isEmpty();
      assertThat(ruleIds(CHECKER.check(after).under(ppo()).assess()))
          .containsExactly("code.diagnosis.header");
    }

    @Test
    void a_code_missing_from_a_complete_code_set_is_invalid() {
      ReferenceTables complete =
          ReferenceTables.builder()
              .from(Fixtures.REFERENCE)
              .diagnoses(
                  DiagnosisCatalog.of(
                      List.of(
                          DiagnosisEntry.of(
                              DiagnosisCode.of("L63.9"), true, EffectiveDates.always())),
                      List.of(
                          EffectiveDates.between(
                              LocalDate.of(2025, 10, 1), LocalDate.of(2026, 9, 30)))))
              .procedures(
                  ProcedureCatalog.of(
                      List.of(), Set.of(dev.coverage.core.code.CodeSystem.HCPCS_LEVEL_II)))
              .build();
      Claim claim = claim().dx("L63.9", "S23.420A").line("J3301", 2, "30.00", 1, 2).build();
      Assessment a = CoverageChecker.using(complete).check(claim).under(ppo()).assess();
      assertThat(only(a, "code.diagnosis.invalid").predictedAdjustment()).hasToString("CO-146");
      assertThat(only(a, "code.procedure.invalid").predictedAdjustment()).hasToString("CO-181");
    }

    @Test
    void a_code_the_data_does_not_know_is_reviewed_not_denied() {
      Claim claim = claim().dx("L63.9").line("11102", 1, "120.00").build();
      Assessment a = CHECKER.check(claim).under(ppo()).assess();
      assertThat(only(a, "code.procedure.unknown").severity()).isEqualTo(Severity.REVIEW);
      assertThat(a.line(1).coverage()).isEqualTo(Coverage.CONDITIONAL);
      assertThat(a.line(1).authorization()).isEqualTo(AuthorizationStatus.CONDITIONAL);
    }

    @Test
    void an_unassigned_place_of_service_is_invalid() {
      Claim claim = claim().dx("L63.9").placeOfService("08").line("11900", 1, "150.00").build();
      assertThat(
              only(CHECKER.check(claim).under(ppo()).assess(), "code.place-of-service.unassigned")
                  .predictedAdjustment())
          .hasToString("CO-58");
    }
  }

  @Nested
  class AgeSex {
    @Test
    void hyperhidrosis_botox_is_for_adults() {
      Claim claim = claim().age(16).dx("L74.510").line("64650", 1, "300.00").build();
      Assessment a =
          CHECKER
              .check(claim)
              .under(ppo())
              .withDocumentation(
                  ClinicalFacts.builder()
                      .putFailedTherapies(TherapyKind.TOPICAL_ALUMINUM_CHLORIDE, 1)
                      .build())
              .assess();
      Finding f = only(a, "age.out-of-bounds");
      assertThat(f.predictedAdjustment()).hasToString("CO-6");
      assertThat(f.message())
          .isEqualTo(
              "Botulinum toxin for axillary hyperhidrosis covers ages 18 and over; the"
                  + " patient is 16.");
    }

    @Test
    void an_unknown_age_is_conditional_and_an_adult_is_clean_of_it() {
      Claim unknownAge =
          claim()
              .patient(dev.coverage.core.claim.Patient.builder().build())
              .dx("L74.510")
              .line("64650", 1, "300.00")
              .build();
      Assessment a = CHECKER.check(unknownAge).under(ppo()).assess();
      assertThat(a.line(1).missingInformation()).contains(MissingInformation.PATIENT_AGE);
      Claim adult = claim().age(30).dx("L74.510").line("64650", 1, "300.00").build();
      assertThat(ruleIds(CHECKER.check(adult).under(ppo()).assess()))
          .doesNotContain("age.unknown", "age.out-of-bounds");
    }

    @Test
    void age_is_taken_on_the_date_of_service_from_the_birth_date() {
      Claim turning18 =
          claim()
              .patient(
                  dev.coverage.core.claim.Patient.builder().birthDate(DOS.minusYears(18)).build())
              .dx("L74.510")
              .line("64650", 1, "300.00")
              .build();
      assertThat(ruleIds(CHECKER.check(turning18).under(ppo()).assess()))
          .doesNotContain("age.out-of-bounds");
    }
  }

  @Nested
  class Modifiers {
    @Test
    void a_single_dose_drug_without_jw_or_jz_is_denied_under_medicare_and_reviewed_elsewhere() {
      Claim claim =
          claim()
              .neurologist()
              .age(70)
              .dx("G43.709")
              .line("64615", 1, "450.00")
              .line("J0585", 200, "1300.00")
              .build();
      ClinicalFacts medicareCriteria =
          ClinicalFacts.builder().headacheDaysPerMonth(16).migraineDaysPerMonth(9).build();
      Assessment medicare =
          CHECKER
              .check(claim)
              .under(medicare())
              .withHistory(ServiceHistory.empty())
              .withDocumentation(medicareCriteria)
              .assess();
      assertThat(only(medicare, "modifier.jw-jz-missing").severity())
          .isEqualTo(Severity.DENIAL_LIKELY);
      Assessment commercial = cleanMigraine(claim).assess();
      assertThat(only(commercial, "modifier.jw-jz-missing").severity()).isEqualTo(Severity.REVIEW);
    }

    @Test
    void the_administered_line_beside_a_jw_waste_line_needs_no_modifier() {
      // CMS JW/JZ policy: the administered amount on one line without a modifier, the discarded
      // amount on its own line with JW (Noridian, "Drug Wastage - JW and JZ Modifiers").
      Claim claim =
          claim()
              .neurologist()
              .age(70)
              .dx("G43.709")
              .line("64615", 1, "450.00")
              .line("J0585", 155, "1007.50")
              .line("J0585", 45, "292.50", List.of("JW"), null, 1)
              .build();
      ClinicalFacts medicareCriteria =
          ClinicalFacts.builder().headacheDaysPerMonth(16).migraineDaysPerMonth(9).build();
      Assessment a =
          CHECKER
              .check(claim)
              .under(medicare())
              .withHistory(ServiceHistory.empty())
              .withDocumentation(medicareCriteria)
              .assess();
      assertThat(ruleIds(a)).doesNotContain("modifier.jw-jz-missing");

      // A JW line of another drug does not excuse the administered line.
      Claim otherDrug =
          claim()
              .neurologist()
              .age(70)
              .dx("G43.709")
              .line("64615", 1, "450.00")
              .line("J0585", 155, "1007.50")
              .line("J0588", 45, "292.50", List.of("JW"), null, 1)
              .build();
      Assessment b =
          CHECKER
              .check(otherDrug)
              .under(medicare())
              .withHistory(ServiceHistory.empty())
              .withDocumentation(medicareCriteria)
              .assess();
      assertThat(only(b, "modifier.jw-jz-missing").lines().asList()).containsExactly(2);
    }

    @Test
    void jw_and_jz_together_conflict() {
      Claim claim =
          claim()
              .neurologist()
              .dx("G43.709")
              .line("64615", 1, "450.00", List.of(), "PA-100", 1)
              .line("J0585", 200, "1300.00", List.of("JW", "JZ"), "PA-100", 1)
              .build();
      assertThat(ruleIds(cleanMigraine(claim).assess())).containsExactly("modifier.jw-jz-conflict");
    }

    @Test
    void a_same_day_visit_with_a_minor_procedure_needs_25() {
      Claim claim =
          claim().dx("L63.9").line("99213", 1, "110.00").line("11900", 1, "150.00").build();
      Finding f = only(CHECKER.check(claim).under(ppo()).assess(), "modifier.25-missing");
      assertThat(f.lines().asList()).containsExactly(1);
      assertThat(f.predictedAdjustment()).hasToString("CO-4");

      Claim with25 =
          claim()
              .dx("L63.9")
              .line("99213", 1, "110.00", List.of("25"), null, 1)
              .line("11900", 1, "150.00")
              .build();
      assertThat(CHECKER.check(with25).under(ppo()).assess().findings()).isEmpty();
    }
  }

  @Nested
  class Duplicate {
    @Test
    void the_same_service_already_in_history_is_a_duplicate() {
      ServiceHistory history =
          ServiceHistory.of(
              List.of(PriorService.of(ProcedureCode.of("11900"), DOS, Fixtures.DERMATOLOGIST)));
      Assessment a =
          CHECKER
              .check(claim().dx("L63.9").line("11900", 1, "150.00").build())
              .under(ppo())
              .withHistory(history)
              .assess();
      assertThat(only(a, "duplicate.in-history").predictedAdjustment()).hasToString("OA-18");
    }

    @Test
    void another_provider_or_another_date_is_not_a_duplicate() {
      ServiceHistory history =
          ServiceHistory.of(
              List.of(
                  PriorService.of(ProcedureCode.of("11900"), DOS, Fixtures.NEUROLOGIST),
                  PriorService.of(
                      ProcedureCode.of("11900"), DOS.minusDays(30), Fixtures.DERMATOLOGIST)));
      Assessment a =
          CHECKER
              .check(claim().dx("L63.9").line("11900", 1, "150.00").build())
              .under(ppo())
              .withHistory(history)
              .assess();
      assertThat(ruleIds(a)).doesNotContain("duplicate.in-history");
    }

    @Test
    void two_identical_lines_on_one_claim_are_a_duplicate() {
      Claim claim = claim().dx("L63.9").line("J3301", 2, "30.00").line("J3301", 2, "30.00").build();
      assertThat(ruleIds(CHECKER.check(claim).under(ppo()).assess()))
          .containsExactly("duplicate.on-claim");
    }
  }

  @Nested
  class TimelyFiling {
    @Test
    void a_claim_submitted_after_the_filing_limit_is_late() {
      Plan ninety = Plan.builder().from(ppo()).filingLimitDays(90).build();
      Claim late =
          claim().dx("L63.9").submitted(DOS.plusDays(91)).line("11900", 1, "150.00").build();
      Finding f = only(CHECKER.check(late).under(ninety).assess(), "timely-filing.expired");
      assertThat(f.message())
          .isEqualTo(
              "Submitted 91 days after the date of service; the plan's filing limit is 90"
                  + " days.");
      assertThat(f.predictedAdjustment()).hasToString("CO-29");

      Claim onTime =
          claim().dx("L63.9").submitted(DOS.plusDays(90)).line("11900", 1, "150.00").build();
      assertThat(CHECKER.check(onTime).under(ninety).assess().findings()).isEmpty();
    }
  }

  @Test
  void a_plan_override_wins_over_every_other_prediction() {
    Plan plan =
        Plan.builder()
            .from(ppo())
            .putDenialCodeOverrides(
                FindingCategory.INVESTIGATIONAL, PredictedAdjustment.parse("PR-96/N425"))
            .build();
    Assessment a =
        CHECKER.check(claim().dx("L64.9").line("0232T", 1, "900.00").build()).under(plan).assess();
    assertThat(only(a, "investigational.procedure").predictedAdjustment())
        .hasToString("PR-96/N425");
  }
}

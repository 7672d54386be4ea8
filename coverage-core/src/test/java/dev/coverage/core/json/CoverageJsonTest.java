package dev.coverage.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import dev.coverage.core.code.Percent;
import dev.coverage.core.code.PlaceOfService;
import dev.coverage.core.code.ProcedureCode;
import dev.coverage.core.denial.FindingCategory;
import dev.coverage.core.denial.GroupCode;
import dev.coverage.core.denial.PredictedAdjustment;
import dev.coverage.core.denial.ReasonCode;
import dev.coverage.core.denial.RemarkCode;
import dev.coverage.core.plan.Accumulators;
import dev.coverage.core.plan.Authorization;
import dev.coverage.core.plan.BenefitExclusion;
import dev.coverage.core.plan.CostSharing;
import dev.coverage.core.plan.Plan;
import dev.coverage.core.plan.PriorService;
import dev.coverage.core.plan.ProductType;
import dev.coverage.core.plan.ServiceClass;
import dev.coverage.core.plan.ServiceHistory;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** Reading the sample documents, writing them back, and the shapes and decisions documented. */
class CoverageJsonTest {

  static byte[] resource(String name) {
    try (InputStream in = CoverageJsonTest.class.getResourceAsStream(name)) {
      return Objects.requireNonNull(in, name).readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(String name) {
    return new String(resource(name), StandardCharsets.UTF_8);
  }

  @Test
  void reads_a_botox_for_chronic_migraine_claim() {
    // GIVEN the sample claim: an injection, the drug with JZ, and a same-day visit with 25
    // WHEN
    Claim claim = CoverageJson.readClaim(resource("claim.json"));

    // THEN
    assertThat(claim.claimId()).isEqualTo("C-2026-000417");
    assertThat(claim.patient().birthDate()).contains(LocalDate.of(1984, 6, 19));
    assertThat(claim.patient().sex()).isEqualTo(Sex.FEMALE);
    assertThat(claim.patient().memberId()).contains("XQF884120377");
    assertThat(claim.provider())
        .isEqualTo(Provider.of(Npi.of("1234567893"), Specialty.NEUROLOGY, Credential.MD));
    assertThat(claim.networkStatus()).isEqualTo(NetworkStatus.IN_NETWORK);
    assertThat(claim.facility()).isEqualTo(FacilityKind.PHYSICIAN_OFFICE);
    assertThat(claim.placeOfService()).isEqualTo(PlaceOfService.OFFICE);
    assertThat(claim.dateOfService()).isEqualTo(LocalDate.of(2026, 3, 2));
    assertThat(claim.submissionDate()).isEqualTo(LocalDate.of(2026, 3, 4));
    assertThat(claim.referralNumber()).contains("REF-55102");
    assertThat(claim.diagnoses())
        .containsExactly(
            DiagnosisCode.of("G43.709"), DiagnosisCode.of("G43.719"), DiagnosisCode.of("R51.9"));
    assertThat(claim.lines()).hasSize(3);

    ClaimLine drug = claim.lines().get(1);
    assertThat(drug.procedure()).isEqualTo(ProcedureCode.of("J0585"));
    assertThat(drug.modifiers()).containsExactly(Modifier.JZ);
    assertThat(drug.units()).isEqualTo(155);
    assertThat(drug.charge()).isEqualTo(Money.of("930.00"));
    assertThat(drug.diagnosisPointers()).containsExactly(1);
    assertThat(drug.authorizationNumber()).contains("PA-88412");

    ClaimLine visit = claim.lines().get(2);
    assertThat(visit.units()).as("units omitted: the default").isEqualTo(1);
    assertThat(visit.diagnosisPointers()).containsExactly(3, 1);
    assertThat(visit.dateOfService()).contains(LocalDate.of(2026, 3, 2));
    assertThat(visit.authorizationNumber()).isEmpty();
  }

  @Test
  void reads_a_ppo_plan() {
    // WHEN
    Plan plan = CoverageJson.readPlan(text("plan.json"));

    // THEN
    assertThat(plan.id()).isEqualTo("ACME-PPO-GOLD-2026");
    assertThat(plan.productType()).isEqualTo(ProductType.PPO);
    assertThat(plan.inNetwork().deductible()).isEqualTo(Money.of("1500.00"));
    assertThat(plan.inNetwork().coinsurance()).isEqualTo(Percent.of(20));
    assertThat(plan.inNetwork().copays())
        .containsEntry(ServiceClass.SPECIALIST_VISIT, Money.of("50.00"))
        .containsEntry(ServiceClass.PRIMARY_CARE_VISIT, Money.of("25.00"))
        .hasSize(2);
    assertThat(plan.inNetwork().outOfPocketMaximum()).contains(Money.of("6000.00"));
    assertThat(plan.outOfNetwork().map(CostSharing::coinsurance)).contains(Percent.of(40));
    assertThat(plan.referralRequired()).isFalse();
    assertThat(plan.filingLimitDays()).isEqualTo(180);
    assertThat(plan.exclusions())
        .containsExactlyInAnyOrder(BenefitExclusion.COSMETIC, BenefitExclusion.INVESTIGATIONAL);
    assertThat(plan.excludedProcedures())
        .containsExactlyInAnyOrder(ProcedureCode.of("17999"), ProcedureCode.of("0232T"));
    assertThat(plan.priorAuthorizationCodes()).contains(ProcedureCode.of("J0585"));
    assertThat(plan.feeSchedule())
        .containsEntry(ProcedureCode.of("64615"), Money.of("412.50"))
        .containsEntry(ProcedureCode.of("J0585"), Money.of("5.85"))
        .hasSize(4);
    assertThat(plan.allowedPercentOfReference()).contains(Percent.of(120));
    assertThat(plan.outOfNetworkAllowedPercentOfReference()).contains(Percent.ofBasisPoints(8750));
    assertThat(plan.policySet()).contains("commercial");
    assertThat(plan.denialCodeOverrides())
        .containsEntry(FindingCategory.COSMETIC_EXCLUSION, PredictedAdjustment.parse("PR-96/N425"))
        .containsEntry(
            FindingCategory.NOT_MEDICALLY_NECESSARY,
            PredictedAdjustment.of(GroupCode.CO, ReasonCode.of("50")));
  }

  @Test
  void the_sample_claim_round_trips_to_an_equal_value() {
    Claim claim = CoverageJson.readClaim(resource("claim.json"));

    String json = CoverageJson.write(claim);

    assertThat(CoverageJson.readClaim(json)).isEqualTo(claim);
    assertThat(CoverageJson.write(CoverageJson.readClaim(json))).isEqualTo(json);
  }

  @Test
  void the_sample_plan_round_trips_to_an_equal_value() {
    Plan plan = CoverageJson.readPlan(resource("plan.json"));

    String json = CoverageJson.write(plan);

    assertThat(CoverageJson.readPlan(json)).isEqualTo(plan);
  }

  @Test
  void every_other_model_value_round_trips_to_an_equal_value() {
    List<Object> values =
        List.of(
            ProcedureCode.of("0232T"),
            DiagnosisCode.of("L74510"),
            Modifier.GY,
            PlaceOfService.of(1),
            Npi.of("1987654328"),
            Money.of("-3.10"),
            Percent.of("12.5"),
            ReasonCode.of("B7"),
            RemarkCode.of("MA130"),
            PredictedAdjustment.parse("PR-96/N425"),
            Specialty.HEADACHE_MEDICINE,
            TherapyKind.IONTOPHORESIS,
            Patient.builder().age(42).build(),
            Patient.builder().build(),
            ClinicalFacts.builder()
                .intent(Intent.MEDICAL)
                .headacheDaysPerMonth(20)
                .migraineDaysPerMonth(10)
                .monthsOfSymptoms(6)
                .putFailedTherapies(TherapyKind.ORAL_MIGRAINE_PROPHYLAXIS, 2)
                .putFailedTherapies(TherapyKind.CORTICOSTEROID, 0)
                .lesionCount(3)
                .treatedAreaSquareCm(new BigDecimal("12.5"))
                .functionalImpairment(false)
                .congenital(true)
                .build(),
            ClinicalFacts.none(),
            Accumulators.builder().deductibleMet(Money.of("400")).build(),
            Accumulators.none(),
            Authorization.builder()
                .number("PA-88412")
                .addProcedures(ProcedureCode.of("64615"), ProcedureCode.of("J0585"))
                .putUnits(ProcedureCode.of("J0585"), 400)
                .validFrom(LocalDate.of(2026, 2, 15))
                .validTo(LocalDate.of(2026, 8, 14))
                .build(),
            ServiceHistory.of(
                List.of(
                    PriorService.of(
                        ProcedureCode.of("64615"), LocalDate.of(2025, 12, 1), Npi.of("1234567893")),
                    PriorService.builder()
                        .procedure(ProcedureCode.of("J0585"))
                        .dateOfService(LocalDate.of(2025, 12, 1))
                        .provider(Npi.of("1234567893"))
                        .units(155)
                        .addModifiers(Modifier.JZ)
                        .build())),
            ServiceHistory.empty(),
            Plan.builder()
                .id("MIN")
                .productType(ProductType.MEDICARE_PART_B)
                .inNetwork(CostSharing.builder().build())
                .build());

    for (Object value : values) {
      String json = CoverageJson.write(value);
      assertThat(CoverageJson.read(json, typeOf(value))).as(json).isEqualTo(value);
    }
  }

  /** The public model type a value was built as: generated implementations are package-private. */
  private static Class<?> typeOf(Object value) {
    Class<?> c = value.getClass();
    return c.getSimpleName().startsWith("Immutable") ? c.getSuperclass() : c;
  }

  @Test
  void writes_amounts_as_strings_diagnoses_dotted_and_omits_empty_optionals() {
    Claim claim = CoverageJson.readClaim(resource("claim.json"));

    String json = CoverageJson.write(claim);

    assertThat(json)
        .contains("\"charge\":\"450.00\"")
        .contains("\"diagnoses\":[\"G43.709\",\"G43.719\",\"R51.9\"]")
        .contains("\"placeOfService\":\"11\"")
        .contains("\"dateOfService\":\"2026-03-02\"")
        .startsWith("{\"claimId\":\"C-2026-000417\",\"patient\":{\"birthDate\":\"1984-06-19\"");
    String firstLine =
        json.substring(json.indexOf("{\"procedure\":\"64615\""), json.indexOf("},{") + 1);
    assertThat(firstLine)
        .isEqualTo(
            "{\"procedure\":\"64615\",\"units\":1,\"charge\":\"450.00\","
                + "\"diagnosisPointers\":[1,2],\"authorizationNumber\":\"PA-88412\"}");
  }

  @Test
  void writes_a_plan_with_percentages_as_strings_and_maps_keyed_by_name() {
    String json = CoverageJson.write(CoverageJson.readPlan(resource("plan.json")));

    assertThat(json)
        .contains("\"coinsurance\":\"20\"")
        .contains("\"outOfNetworkAllowedPercentOfReference\":\"87.5\"")
        .contains("\"copays\":{\"PRIMARY_CARE_VISIT\":\"25.00\",\"SPECIALIST_VISIT\":\"50.00\"}")
        .contains("\"feeSchedule\":{\"64615\":\"412.50\",\"J0585\":\"5.85\"")
        .contains("\"denialCodeOverrides\":{\"COSMETIC_EXCLUSION\":\"PR-96/N425\"");
  }

  @Test
  void writes_a_service_history_as_an_object_and_reads_a_bare_array_too() {
    ServiceHistory history =
        ServiceHistory.of(
            List.of(
                PriorService.of(
                    ProcedureCode.of("64615"), LocalDate.of(2025, 12, 1), Npi.of("1234567893"))));
    String service =
        "{\"procedure\":\"64615\",\"dateOfService\":\"2025-12-01\",\"provider\":\"1234567893\","
            + "\"units\":1}";

    assertThat(CoverageJson.write(history)).isEqualTo("{\"services\":[" + service + "]}");
    assertThat(CoverageJson.read("[" + service + "]", ServiceHistory.class)).isEqualTo(history);
    assertThat(CoverageJson.read("[]", ServiceHistory.class)).isEqualTo(ServiceHistory.empty());
  }

  @Test
  void reads_undotted_and_lower_case_codes_and_writes_them_canonically() {
    String json =
        text("claim.json").replace("\"G43.709\"", "\"g43709\"").replace("\"J0585\"", "\"j0585\"");

    Claim claim = CoverageJson.readClaim(json);

    assertThat(claim.diagnoses().get(0)).isEqualTo(DiagnosisCode.of("G43.709"));
    assertThat(CoverageJson.write(claim)).contains("\"G43.709\"").contains("\"J0585\"");
  }

  @Test
  void null_for_an_optional_or_defaulted_property_means_absent() {
    String json =
        text("claim.json")
            .replace("\"referralNumber\": \"REF-55102\"", "\"referralNumber\": null")
            .replace("\"networkStatus\": \"IN_NETWORK\"", "\"networkStatus\": null")
            .replace("\"units\": 155", "\"units\": null")
            .replace("\"modifiers\": [\"25\"]", "\"modifiers\": null");

    Claim claim = CoverageJson.readClaim(json);

    assertThat(claim.referralNumber()).isEmpty();
    assertThat(claim.networkStatus()).isEqualTo(NetworkStatus.UNKNOWN);
    assertThat(claim.lines().get(1).units()).isEqualTo(1);
    assertThat(claim.lines().get(2).modifiers()).isEmpty();
  }

  @Test
  void defaults_may_be_omitted() {
    Plan plan = CoverageJson.readPlan("{\"id\":\"P1\",\"productType\":\"HMO\",\"inNetwork\":{}}");

    assertThat(plan.referralRequired()).isFalse();
    assertThat(plan.filingLimitDays()).isEqualTo(Plan.MEDICARE_FILING_LIMIT_DAYS);
    assertThat(plan.inNetwork().deductible()).isEqualTo(Money.ZERO);
    assertThat(plan.inNetwork().coinsurance()).isEqualTo(Percent.ZERO);
    assertThat(CoverageJson.read("{}", Accumulators.class)).isEqualTo(Accumulators.none());
  }

  @Test
  void reads_from_a_reader_and_accepts_surrounding_whitespace() {
    Plan plan = CoverageJson.readPlan(new StringReader("\n  " + text("plan.json") + "\n\n"));

    assertThat(plan.id()).isEqualTo("ACME-PPO-GOLD-2026");
  }

  @Test
  void reads_dates_beyond_year_9999_that_it_writes() {
    Authorization far =
        Authorization.builder()
            .number("A1")
            .addProcedures(ProcedureCode.of("64615"))
            .validFrom(LocalDate.of(2026, 1, 1))
            .validTo(LocalDate.of(10_000, 1, 1))
            .build();

    String json = CoverageJson.write(far);

    assertThat(json).contains("\"validTo\":\"+10000-01-01\"");
    assertThat(CoverageJson.read(json, Authorization.class)).isEqualTo(far);
  }

  @Test
  void refuses_a_type_that_is_not_part_of_the_model() {
    assertThatThrownBy(() -> CoverageJson.read("\"x\"", String.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("java.lang.String is not a model type");
  }

  @Test
  void writes_a_list_of_model_values() {
    assertThat(CoverageJson.write(List.of(Money.of("1"), ProcedureCode.of("64615"))))
        .isEqualTo("[\"1.00\",\"64615\"]");
  }
}

package dev.coverage.codes.load;

import static dev.coverage.codes.FileErrors.assertFileError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.coverage.codes.Streams;
import dev.coverage.core.claim.Specialty;
import dev.coverage.core.claim.TherapyKind;
import dev.coverage.core.code.ProcedureCode;
import dev.coverage.core.denial.FindingCategory;
import dev.coverage.core.denial.PredictedAdjustment;
import dev.coverage.core.reference.Classification;
import dev.coverage.core.reference.CoveragePolicy;
import dev.coverage.core.reference.FrequencyLimit;
import dev.coverage.core.reference.PriorAuthorizationRule;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoveragePolicyLoaderTest {
  private static final String HEAD =
      "{\n  \"format\": \"coverage-policies/1\",\n  \"policySet\": \"acme\",\n  \"policies\": [\n";
  private static final String TAIL = "\n  ]\n}\n";

  private static final String MIGRAINE =
      "    {\n"
          + "      \"id\": \"acme/botox-migraine\",\n"
          + "      \"title\": \"Botulinum toxin for chronic migraine\",\n"
          + "      \"procedures\": [\"64615\", \"J0585\"],\n"
          + "      \"classification\": \"MEDICAL_WITH_CRITERIA\",\n"
          + "      \"indications\": [{\"label\": \"chronic migraine\", \"diagnoses\": [\"G43.7\"],\n"
          + "        \"requires\": {\"headacheDaysPerMonthAtLeast\": 15,\n"
          + "          \"failedTherapiesAtLeast\": {\"ORAL_MIGRAINE_PROPHYLAXIS\": 3}}}],\n"
          + "      \"nonCoveredDiagnoses\": [\"G43.0\"],\n"
          + "      \"priorAuthorization\": \"REQUIRED\",\n"
          + "      \"specialties\": [\"NEUROLOGY\"],\n"
          + "      \"ageAtLeast\": 18,\n"
          + "      \"frequency\": {\"sessions\": 1, \"windowDays\": 84},\n"
          + "      \"denialCodes\": {\"NOT_MEDICALLY_NECESSARY\": \"CO-50\"},\n"
          + "      \"source\": {\"title\": \"Acme policy 12\", \"url\": \"https://acme.example/12\"},\n"
          + "      \"effective\": {\"from\": \"2025-01-01\", \"to\": null}\n"
          + "    }";

  private static List<CoveragePolicy> read(String json) {
    return CoveragePolicyLoader.read("p.json", Streams.text(json));
  }

  @Test
  void a_policy_file_reads_into_policies() {
    CoveragePolicy p = read(HEAD + MIGRAINE + TAIL).get(0);

    assertThat(p.id()).isEqualTo("acme/botox-migraine");
    assertThat(p.policySet()).isEqualTo("acme");
    assertThat(p.procedures())
        .containsExactly(ProcedureCode.of("64615"), ProcedureCode.of("J0585"));
    assertThat(p.classification()).isEqualTo(Classification.MEDICAL_WITH_CRITERIA);
    assertThat(p.indications().get(0).diagnoses()).containsExactly("G437");
    assertThat(p.indications().get(0).requires().failedTherapiesAtLeast())
        .containsEntry(TherapyKind.ORAL_MIGRAINE_PROPHYLAXIS, 3);
    assertThat(p.priorAuthorization()).isEqualTo(PriorAuthorizationRule.REQUIRED);
    assertThat(p.specialties()).containsExactly(Specialty.NEUROLOGY);
    assertThat(p.ageAtLeast()).hasValue(18);
    assertThat(p.frequency()).hasValue(FrequencyLimit.per(1, 84));
    assertThat(p.denialCodes())
        .containsEntry(FindingCategory.NOT_MEDICALLY_NECESSARY, PredictedAdjustment.parse("CO-50"));
    assertThat(p.source().url()).hasValue("https://acme.example/12");
    assertThat(p.source().secondary()).isFalse();
    assertThat(p.effective().from()).isEqualTo(LocalDate.of(2025, 1, 1));
    assertThat(p.effective().to()).isEmpty();
  }

  @Test
  void unknown_member_names_line_column_and_path() {
    String json = HEAD + MIGRAINE.replace("\"ageAtLeast\": 18,", "\"minimumAge\": 18,") + TAIL;
    assertFileError(() -> read(json), "p.json", 16, 7, "policies[0].minimumAge");
  }

  @Test
  void wrong_type_bad_enum_bad_date_bad_code() {
    assertFileError(
        () -> read(HEAD + MIGRAINE.replace("\"ageAtLeast\": 18", "\"ageAtLeast\": \"18\"") + TAIL),
        "p.json",
        16,
        21,
        "policies[0].ageAtLeast");
    assertFileError(
        () -> read(HEAD + MIGRAINE.replace("\"NEUROLOGY\"", "\"NEUROLOGIST\"") + TAIL),
        "p.json",
        15,
        23,
        "policies[0].specialties[0]");
    assertFileError(
        () -> read(HEAD + MIGRAINE.replace("2025-01-01", "2025-13-01") + TAIL),
        "p.json",
        20,
        29,
        "policies[0].effective.from");
    assertFileError(
        () -> read(HEAD + MIGRAINE.replace("\"J0585\"", "\"J058\"") + TAIL),
        "p.json",
        8,
        31,
        "policies[0].procedures[1]");
  }

  @Test
  void duplicate_keys_and_trailing_tokens_are_not_json_we_accept() {
    assertFileError(
        () ->
            read(
                HEAD
                    + MIGRAINE.replace(
                        "\"ageAtLeast\": 18,", "\"ageAtLeast\": 18, \"ageAtLeast\": 19,")
                    + TAIL),
        "p.json",
        16,
        37,
        "policies[0]");
    assertFileError(() -> read(HEAD + MIGRAINE + TAIL + "{}"), "p.json", 24, 1, "$");
  }

  @Test
  void missing_members_and_broken_rules_name_the_policy() {
    assertFileError(
        () ->
            read(
                HEAD
                    + MIGRAINE.replace(
                        "      \"title\": \"Botulinum toxin for chronic migraine\",\n", "")
                    + TAIL),
        "p.json",
        5,
        5,
        "policies[0].title");
    String noIndications = MIGRAINE.replaceAll("(?s) *\"indications\": .*?}}}],\n", "");
    assertThat(noIndications).doesNotContain("indications");
    assertFileError(
        () -> read(HEAD + noIndications + TAIL), "p.json", 5, 5, "policies[0].indications");
    assertFileError(
        () -> read(HEAD + MIGRAINE.replace("acme/botox", "other/botox") + TAIL),
        "p.json",
        6,
        13,
        "policies[0].id");
    assertFileError(
        () -> read(HEAD + MIGRAINE + ",\n" + MIGRAINE + TAIL), "p.json", 22, 5, "policies[1].id");
  }

  @Test
  void empty_file_no_policies_and_garbage() {
    assertFileError(() -> read(""), "p.json", 1, 0, "$");
    assertFileError(() -> read(HEAD + TAIL), "p.json", 4, 3, "policies");
    assertFileError(
        () -> CoveragePolicyLoader.read("p.json", Streams.binaryGarbage()), "p.json", 1, 0, "$");
  }
}

package dev.coverage.core.json;

import static dev.coverage.core.json.CoverageJsonTest.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.coverage.core.ValidationException;
import dev.coverage.core.claim.Patient;
import dev.coverage.core.code.Money;
import dev.coverage.core.plan.ServiceHistory;
import org.junit.jupiter.api.Test;

/**
 * One test per kind of bad input: each names the JSON path, the rule and the line and column, and
 * none repeats patient data.
 */
class CoverageJsonFailuresTest {
  private static final String CLAIM = text("claim.json");
  private static final String PLAN = text("plan.json");

  private static ValidationException readingClaim(String json) {
    return catchThrowableOfType(ValidationException.class, () -> CoverageJson.readClaim(json));
  }

  private static ValidationException readingPlan(String json) {
    return catchThrowableOfType(ValidationException.class, () -> CoverageJson.readPlan(json));
  }

  /** Replaces exactly one occurrence, so that a test cannot pass by editing nothing. */
  private static String once(String json, String from, String to) {
    int at = json.indexOf(from);
    assertThat(at).as("sample contains %s", from).isNotNegative();
    assertThat(json.indexOf(from, at + 1)).as("%s occurs once", from).isNegative();
    return json.replace(from, to);
  }

  @Test
  void bytes_in_no_json_encoding_are_a_validation_error_not_an_io_error() {
    // A byte-order mark of an unsupported UCS-4 order ("2143"); found by FuzzProperties.
    byte[] bytes = {0, 0, (byte) 0xFF, (byte) 0xFE, 0, 0, 0, '{'};
    ValidationException e =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            ValidationException.class, () -> CoverageJson.readClaim(bytes));
    org.assertj.core.api.Assertions.assertThat(e).isNotNull();
    org.assertj.core.api.Assertions.assertThat(e.field()).isEqualTo("$");
  }

  @Test
  void an_unknown_property_is_named_with_its_path_and_the_known_ones() {
    ValidationException e =
        readingClaim(once(CLAIM, "\"charge\": \"930.00\"", "\"charges\": \"930.00\""));

    assertThat(e.field()).isEqualTo("$.lines[1].charges");
    assertThat(e.rule()).startsWith("is not a property of a claim line; the properties are");
    assertThat(e.rule()).contains("charge, diagnosisPointers");
    assertThat(e.location()).contains("line 34 column 7");
    assertThat(e.getMessage()).isEqualTo("line 34 column 7: $.lines[1].charges: " + e.rule());
  }

  @Test
  void a_string_where_an_object_belongs_is_named_with_its_path() {
    ValidationException e =
        readingClaim(once(CLAIM, "\"provider\": {", "\"provider\": \"1234567893\", \"x\": {"));

    assertThat(e.field()).isEqualTo("$.provider");
    assertThat(e.rule()).isEqualTo("must be an object (a provider), got a string");
    assertThat(e.location()).contains("line 10 column 15");
  }

  @Test
  void a_number_where_a_count_belongs_and_a_fraction_for_a_count_are_refused() {
    assertThat(readingClaim(once(CLAIM, "\"units\": 155", "\"units\": \"155\"")))
        .extracting(ValidationException::field, ValidationException::rule)
        .containsExactly("$.lines[1].units", "must be a number, got a string");
    assertThat(readingClaim(once(CLAIM, "\"units\": 155", "\"units\": 155.0")))
        .extracting(ValidationException::field, ValidationException::rule)
        .containsExactly("$.lines[1].units", "must be a whole number");
    assertThat(readingClaim(once(CLAIM, "\"units\": 155", "\"units\": 99999999999")))
        .extracting(ValidationException::field, ValidationException::rule)
        .containsExactly("$.lines[1].units", "is out of range for a count");
  }

  @Test
  void an_amount_written_as_a_json_number_is_refused() {
    ValidationException e = readingClaim(once(CLAIM, "\"charge\": \"930.00\"", "\"charge\": 930"));

    assertThat(e.field()).isEqualTo("$.lines[1].charge");
    assertThat(e.rule()).contains("an amount is a string such as \"125.00\", never a JSON number");
    assertThat(e.location()).contains("line 34 column 17");
    assertThat(
            catchThrowableOfType(
                ValidationException.class, () -> CoverageJson.read("125.5", Money.class)))
        .extracting(ValidationException::field)
        .isEqualTo("$");
  }

  @Test
  void a_malformed_code_is_named_with_its_path_and_the_rule_it_breaks() {
    ValidationException e =
        readingClaim(once(CLAIM, "\"procedure\": \"J0585\"", "\"procedure\": \"J058\""));

    assertThat(e.field()).isEqualTo("$.lines[1].procedure");
    assertThat(e.rule()).isEqualTo("must be five characters (CPT or HCPCS Level II), got \"J058\"");
    assertThat(e.location()).contains("line 31 column 20");

    ValidationException dx = readingClaim(once(CLAIM, "\"R51.9\"", "\"R5.19\""));
    assertThat(dx.field()).isEqualTo("$.diagnoses[2]");
    assertThat(dx.rule()).contains("is not an ICD-10-CM code");

    ValidationException key = readingPlan(once(PLAN, "\"J0585\": \"5.85\"", "\"J05\": \"5.85\""));
    assertThat(key.field()).isEqualTo("$.feeSchedule.J05");
    assertThat(key.rule()).startsWith("must be five characters");
  }

  @Test
  void a_diagnosis_pointer_past_the_diagnoses_is_named_with_its_path() {
    ValidationException e =
        readingClaim(once(CLAIM, "\"diagnosisPointers\": [3, 1]", "\"diagnosisPointers\": [4, 1]"));

    assertThat(e.field()).isEqualTo("$.lines[2].diagnosisPointers[0]");
    assertThat(e.rule()).isEqualTo("points to diagnosis 4 but the claim has 3");
    assertThat(e.location()).as("the end of the claim, where the rule is checked").isPresent();
  }

  @Test
  void a_rule_of_a_nested_value_is_prefixed_with_the_value_path() {
    ValidationException e = readingClaim(once(CLAIM, "\"units\": 155", "\"units\": 0"));

    assertThat(e.field()).isEqualTo("$.lines[1].units");
    assertThat(e.rule()).isEqualTo("must be from 1 to 9999, got 0");
    assertThat(e.location()).as("the end of the line object").contains("line 37 column 5");
  }

  @Test
  void a_missing_required_property_is_named() {
    ValidationException e = readingClaim(once(CLAIM, "      \"charge\": \"185.00\",\n", ""));

    assertThat(e.field()).isEqualTo("$.lines[2].charge");
    assertThat(e.rule()).isEqualTo("is required");

    ValidationException top =
        readingClaim(once(CLAIM, "  \"submissionDate\": \"2026-03-04\",\n", ""));
    assertThat(top.field()).isEqualTo("$.submissionDate");
  }

  @Test
  void null_for_a_required_property_is_refused_and_named() {
    ValidationException e =
        readingClaim(once(CLAIM, "\"claimId\": \"C-2026-000417\"", "\"claimId\": null"));

    assertThat(e.field()).isEqualTo("$.claimId");
    assertThat(e.rule()).isEqualTo("is required and must not be null");
    assertThat(e.location()).contains("line 2 column 14");
  }

  @Test
  void null_inside_an_array_is_refused() {
    ValidationException e = readingClaim(once(CLAIM, "[\"JZ\"]", "[null]"));

    assertThat(e.field()).isEqualTo("$.lines[1].modifiers[0]");
    assertThat(e.rule()).isEqualTo("must be a string (a modifier), got null");
  }

  @Test
  void a_property_given_twice_is_refused() {
    ValidationException e =
        readingClaim(once(CLAIM, "\"units\": 155,", "\"units\": 155, \"units\": 154,"));

    assertThat(e.field()).isEqualTo("$.lines[1].units");
    assertThat(e.rule()).isEqualTo("appears twice in the same object");
    assertThat(e.location()).isPresent();
  }

  @Test
  void a_map_key_given_twice_after_normalization_is_refused() {
    ValidationException e =
        readingPlan(
            once(PLAN, "\"J0585\": \"5.85\",", "\"J0585\": \"5.85\", \"j0585\": \"5.80\","));

    assertThat(e.field()).isEqualTo("$.feeSchedule.j0585");
    assertThat(e.rule()).isEqualTo("repeats the key J0585 of the same object");
  }

  @Test
  void content_after_the_document_is_refused() {
    ValidationException garbage = readingClaim(CLAIM + "\n}x");
    ValidationException second = readingClaim(CLAIM + " {}");

    assertThat(garbage.field()).isEqualTo("$");
    assertThat(garbage.rule())
        .isEqualTo("has content after the Claim ends; a document holds one value");
    assertThat(garbage.location()).contains("line 48 column 1");
    assertThat(second.rule()).isEqualTo(garbage.rule());
  }

  @Test
  void an_empty_document_is_refused() {
    for (String empty : new String[] {"", "   \n\t "}) {
      ValidationException e = readingClaim(empty);

      assertThat(e.field()).isEqualTo("$");
      assertThat(e.rule()).isEqualTo("is empty: a document holds one Claim");
      assertThat(e.location()).isPresent();
    }
    assertThat(readingClaim("null").rule()).isEqualTo("must be a Claim, got null");
  }

  @Test
  void a_truncated_document_is_refused_with_where_it_stopped() {
    ValidationException e = readingClaim(CLAIM.substring(0, CLAIM.indexOf("\"charge\": \"930")));

    assertThat(e.field()).isEqualTo("$.lines[1].units");
    assertThat(e.rule())
        .isEqualTo("the document ends before this value is complete (truncated input)");
    assertThat(e.location()).isPresent();
  }

  @Test
  void malformed_json_is_refused_without_quoting_it() {
    ValidationException e =
        readingClaim(once(CLAIM, "\"givenName\": \"Dana\"", "\"givenName\": Dana"));

    assertThat(e.field()).isEqualTo("$.patient.givenName");
    assertThat(e.rule()).startsWith("is not JSON");
    assertThat(e.location()).contains("line 7 column 18");
    assertThat(e).hasStackTraceContaining("is not JSON");
    assertThat(messagesOf(e)).doesNotContain("Dana");
  }

  @Test
  void an_invalid_member_id_is_refused_without_repeating_it() {
    String secret = "M" + "9".repeat(80);

    ValidationException tooLong =
        readingClaim(once(CLAIM, "\"XQF884120377\"", "\"" + secret + "\""));
    ValidationException number = readingClaim(once(CLAIM, "\"XQF884120377\"", "884120377"));

    assertThat(tooLong.field()).isEqualTo("$.patient.memberId");
    assertThat(tooLong.rule()).isEqualTo("must be 1 to 80 characters and not blank");
    assertThat(messagesOf(tooLong)).doesNotContain(secret).doesNotContain("M999");
    assertThat(number.field()).isEqualTo("$.patient.memberId");
    assertThat(number.rule()).isEqualTo("must be a string, got a number");
    assertThat(messagesOf(number)).doesNotContain("884120377");
  }

  @Test
  void an_invalid_birth_date_is_refused_without_repeating_it() {
    ValidationException e = readingClaim(once(CLAIM, "\"1984-06-19\"", "\"1984-02-30\""));

    assertThat(e.field()).isEqualTo("$.patient.birthDate");
    assertThat(e.rule()).contains("yyyy-mm-dd").contains("value not shown");
    assertThat(messagesOf(e)).doesNotContain("1984");
  }

  @Test
  void a_patient_rule_is_reported_without_the_patient_data() {
    ValidationException e =
        catchThrowableOfType(
            ValidationException.class,
            () ->
                CoverageJson.read(
                    "{\"age\":40,\"birthDate\":\"1986-01-02\",\"givenName\":\"Dana\"}",
                    Patient.class));

    assertThat(e.field()).isEqualTo("$.age");
    assertThat(e.rule()).isEqualTo("give the age or the birth date, not both");
    assertThat(messagesOf(e)).doesNotContain("1986").doesNotContain("Dana");
  }

  @Test
  void an_invalid_enum_name_lists_the_accepted_ones() {
    ValidationException e = readingClaim(once(CLAIM, "\"sex\": \"FEMALE\"", "\"sex\": \"female\""));

    assertThat(e.field()).isEqualTo("$.patient.sex");
    assertThat(e.rule()).isEqualTo("must be a sex, one of FEMALE, MALE, UNKNOWN");
  }

  @Test
  void a_service_history_of_the_wrong_shape_says_both_shapes() {
    ValidationException e =
        catchThrowableOfType(
            ValidationException.class, () -> CoverageJson.read("\"x\"", ServiceHistory.class));

    assertThat(e.field()).isEqualTo("$");
    assertThat(e.rule())
        .isEqualTo(
            "must be an object {\"services\":[...]} or an array of prior services, got a string");
  }

  private static String messagesOf(Throwable e) {
    StringBuilder sb = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      sb.append(t.getMessage()).append('\n').append(t).append('\n');
    }
    return sb.toString();
  }
}

package dev.coverage.core.json;

import static dev.coverage.core.json.CoverageJsonTest.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.coverage.core.ValidationException;
import dev.coverage.core.check.CheckRequest;
import org.junit.jupiter.api.Test;

/**
 * Bad check requests: each failure names the JSON path, the rule and the line and column, like
 * {@link CoverageJson#readClaim}'s, and none repeats patient data.
 */
class CheckRequestJsonFailuresTest {
  private static final String REQUEST = text("request.json");
  private static final String ITS_CLAIM =
      CoverageJson.write(CoverageJson.read(REQUEST, CheckRequest.class).claim());

  private static ValidationException reading(String json) {
    return catchThrowableOfType(ValidationException.class, () -> CoverageJson.readRequest(json));
  }

  /** Replaces exactly one occurrence, so that a test cannot pass by editing nothing. */
  private static String once(String json, String from, String to) {
    int at = json.indexOf(from);
    assertThat(at).as("sample contains %s", from).isNotNegative();
    assertThat(json.indexOf(from, at + 1)).as("%s occurs once", from).isNegative();
    return json.replace(from, to);
  }

  @Test
  void an_unknown_property_of_a_request_is_named_with_its_path_and_the_known_ones() {
    ValidationException e = reading(once(REQUEST, "\"accumulators\"", "\"accumulator\""));

    assertThat(e.field()).isEqualTo("$.accumulator");
    assertThat(e.rule())
        .isEqualTo(
            "is not a property of a check request; the properties are claim, authorizations,"
                + " history, accumulators, documentation, lineDocumentation");
    assertThat(e.location()).contains("line 57 column 3");
    assertThat(e.getMessage()).isEqualTo("line 57 column 3: $.accumulator: " + e.rule());
  }

  @Test
  void an_unknown_first_property_makes_the_document_a_claim_and_is_reported_as_such() {
    ValidationException e = reading("{\"authorisations\":[],\"claim\":" + ITS_CLAIM + "}");

    assertThat(e.field()).isEqualTo("$.authorisations");
    assertThat(e.rule()).startsWith("is not a property of a claim; the properties are claimId,");
    assertThat(e.location()).contains("line 1 column 2");
  }

  @Test
  void documentation_for_a_line_the_claim_does_not_have_names_the_path() {
    ValidationException e = reading(once(REQUEST, "\"2\": {", "\"3\": {"));

    assertThat(e.field()).isEqualTo("$.lineDocumentation.3");
    assertThat(e.rule()).isEqualTo("line 3 does not exist; the claim has 2");
    assertThat(e.location()).as("the end of the request").contains("line 70 column 1");
  }

  @Test
  void a_line_is_keyed_by_its_number_in_digits() {
    for (String key : new String[] {"two", "02", "0", "-1", "+2", " 2", "2.0", "9999999999"}) {
      ValidationException e = reading(once(REQUEST, "\"2\": {", "\"" + key + "\": {"));

      assertThat(e.field()).as(key).startsWith("$.lineDocumentation");
      assertThat(e.rule())
          .as(key)
          .isEqualTo("must be a line number from 1, written in digits such as \"2\"");
      assertThat(e.location()).as(key).contains("line 68 column 5");
    }
  }

  @Test
  void a_line_documented_twice_is_refused() {
    ValidationException e =
        reading(once(REQUEST, "\"2\": { \"intent\": \"MEDICAL\" }", "\"2\": {}, \"2\": {}"));

    // The map's reader detects it; a line number is no patient data, so the path shows it.
    assertThat(e.field()).isEqualTo("$.lineDocumentation.2");
    assertThat(e.rule()).isEqualTo("repeats the key 2 of the same object");
  }

  @Test
  void tokens_of_the_wrong_kind_are_named_with_their_path() {
    assertThat(reading(once(REQUEST, "\"authorizations\": [", "\"authorizations\": {\"x\": [")))
        .extracting(ValidationException::field, ValidationException::rule)
        .containsExactly("$.authorizations", "must be an array of authorizations, got an object");
    assertThat(reading("{\"claim\":\"C-1\"}"))
        .extracting(ValidationException::field, ValidationException::rule)
        .containsExactly("$.claim", "must be an object (a claim), got a string");
    assertThat(reading("{\"claim\":" + ITS_CLAIM + ",\"history\":3}"))
        .extracting(ValidationException::field, ValidationException::rule)
        .containsExactly(
            "$.history",
            "must be an object {\"services\":[...]} or an array of prior services, got a number");
    assertThat(reading("{\"claim\":" + ITS_CLAIM + ",\"documentation\":[]}"))
        .extracting(ValidationException::field, ValidationException::rule)
        .containsExactly("$.documentation", "must be an object (clinical facts), got an array");
    assertThat(reading("{\"claim\":" + ITS_CLAIM + ",\"lineDocumentation\":[]}"))
        .extracting(ValidationException::field, ValidationException::rule)
        .containsExactly(
            "$.lineDocumentation",
            "must be an object of clinical facts keyed by line number, got an array");
    assertThat(reading("{\"claim\":" + ITS_CLAIM + ",\"accumulators\":{\"deductibleMet\":400}}"))
        .extracting(ValidationException::field)
        .isEqualTo("$.accumulators.deductibleMet");
  }

  @Test
  void a_document_that_is_no_object_is_refused_at_the_root() {
    assertThat(reading("[]"))
        .extracting(ValidationException::field, ValidationException::rule)
        .containsExactly("$", "must be an object (a check request or a claim), got an array");
    assertThat(reading("null"))
        .extracting(ValidationException::field, ValidationException::rule)
        .containsExactly("$", "must be a CheckRequest or Claim, got null");
    assertThat(reading("  "))
        .extracting(ValidationException::field, ValidationException::rule)
        .containsExactly("$", "is empty: a document holds one CheckRequest or Claim");
    assertThat(reading(REQUEST + "{}"))
        .extracting(ValidationException::field, ValidationException::rule)
        .containsExactly(
            "$", "has content after the CheckRequest or Claim ends; a document holds one value");
    assertThat(reading("{\"claim\":" + ITS_CLAIM).rule())
        .isEqualTo("the document ends before this value is complete (truncated input)");
  }

  @Test
  void the_claim_is_required_and_must_not_be_null() {
    assertThat(reading("{\"documentation\":{}}"))
        .extracting(ValidationException::field, ValidationException::rule)
        .containsExactly("$.claim", "is required");
    assertThat(reading("{\"claim\":null}"))
        .extracting(ValidationException::field, ValidationException::rule)
        .containsExactly("$.claim", "is required and must not be null");
  }

  @Test
  void a_property_given_twice_is_refused() {
    ValidationException e = reading("{\"claim\":" + ITS_CLAIM + ",\"claim\":" + ITS_CLAIM + "}");

    assertThat(e.field()).isEqualTo("$.claim");
    assertThat(e.rule()).isEqualTo("appears twice in the same object");
  }

  @Test
  void a_failure_inside_the_claim_has_the_claims_path_and_no_patient_data() {
    ValidationException units = reading(once(REQUEST, "\"units\": 155", "\"units\": 0"));
    assertThat(units.field()).isEqualTo("$.claim.lines[1].units");
    assertThat(units.location()).as("the end of the line").contains("line 36 column 7");

    ValidationException patient =
        reading(once(REQUEST, "\"givenName\": \"Dana\"", "\"Dana\": \"Whitfield\""));
    assertThat(patient.field()).isEqualTo("$.claim.patient.*");
    assertThat(patient.getMessage()).doesNotContain("Dana").doesNotContain("Whitfield");
  }

  @Test
  void a_bare_claim_read_as_a_request_type_is_refused_by_name() {
    // read(..., CheckRequest.class) takes requests only; readRequest also takes bare claims.
    ValidationException e =
        catchThrowableOfType(
            ValidationException.class,
            () -> CoverageJson.read(text("claim.json"), CheckRequest.class));

    assertThat(e.field()).isEqualTo("$.claimId");
    assertThat(e.rule()).startsWith("is not a property of a check request");
  }
}

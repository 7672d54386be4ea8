package dev.coverage.core.json;

import static dev.coverage.core.json.CoverageJsonTest.resource;
import static dev.coverage.core.json.CoverageJsonTest.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.coverage.core.ValidationException;
import dev.coverage.core.check.CheckRequest;
import dev.coverage.core.claim.Claim;
import dev.coverage.core.claim.ClinicalFacts;
import dev.coverage.core.claim.Intent;
import dev.coverage.core.claim.TherapyKind;
import dev.coverage.core.code.Money;
import dev.coverage.core.code.Npi;
import dev.coverage.core.code.ProcedureCode;
import dev.coverage.core.plan.Accumulators;
import dev.coverage.core.plan.Authorization;
import dev.coverage.core.plan.PriorService;
import dev.coverage.core.plan.ServiceHistory;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Check requests in JSON, and {@link CoverageJson#readRequest} on a request or a bare claim. */
class CheckRequestJsonTest {
  private static final String REQUEST = text("request.json");
  private static final String CLAIM = text("claim.json");

  /** The sample's claim alone, as a compact JSON object. */
  private static final String ITS_CLAIM =
      CoverageJson.write(CoverageJson.read(REQUEST, CheckRequest.class).claim());

  @Test
  void reads_a_request_with_everything_the_practice_knows() {
    // WHEN
    CheckRequest request = CoverageJson.readRequest(REQUEST);

    // THEN
    assertThat(request.claim().claimId()).isEqualTo("C-2026-000417");
    assertThat(request.claim().lines()).hasSize(2);
    assertThat(request.authorizations())
        .contains(
            List.of(
                Authorization.builder()
                    .number("PA-88412")
                    .addProcedures(ProcedureCode.of("64615"), ProcedureCode.of("J0585"))
                    .putUnits(ProcedureCode.of("J0585"), 200)
                    .validFrom(LocalDate.of(2026, 2, 15))
                    .validTo(LocalDate.of(2026, 8, 14))
                    .build()));
    assertThat(request.history())
        .contains(
            ServiceHistory.of(
                List.of(
                    PriorService.builder()
                        .procedure(ProcedureCode.of("64615"))
                        .dateOfService(LocalDate.of(2025, 11, 24))
                        .provider(Npi.of("1234567893"))
                        .build())));
    assertThat(request.accumulators())
        .isEqualTo(
            Accumulators.builder()
                .deductibleMet(Money.of("400.00"))
                .outOfPocketMet(Money.of("650.00"))
                .build());
    assertThat(request.documentation())
        .isEqualTo(
            ClinicalFacts.builder()
                .headacheDaysPerMonth(20)
                .migraineDaysPerMonth(12)
                .monthsOfSymptoms(8)
                .putFailedTherapies(TherapyKind.ORAL_MIGRAINE_PROPHYLAXIS, 2)
                .build());
    assertThat(request.lineDocumentation())
        .containsExactly(Map.entry(2, ClinicalFacts.builder().intent(Intent.MEDICAL).build()));
  }

  @Test
  void a_request_is_written_and_read_back_equal_from_text_bytes_and_a_reader() {
    CheckRequest request = CoverageJson.readRequest(REQUEST);

    String json = CoverageJson.write(request);

    assertThat(CoverageJson.readRequest(json)).isEqualTo(request);
    assertThat(CoverageJson.readRequest(json.getBytes(StandardCharsets.UTF_8))).isEqualTo(request);
    assertThat(CoverageJson.readRequest(new StringReader(json))).isEqualTo(request);
    assertThat(CoverageJson.read(json, CheckRequest.class)).isEqualTo(request);
  }

  @Test
  void absent_authorizations_stay_unknown_and_an_empty_list_stays_none_both_ways() {
    // GIVEN a request without authorizations, one with null, and one with an empty list
    CheckRequest unknown = CoverageJson.readRequest("{\"claim\":" + ITS_CLAIM + "}");
    CheckRequest alsoUnknown =
        CoverageJson.readRequest("{\"claim\":" + ITS_CLAIM + ",\"authorizations\":null}");
    CheckRequest none =
        CoverageJson.readRequest("{\"claim\":" + ITS_CLAIM + ",\"authorizations\":[]}");

    // THEN absent and null mean unknown, [] means none on file
    assertThat(unknown.authorizations()).isEmpty();
    assertThat(alsoUnknown.authorizations()).isEmpty();
    assertThat(none.authorizations()).contains(List.of());

    // AND each is written as it was read
    assertThat(CoverageJson.write(unknown)).doesNotContain("authorizations");
    assertThat(CoverageJson.write(none)).contains(",\"authorizations\":[],");
    assertThat(CoverageJson.readRequest(CoverageJson.write(unknown))).isEqualTo(unknown);
    assertThat(CoverageJson.readRequest(CoverageJson.write(none))).isEqualTo(none);
  }

  @Test
  void a_bare_claim_is_read_as_the_request_of_that_claim_alone() {
    // WHEN
    CheckRequest request = CoverageJson.readRequest(CLAIM);

    // THEN
    Claim claim = CoverageJson.readClaim(CLAIM);
    assertThat(request).isEqualTo(CheckRequest.of(claim));
    assertThat(request.authorizations()).as("unknown, not none").isEmpty();
    assertThat(CoverageJson.readRequest(resource("claim.json"))).isEqualTo(request);
    assertThat(CoverageJson.readRequest(new StringReader(CLAIM))).isEqualTo(request);
  }

  @Test
  void the_first_property_name_decides_whatever_comes_after() {
    // A request may list its properties in any order: the first is a request's, so a request.
    String documentationFirst =
        "{\"documentation\":{\"lesionCount\":12},\"claim\":" + ITS_CLAIM + "}";
    assertThat(CoverageJson.readRequest(documentationFirst).documentation().lesionCount())
        .hasValue(12);

    // A claim whose first property is its patient is still a claim.
    String patientFirst =
        CLAIM.replaceFirst(
            "(?s)\\{\\s*\"claimId\": \"C-2026-000417\",(.*?\"familyName\": \"Whitfield\"\\s*}),",
            "{$1, \"claimId\": \"C-2026-000417\",");
    assertThat(patientFirst).startsWith("{\n  \"patient\"");
    assertThat(CoverageJson.readRequest(patientFirst).claim())
        .isEqualTo(CoverageJson.readClaim(CLAIM));
  }

  @Test
  void a_history_may_be_a_bare_array_of_prior_services() {
    String json =
        "{\"claim\":"
            + ITS_CLAIM
            + ",\"history\":[{\"procedure\":\"64615\",\"dateOfService\":\"2025-11-24\","
            + "\"provider\":\"1234567893\"}]}";

    CheckRequest request = CoverageJson.readRequest(json);

    assertThat(request.history()).map(h -> h.services().size()).contains(1);
    assertThat(CoverageJson.write(request)).contains("\"history\":{\"services\":[{");
  }

  @Test
  void defaults_are_written_and_line_documentation_is_written_in_line_order() {
    Claim claim = CoverageJson.readClaim(ITS_CLAIM);
    CheckRequest request =
        CheckRequest.builder()
            .claim(claim)
            .putLineDocumentation(2, ClinicalFacts.builder().lesionCount(2).build())
            .putLineDocumentation(1, ClinicalFacts.builder().lesionCount(1).build())
            .build();

    String json = CoverageJson.write(request);

    assertThat(json)
        .isEqualTo(
            "{\"claim\":"
                + ITS_CLAIM
                + ",\"accumulators\":{\"deductibleMet\":\"0.00\",\"outOfPocketMet\":\"0.00\","
                + "\"outOfNetworkDeductibleMet\":\"0.00\",\"outOfNetworkOutOfPocketMet\":\"0.00\"},"
                + "\"documentation\":{},"
                + "\"lineDocumentation\":{\"1\":{\"lesionCount\":1},\"2\":{\"lesionCount\":2}}}");
    assertThat(CoverageJson.readRequest(json)).isEqualTo(request);
  }

  @Test
  void null_for_an_optional_property_means_its_default_or_unknown() {
    CheckRequest request =
        CoverageJson.readRequest(
            "{\"claim\":"
                + ITS_CLAIM
                + ",\"history\":null,\"accumulators\":null,\"documentation\":null,"
                + "\"lineDocumentation\":null}");

    assertThat(request.accumulators()).isEqualTo(Accumulators.none());
    assertThat(request.documentation()).isEqualTo(ClinicalFacts.none());
    assertThat(request.history()).isEqualTo(Optional.empty());
    assertThat(request.lineDocumentation()).isEmpty();
  }

  @Test
  void reads_one_line_of_a_json_lines_buffer_in_place() {
    // GIVEN two requests on two lines of one buffer
    byte[] buffer =
        (ITS_CLAIM + "\n" + CoverageJson.write(CoverageJson.readRequest(REQUEST)) + "\n")
            .getBytes(StandardCharsets.UTF_8);
    int second = ITS_CLAIM.getBytes(StandardCharsets.UTF_8).length + 1;

    // WHEN each line is read from its slice
    CheckRequest first = CoverageJson.readRequest(buffer, 0, second - 1);
    CheckRequest next = CoverageJson.readRequest(buffer, second, buffer.length - second - 1);

    // THEN each is the request that line holds
    assertThat(first).isEqualTo(CoverageJson.readRequest(ITS_CLAIM));
    assertThat(next).isEqualTo(CoverageJson.readRequest(REQUEST));
  }

  @Test
  void a_bad_slice_is_reported_from_its_own_start() {
    // GIVEN a valid line, then a line with a string where a number belongs
    byte[] buffer = (ITS_CLAIM + "\n{\"claim\":{\"claimId\":7}}").getBytes(StandardCharsets.UTF_8);
    int second = ITS_CLAIM.getBytes(StandardCharsets.UTF_8).length + 1;

    // WHEN / THEN the error's location counts from the start of that line
    assertThatThrownBy(() -> CoverageJson.readRequest(buffer, second, buffer.length - second))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.field()).isEqualTo("$.claim.claimId");
              assertThat(e.location()).hasValueSatisfying(l -> assertThat(l).startsWith("line 1 "));
            });
    assertThatThrownBy(() -> CoverageJson.readRequest(buffer, buffer.length, 1))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void writes_values_one_after_another_to_an_open_stream() throws Exception {
    // GIVEN a stream that must stay open
    CheckRequest request = CoverageJson.readRequest(REQUEST);
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();

    // WHEN two values are written to it
    CoverageJson.write(request, out);
    out.write('\n');
    CoverageJson.write(request.claim(), out);

    // THEN the stream holds exactly what write(value) gives for each
    assertThat(out.toString(StandardCharsets.UTF_8))
        .isEqualTo(CoverageJson.write(request) + "\n" + CoverageJson.write(request.claim()));
  }
}

package dev.coverage.core.json;

import static dev.coverage.core.json.CoverageJsonTest.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.coverage.core.ValidationException;
import dev.coverage.core.claim.Claim;
import dev.coverage.core.code.Money;
import dev.coverage.core.code.ProcedureCode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The module on a caller's own mapper, in a caller's own documents. */
class CoverageJsonModuleTest {
  private static final String CLAIM = text("claim.json");

  @Test
  void is_found_through_meta_inf_services() {
    assertThat(ObjectMapper.findModules()).hasAtLeastOneElementOfType(CoverageJsonModule.class);
  }

  @Test
  void on_a_plain_mapper_a_failure_is_a_json_mapping_exception_caused_by_a_validation_exception() {
    ObjectMapper mapper = JsonMapper.builder().addModule(new CoverageJsonModule()).build();

    JsonMappingException e =
        catchThrowableOfType(
            JsonMappingException.class,
            () -> mapper.readValue(CLAIM.replace("\"units\": 155", "\"units\": 0"), Claim.class));

    assertThat(e.getCause()).isInstanceOf(ValidationException.class);
    ValidationException cause = (ValidationException) e.getCause();
    assertThat(cause.field()).isEqualTo("$.lines[1].units");
    assertThat(cause.location()).contains("line 37 column 5");
    assertThat(e.getOriginalMessage()).isEqualTo("$.lines[1].units: must be from 1 to 9999, got 0");
  }

  @Test
  void a_repeated_property_is_refused_even_when_the_parser_does_not_detect_duplicates() {
    ObjectMapper mapper = JsonMapper.builder().addModule(new CoverageJsonModule()).build();
    String twice = CLAIM.replace("\"units\": 155,", "\"units\": 155, \"units\": 154,");

    JsonMappingException e =
        catchThrowableOfType(
            JsonMappingException.class, () -> mapper.readValue(twice, Claim.class));

    assertThat(e.getCause())
        .isInstanceOfSatisfying(
            ValidationException.class,
            v -> {
              assertThat(v.field()).isEqualTo("$.lines[1].units");
              assertThat(v.rule()).isEqualTo("appears twice in the same object");
            });
  }

  @Test
  void inside_a_callers_document_the_path_starts_at_that_documents_root() throws Exception {
    ObjectMapper mapper = JsonMapper.builder().addModule(new CoverageJsonModule()).build();
    String bad = CLAIM.replace("\"charge\": \"930.00\"", "\"charge\": 930");
    TypeReference<Map<String, List<Claim>>> batch = new TypeReference<>() {};

    Map<String, List<Claim>> ok = mapper.readValue("{\"claims\":[" + CLAIM + "]}", batch);
    JsonMappingException e =
        catchThrowableOfType(
            JsonMappingException.class,
            () -> mapper.readValue("{\"claims\":[" + CLAIM + "," + bad + "]}", batch));

    assertThat(ok.get("claims")).containsExactly(CoverageJson.readClaim(CLAIM));
    assertThat(e.getCause()).isInstanceOf(ValidationException.class);
    assertThat(((ValidationException) e.getCause()).field())
        .isEqualTo("$.claims[1].lines[1].charge");
  }

  @Test
  void codes_can_key_a_callers_own_maps() throws Exception {
    ObjectMapper mapper = JsonMapper.builder().addModule(new CoverageJsonModule()).build();
    TypeReference<Map<ProcedureCode, Money>> fees = new TypeReference<>() {};

    Map<ProcedureCode, Money> read = mapper.readValue("{\"j0585\":\"5.85\"}", fees);
    JsonMappingException e =
        catchThrowableOfType(
            JsonMappingException.class, () -> mapper.readValue("{\"J05\":\"5.85\"}", fees));

    assertThat(read).containsExactly(Map.entry(ProcedureCode.of("J0585"), Money.of("5.85")));
    assertThat(mapper.writeValueAsString(read)).isEqualTo("{\"J0585\":\"5.85\"}");
    assertThat(((ValidationException) e.getCause()).field()).isEqualTo("$.J05");
  }

  @Test
  void a_new_mapper_is_configured_like_the_facade_and_changing_it_changes_nothing_else()
      throws Exception {
    ObjectMapper mine = CoverageJson.newMapper();
    mine.disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    assertThat(mine.readValue(CLAIM, Claim.class)).isEqualTo(CoverageJson.readClaim(CLAIM));
    assertThat(CoverageJson.newMapper().isEnabled(DeserializationFeature.FAIL_ON_TRAILING_TOKENS))
        .isTrue();
    assertThat(
            catchThrowableOfType(
                ValidationException.class, () -> CoverageJson.readClaim(CLAIM + "1")))
        .isNotNull();
  }
}

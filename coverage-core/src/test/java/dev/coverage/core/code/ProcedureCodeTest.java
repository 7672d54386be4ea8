package dev.coverage.core.code;

import static dev.coverage.core.ValidationErrors.thrownBy;
import static org.assertj.core.api.Assertions.assertThat;

import dev.coverage.core.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProcedureCodeTest {

  @Test
  void five_digits_is_cpt_category_i() {
    ProcedureCode code = ProcedureCode.of("99213");

    assertThat(code.system()).isEqualTo(CodeSystem.CPT_CATEGORY_I);
    assertThat(code.isCpt()).isTrue();
    assertThat(code).hasToString("99213");
  }

  @Test
  void four_digits_and_f_is_cpt_category_ii() {
    assertThat(ProcedureCode.of("1036F").system()).isEqualTo(CodeSystem.CPT_CATEGORY_II);
  }

  @Test
  void four_digits_and_t_is_cpt_category_iii() {
    ProcedureCode prp = ProcedureCode.of("0232T");

    assertThat(prp.system()).isEqualTo(CodeSystem.CPT_CATEGORY_III);
    assertThat(prp.isCpt()).isTrue();
  }

  @Test
  void a_letter_and_four_digits_is_hcpcs_level_ii() {
    ProcedureCode botox = ProcedureCode.of("J0585");

    assertThat(botox.system()).isEqualTo(CodeSystem.HCPCS_LEVEL_II);
    assertThat(botox.isCpt()).isFalse();
  }

  @Test
  void lower_case_letters_are_read_as_upper_case() {
    assertThat(ProcedureCode.of("j0585")).isEqualTo(ProcedureCode.of("J0585")).hasToString("J0585");
    assertThat(ProcedureCode.of("0232t").value()).isEqualTo("0232T");
    assertThat(ProcedureCode.of("1036f").system()).isEqualTo(CodeSystem.CPT_CATEGORY_II);
  }

  @Test
  void a_well_formed_code_that_cpt_does_not_have_is_still_a_procedure_code() {
    // No chemical peel 15790 exists: that is for the code sets to report, not for the syntax.
    assertThat(ProcedureCode.of("15790").system()).isEqualTo(CodeSystem.CPT_CATEGORY_I);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1579", // four digits
        "157900", // six digits
        "", // empty
        " 9921", // leading space
        "99213 ", // trailing space
        "99 13", // inner space
        "0232X", // Category III ends in T
        "1234B", // a CPT code ends in a digit, F, T, A, M or U
        "12F45", // letters only first or last
        "J058F", // HCPCS Level II ends in a digit
        "J058", // too short
        "F1234", // F is not a HCPCS Level II letter
        "N1234", // N is not a HCPCS Level II letter
        "١٢٣٤٥", // Arabic-Indic digits are not digits here
        "１２３４５", // nor are full-width ones
      })
  void malformed_codes_are_rejected_naming_the_field(String text) {
    ValidationException e = thrownBy(() -> ProcedureCode.of(text));

    assertThat(e.field()).isEqualTo("procedureCode");
    assertThat(e.getMessage()).startsWith("procedureCode: ");
  }

  @Test
  void letters_outside_ascii_that_upper_case_to_a_hcpcs_letter_are_rejected() {
    // U+017F, the long s, upper-cases to S: "ſ0585" must not become HCPCS code S0585.
    assertThat(thrownBy(() -> ProcedureCode.of("ſ0585")).field()).isEqualTo("procedureCode");
  }

  @Test
  void the_error_quotes_the_text_and_names_the_field_given() {
    ValidationException e = thrownBy(() -> ProcedureCode.parse("lines[2].procedure", "1579"));

    assertThat(e.field()).isEqualTo("lines[2].procedure");
    assertThat(e.getMessage()).contains("\"1579\"");
  }

  @Test
  void null_is_rejected_as_missing() {
    ValidationException e = thrownBy(() -> ProcedureCode.parse("procedure", null));

    assertThat(e.field()).isEqualTo("procedure");
    assertThat(e.rule()).isEqualTo("is required");
  }
}

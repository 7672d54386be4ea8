package dev.coverage.core.code;

import static dev.coverage.core.ValidationErrors.thrownBy;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProcedureCodeTest {

  @Test
  void letters_outside_ascii_that_upper_case_to_a_hcpcs_letter_are_rejected() {
    // U+017F, the long s, upper-cases to S: "ſ0585" must not become HCPCS code S0585.
    assertThat(thrownBy(() -> ProcedureCode.of("ſ0585")).field()).isEqualTo("procedureCode");
  }
}

package dev.coverage.core.code;

import static dev.coverage.core.ValidationErrors.thrownBy;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ModifierTest {

  @Test
  void two_digits_or_letters_are_a_modifier() {
    assertThat(Modifier.of("25")).isEqualTo(Modifier.SEPARATE_EM_SERVICE);
    assertThat(Modifier.of("JW")).isEqualTo(Modifier.JW).hasToString("JW");
    assertThat(Modifier.of("F5").value()).isEqualTo("F5");
  }

  @Test
  void lower_case_is_read_as_upper_case() {
    assertThat(Modifier.of("jz")).isEqualTo(Modifier.JZ);
    assertThat(Modifier.of("xS")).isEqualTo(Modifier.XS);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "2", "255", "J-", " 5", "25 ", "٢٥", "ＪＷ", "ſ1"})
  void anything_else_is_rejected_naming_the_field(String text) {
    assertThat(thrownBy(() -> Modifier.of(text)).field()).isEqualTo("modifier");
  }

  @Test
  void the_ncci_associated_modifiers_are_the_distinct_service_and_anatomic_ones() {
    assertThat(Modifier.DISTINCT_SERVICE.isNcciAssociated()).isTrue();
    assertThat(Modifier.XU.isNcciAssociated()).isTrue();
    assertThat(Modifier.of("RT").isNcciAssociated()).isTrue();
    assertThat(Modifier.SEPARATE_EM_SERVICE.isNcciAssociated()).isTrue();
    assertThat(Modifier.JW.isNcciAssociated()).isFalse();
    assertThat(Modifier.BILATERAL.isNcciAssociated()).isFalse();
    assertThat(Modifier.GY.isNcciAssociated()).isFalse();
  }
}

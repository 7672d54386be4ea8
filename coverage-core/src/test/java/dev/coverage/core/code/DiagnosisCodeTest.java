package dev.coverage.core.code;

import static dev.coverage.core.ValidationErrors.thrownBy;
import static org.assertj.core.api.Assertions.assertThat;

import dev.coverage.core.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DiagnosisCodeTest {

  @Test
  void dotted_and_undotted_spellings_are_the_same_code_and_print_dotted() {
    DiagnosisCode dotted = DiagnosisCode.of("L74.510");
    DiagnosisCode undotted = DiagnosisCode.of("L74510");

    assertThat(dotted).isEqualTo(undotted).hasSameHashCodeAs(undotted);
    assertThat(undotted).hasToString("L74.510");
    assertThat(dotted.undotted()).isEqualTo("L74510");
  }

  @Test
  void lower_case_is_read_as_upper_case() {
    assertThat(DiagnosisCode.of("l74.510")).isEqualTo(DiagnosisCode.of("L74510"));
    assertThat(DiagnosisCode.of("g43.e09")).hasToString("G43.E09");
  }

  @Test
  void a_three_character_category_has_no_dot() {
    DiagnosisCode category = DiagnosisCode.of("L63");

    assertThat(category).hasToString("L63");
    assertThat(category.length()).isEqualTo(3);
  }

  @Test
  void letters_may_follow_the_first_two_characters() {
    assertThat(DiagnosisCode.of("G43.E09").category()).isEqualTo("G43");
    assertThat(DiagnosisCode.of("C4A.0")).hasToString("C4A.0");
  }

  @Test
  void a_well_formed_code_is_accepted_whether_or_not_it_exists() {
    // D12.34 is not in ICD-10-CM; the code sets say so, the syntax does not.
    assertThat(DiagnosisCode.of("D1234")).hasToString("D12.34");
  }

  @Test
  void starts_with_compares_codes_and_prefixes_dotted_or_not() {
    DiagnosisCode migraine = DiagnosisCode.of("G43.709");

    assertThat(migraine.startsWith("G43.7")).isTrue();
    assertThat(migraine.startsWith("g437")).isTrue();
    assertThat(migraine.startsWith("G43.70")).isTrue();
    assertThat(migraine.startsWith("G43.E")).isFalse();
    assertThat(migraine.startsWith("G43.7091")).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "L74.", // a dot must be followed by a character
        "L7.4510", // the dot comes after the third character
        ".L74", // not before the first
        "L74..5", // one dot at most
        "L74.51.0",
        "L745101X", // eight characters
        "L7", // two characters
        "", // empty
        " ", // whitespace
        " L74", // leading space
        "L74.510 ", // trailing space
        "174.5", // starts with a letter
        "L-4.5", // then a letter or digit
        "L74-510", // no other punctuation
        "١٢٣٤٥", // Arabic-Indic digits
        "L７4", // a full-width digit
      })
  void malformed_codes_are_rejected_naming_the_field(String text) {
    ValidationException e = thrownBy(() -> DiagnosisCode.of(text));

    assertThat(e.field()).isEqualTo("diagnosisCode");
  }

  @Test
  void null_is_rejected_as_missing() {
    assertThat(thrownBy(() -> DiagnosisCode.parse("diagnoses[0]", null)).field())
        .isEqualTo("diagnoses[0]");
  }
}

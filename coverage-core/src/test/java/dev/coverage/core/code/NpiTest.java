package dev.coverage.core.code;

import static dev.coverage.core.ValidationErrors.thrownBy;
import static org.assertj.core.api.Assertions.assertThat;

import dev.coverage.core.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NpiTest {

  @Test
  void cms_example_npi_is_valid() {
    // CMS, "Requirements for NPI check digit": 123456789 has check digit 3.
    assertThat(Npi.checkDigit("123456789")).isEqualTo(3);
    assertThat(Npi.of("1234567893")).hasToString("1234567893");
  }

  @Test
  void a_wrong_check_digit_is_rejected() {
    ValidationException e = thrownBy(() -> Npi.of("1234567890"));

    assertThat(e.field()).isEqualTo("npi");
    assertThat(e.rule()).contains("check digit");
  }

  @Test
  void an_npi_starts_with_1_or_2() {
    assertThat(thrownBy(() -> Npi.of("3234567893")).rule()).contains("starts with 1 or 2");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "123456789", "12345678931", "12345678a3", "１２３４５６７８９３", " 234567893"})
  void anything_but_ten_digits_is_rejected(String text) {
    assertThat(thrownBy(() -> Npi.of(text)).rule()).contains("ten digits");
  }
}

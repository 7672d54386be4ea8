package dev.coverage.core.code;

import static dev.coverage.core.ValidationErrors.thrownBy;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlaceOfServiceTest {

  @Test
  void two_digits_from_01_to_99_are_a_place_of_service() {
    assertThat(PlaceOfService.of("11")).isEqualTo(PlaceOfService.OFFICE);
    assertThat(PlaceOfService.of("01").number()).isEqualTo(1);
    assertThat(PlaceOfService.of("99")).hasToString("99");
  }

  @Test
  void a_number_prints_with_two_digits() {
    assertThat(PlaceOfService.of(2).value()).isEqualTo("02");
    assertThat(PlaceOfService.of(22)).isEqualTo(PlaceOfService.ON_CAMPUS_OUTPATIENT_HOSPITAL);
  }

  @ParameterizedTest
  @ValueSource(strings = {"00", "100", "1", "", " 1", "1a", "١١", "+1"})
  void anything_else_is_rejected_naming_the_field(String text) {
    assertThat(thrownBy(() -> PlaceOfService.of(text)).field()).isEqualTo("placeOfService");
  }

  @Test
  void numbers_outside_1_to_99_are_rejected() {
    assertThat(thrownBy(() -> PlaceOfService.of(0)).field()).isEqualTo("placeOfService");
    assertThat(thrownBy(() -> PlaceOfService.of(100)).field()).isEqualTo("placeOfService");
    assertThat(thrownBy(() -> PlaceOfService.of(-11)).field()).isEqualTo("placeOfService");
  }
}

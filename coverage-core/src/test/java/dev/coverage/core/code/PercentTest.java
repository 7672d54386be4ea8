package dev.coverage.core.code;

import static dev.coverage.core.ValidationErrors.thrownBy;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PercentTest {

  @ParameterizedTest
  @CsvSource({
    "20, 2000, 20",
    "12.5, 1250, 12.5",
    "12.50, 1250, 12.5",
    "0.01, 1, 0.01",
    "0, 0, 0",
    "1000, 100000, 1000",
    "1000.00, 100000, 1000",
  })
  void a_number_from_0_to_1000_with_up_to_two_decimals_is_a_percentage(
      String text, int basisPoints, String printed) {
    Percent percent = Percent.of(text);

    assertThat(percent.basisPoints()).isEqualTo(basisPoints);
    assertThat(percent).hasToString(printed);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1000.01", "1001", "-1", "20%", "12.345", ".5", "5.", "", "1e2", " 20", "+20", "١٢"
      })
  void anything_else_is_rejected_naming_the_field(String text) {
    assertThat(thrownBy(() -> Percent.of(text)).field()).isEqualTo("percent");
  }

  @Test
  void whole_numbers_and_basis_points_are_bounded_too() {
    assertThat(Percent.of(40)).isEqualTo(Percent.of("40.00"));
    assertThat(thrownBy(() -> Percent.of(-1)).field()).isEqualTo("percent");
    assertThat(thrownBy(() -> Percent.of(1001)).field()).isEqualTo("percent");
    assertThat(thrownBy(() -> Percent.ofBasisPoints(100_001)).field()).isEqualTo("percent");
  }

  @Test
  void a_share_is_at_most_100_and_has_a_complement() {
    assertThat(Percent.of(60).complement()).isEqualTo(Percent.of(40));
    assertThat(Percent.HUNDRED.complement()).isEqualTo(Percent.ZERO);
    assertThat(Percent.of("100").isShare()).isTrue();
    assertThat(Percent.of("100.01").isShare()).isFalse();
    assertThat(thrownBy(() -> Percent.of(150).complement()).field()).isEqualTo("percent");
  }
}

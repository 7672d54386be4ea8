package dev.coverage.core.code;

import static dev.coverage.core.ValidationErrors.thrownBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

  @ParameterizedTest
  @CsvSource({
    "125, 12500, 125.00",
    "125.5, 12550, 125.50",
    "125.50, 12550, 125.50",
    "-3.10, -310, -3.10",
    "0.07, 7, 0.07",
    "0, 0, 0.00",
    "-0, 0, 0.00",
    "99999999999.99, 9999999999999, 99999999999.99",
    "-99999999999.99, -9999999999999, -99999999999.99",
  })
  void digits_with_up_to_two_decimals_are_an_amount(String text, long cents, String printed) {
    Money amount = Money.of(text);

    assertThat(amount.cents()).isEqualTo(cents);
    assertThat(amount).hasToString(printed);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1,000", // no grouping
        "+5", // no plus sign
        ".5", // digits before the point
        "5.", // and after it
        "1e3", // no exponent
        "1.234", // at most two decimals
        "1.000", "$5", // no currency sign
        "", // empty
        "-", // a sign alone
        " 5", // no spaces
        "5 ", "--5", "٥", // Arabic-Indic digit
      })
  void anything_else_is_rejected_naming_the_field(String text) {
    assertThat(thrownBy(() -> Money.of(text)).field()).isEqualTo("amount");
  }

  @Test
  void amounts_beyond_the_bound_are_rejected() {
    assertThat(thrownBy(() -> Money.of("100000000000")).rule()).contains("at most");
    assertThat(thrownBy(() -> Money.of("-100000000000.00")).rule()).contains("at most");
    assertThat(thrownBy(() -> Money.ofCents(Money.MAX_CENTS + 1)).field()).isEqualTo("amount");
    assertThat(thrownBy(() -> Money.of(new BigDecimal("1E+11"))).field()).isEqualTo("amount");
  }

  @Test
  void a_big_decimal_is_an_amount_when_it_has_at_most_two_decimals() {
    assertThat(Money.of(new BigDecimal("1.500"))).isEqualTo(Money.of("1.50"));
    assertThat(Money.of(new BigDecimal("1E+2"))).isEqualTo(Money.of("100"));
    assertThat(thrownBy(() -> Money.of(new BigDecimal("0.001"))).rule()).contains("two decimals");
  }

  @ParameterizedTest(name = "{1}% of {0} = {2}")
  @CsvSource({
    "125.00, 20, 25.00",
    "0.03, 20, 0.01", // 0.006 rounds up
    "0.02, 20, 0.00", // 0.004 rounds down
    "0.01, 50, 0.01", // 0.005: half away from zero
    "-0.01, 50, -0.01", // -0.005: half away from zero
    "-0.03, 50, -0.02", // -0.015
    "0.04, 12.5, 0.01", // 0.005
    "0.03, 12.5, 0.00", // 0.00375
    "100.00, 33.33, 33.33",
    "0.01, 0.01, 0.00",
    "99999999999.99, 100, 99999999999.99",
    "-99999999999.99, 0, 0.00",
  })
  void a_share_of_an_amount_rounds_once_to_the_cent_half_away_from_zero(
      String amount, String percent, String share) {
    assertThat(Money.of(amount).times(Percent.of(percent))).isEqualTo(Money.of(share));
  }

  @Test
  void arithmetic_that_leaves_the_bounds_throws() {
    assertThatThrownBy(() -> Money.MAX.times(Percent.of(1000)))
        .isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> Money.MAX.plus(Money.of("0.01")))
        .isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> Money.of("1").times(Long.MAX_VALUE))
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void amounts_are_equal_by_value() {
    assertThat(Money.of("5")).isEqualTo(Money.of("5.00")).isEqualTo(Money.ofCents(500));
    assertThat(Money.min(Money.of("-1"), Money.of("1"))).isEqualTo(Money.of("-1"));
    assertThat(Money.of("-1").atLeastZero()).isEqualTo(Money.ZERO);
  }
}

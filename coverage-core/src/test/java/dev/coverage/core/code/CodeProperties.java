package dev.coverage.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.coverage.core.ValidationException;
import dev.coverage.core.testing.CoverageArbitraries;
import dev.coverage.core.testing.CoverageDomain;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.domains.Domain;

/**
 * Each code's parser against a plain regular expression of its documented syntax, on valid texts
 * and near misses of them; and round trips of generated values through their text.
 */
@Domain(CoverageDomain.class)
class CodeProperties {
  private static final String PROCEDURE = "(?i)[0-9]{4}[0-9FTAMU]|[ABCDEGHJKLMPQRSTUV][0-9]{4}";
  private static final String DIAGNOSIS = "(?i)[A-Z][0-9A-Z][A-Z0-9](\\.?[A-Z0-9]{1,4})?";
  private static final String MODIFIER = "[A-Za-z0-9]{2}";
  private static final String PLACE_OF_SERVICE = "0[1-9]|[1-9][0-9]";
  private static final String NPI = "[12][0-9]{9}";
  private static final String AMOUNT = "-?[0-9]{1,11}(\\.[0-9]{1,2})?";

  @Property
  void procedure_codes_parse_exactly_the_documented_syntax(
      @ForAll("procedureCodeTexts") String text) {
    assertParsesExactly(text, PROCEDURE, ProcedureCode::of);
  }

  @Property
  void diagnosis_codes_parse_exactly_the_documented_syntax(
      @ForAll("diagnosisCodeTexts") String text) {
    assertParsesExactly(text, DIAGNOSIS, DiagnosisCode::of);
  }

  @Property
  void modifiers_parse_exactly_the_documented_syntax(@ForAll("modifierTexts") String text) {
    assertParsesExactly(text, MODIFIER, Modifier::of);
  }

  @Property
  void places_of_service_parse_exactly_the_documented_syntax(@ForAll("posTexts") String text) {
    assertParsesExactly(text, PLACE_OF_SERVICE, PlaceOfService::of);
  }

  @Property
  void amounts_parse_exactly_the_documented_syntax(@ForAll("amountTexts") String text) {
    assertParsesExactly(text, AMOUNT, Money::of);
  }

  @Property
  void an_accepted_npi_is_ten_digits_starting_with_1_or_2(@ForAll("npiTexts") String text) {
    try {
      Npi.of(text);
      assertThat(text).matches(NPI);
    } catch (ValidationException e) {
      assertThat(e.field()).isEqualTo("npi");
    }
  }

  @Property
  void the_check_digit_catches_every_single_digit_error(
      @ForAll Npi npi,
      @ForAll @IntRange(min = 1, max = 9) int position,
      @ForAll @IntRange(min = 1, max = 9) int change) {
    char[] digits = npi.value().toCharArray();
    digits[position] = (char) ('0' + (digits[position] - '0' + change) % 10);

    assertThatThrownBy(() -> Npi.of(new String(digits)))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("check digit");
  }

  @Property
  void codes_read_back_from_their_text(
      @ForAll ProcedureCode procedure,
      @ForAll DiagnosisCode diagnosis,
      @ForAll Modifier modifier,
      @ForAll PlaceOfService place,
      @ForAll Npi npi) {
    assertThat(ProcedureCode.of(procedure.value())).isEqualTo(procedure);
    assertThat(ProcedureCode.of(procedure.value().toLowerCase(Locale.ROOT))).isEqualTo(procedure);
    assertThat(DiagnosisCode.of(diagnosis.dotted())).isEqualTo(diagnosis);
    assertThat(DiagnosisCode.of(diagnosis.undotted())).isEqualTo(diagnosis);
    assertThat(Modifier.of(modifier.value())).isEqualTo(modifier);
    assertThat(PlaceOfService.of(place.value())).isEqualTo(place);
    assertThat(Npi.of(npi.value())).isEqualTo(npi);
  }

  @Property
  void a_diagnosis_code_prints_dotted_after_its_category(
      @ForAll("validDiagnosisTexts") String text) {
    DiagnosisCode code = DiagnosisCode.of(text);
    String undotted = text.replace(".", "").toUpperCase(Locale.ROOT);

    assertThat(code.undotted()).isEqualTo(undotted);
    assertThat(code.dotted())
        .isEqualTo(
            undotted.length() == 3
                ? undotted
                : undotted.substring(0, 3) + "." + undotted.substring(3));
    assertThat(code.startsWith(code.category())).isTrue();
  }

  @Property
  void amounts_and_percentages_read_back_from_their_text(
      @ForAll Money amount, @ForAll Percent percent) {
    assertThat(Money.of(amount.toString())).isEqualTo(amount);
    assertThat(Money.of(amount.toBigDecimal())).isEqualTo(amount);
    assertThat(Percent.of(percent.toString())).isEqualTo(percent);
  }

  @Property
  void a_share_of_an_amount_is_the_exact_product_rounded_half_away_from_zero(
      @ForAll Money amount, @ForAll Percent percent) {
    BigDecimal exact = amount.toBigDecimal().multiply(percent.toBigDecimal()).movePointLeft(2);
    BigDecimal rounded = exact.setScale(2, RoundingMode.HALF_UP); // HALF_UP is away from zero

    if (rounded.abs().compareTo(Money.MAX.toBigDecimal()) > 0) {
      assertThatThrownBy(() -> amount.times(percent)).isInstanceOf(ArithmeticException.class);
    } else {
      assertThat(amount.times(percent).toBigDecimal()).isEqualTo(rounded);
    }
  }

  @Property
  void sums_are_exact_or_throw_out_of_bounds(@ForAll Money a, @ForAll Money b) {
    BigDecimal exact = a.toBigDecimal().add(b.toBigDecimal());

    if (exact.abs().compareTo(Money.MAX.toBigDecimal()) > 0) {
      assertThatThrownBy(() -> a.plus(b)).isInstanceOf(ArithmeticException.class);
    } else {
      assertThat(a.plus(b).toBigDecimal()).isEqualTo(exact);
      assertThat(a.plus(b).minus(b)).isEqualTo(a);
    }
  }

  /** Accepted exactly when the regular expression matches, and rejected naming a field. */
  private static void assertParsesExactly(String text, String syntax, Function<String, ?> parser) {
    boolean matches = text.matches(syntax);
    try {
      parser.apply(text);
      assertThat(matches).as("accepted %s", text).isTrue();
    } catch (ValidationException e) {
      assertThat(matches).as("rejected %s: %s", text, e.getMessage()).isFalse();
      assertThat(e.field()).isNotEmpty();
    }
  }

  // Valid texts and near misses: one character replaced, inserted or removed.

  @Provide
  Arbitrary<String> procedureCodeTexts() {
    return nearMisses(CoverageArbitraries.procedureCodes().map(ProcedureCode::value));
  }

  @Provide
  Arbitrary<String> validDiagnosisTexts() {
    return CoverageArbitraries.diagnosisCodeTexts();
  }

  @Provide
  Arbitrary<String> diagnosisCodeTexts() {
    return nearMisses(CoverageArbitraries.diagnosisCodeTexts());
  }

  @Provide
  Arbitrary<String> modifierTexts() {
    return nearMisses(CoverageArbitraries.modifiers().map(Modifier::value));
  }

  @Provide
  Arbitrary<String> posTexts() {
    return nearMisses(CoverageArbitraries.placesOfService().map(PlaceOfService::value));
  }

  @Provide
  Arbitrary<String> npiTexts() {
    return nearMisses(CoverageArbitraries.npis().map(Npi::value));
  }

  @Provide
  Arbitrary<String> amountTexts() {
    return nearMisses(CoverageArbitraries.money().map(Money::toString));
  }

  /**
   * Characters that trip parsers: ASCII neighbours, punctuation, controls, and letters and digits
   * from outside ASCII: the long s and dotless i upper-case to S and I, the Kelvin sign lower-cases
   * to k, and Arabic-Indic and full-width digits are digits to {@link Character#isDigit}.
   */
  private static final char[] TRICKY =
      "09AZaz.-+ ,eEfFtT\t\u0000\u017f\u0131\u212a\u0663\uff10\uff2a".toCharArray();

  private static Arbitrary<String> nearMisses(Arbitrary<String> valid) {
    Arbitrary<String> missed =
        Combinators.combine(
                valid,
                Arbitraries.integers().between(0, 20),
                Arbitraries.of(TRICKY),
                Arbitraries.of(Edit.values()))
            .as((text, at, c, edit) -> edit.apply(text, Math.min(at, text.length()), c));
    return Arbitraries.frequencyOf(List.of(Tuple.of(1, valid), Tuple.of(3, missed)));
  }

  private enum Edit {
    REPLACE {
      @Override
      String apply(String text, int at, char c) {
        return at == text.length() ? text + c : text.substring(0, at) + c + text.substring(at + 1);
      }
    },
    INSERT {
      @Override
      String apply(String text, int at, char c) {
        return text.substring(0, at) + c + text.substring(at);
      }
    },
    REMOVE {
      @Override
      String apply(String text, int at, char c) {
        return at == text.length() ? text : text.substring(0, at) + text.substring(at + 1);
      }
    };

    abstract String apply(String text, int at, char c);
  }
}

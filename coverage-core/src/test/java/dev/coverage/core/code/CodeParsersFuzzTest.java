package dev.coverage.core.code;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.coverage.core.ValidationException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

/**
 * Coverage-guided fuzzing of the code parsers with Jazzer: the input, read as UTF-8, goes to each.
 * A normal build replays the inputs in {@code CodeParsersFuzzTestInputs/parse}; {@code
 * JAZZER_FUZZ=1} fuzzes (see the README).
 */
class CodeParsersFuzzTest {
  private static final List<Function<String, Object>> PARSERS =
      List.of(
          ProcedureCode::of,
          DiagnosisCode::of,
          Modifier::of,
          PlaceOfService::of,
          Npi::of,
          Money::of,
          Percent::of);

  @FuzzTest(maxDuration = "5m")
  void parse(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    for (Function<String, Object> parser : PARSERS) {
      try {
        assertThat(parser.apply(text)).isNotNull();
      } catch (ValidationException expected) {
        assertThat(expected.getMessage()).isNotBlank();
      }
    }
  }
}

package dev.coverage.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.coverage.core.ValidationException;

/**
 * Coverage-guided fuzzing of the JSON reader with Jazzer. A normal build replays the inputs in
 * {@code CoverageJsonFuzzTestInputs/read_request}; {@code JAZZER_FUZZ=1} fuzzes (see the README).
 * The outcome is a request or the documented {@link ValidationException}, never another exception.
 */
class CoverageJsonFuzzTest {
  @FuzzTest(maxDuration = "5m")
  void read_request(byte[] json) {
    try {
      assertThat(CoverageJson.readRequest(json)).isNotNull();
    } catch (ValidationException expected) {
      assertThat(expected.getMessage()).isNotBlank();
    }
  }
}

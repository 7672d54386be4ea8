package dev.coverage.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coverage.core.code.DiagnosisCode;
import dev.coverage.core.code.Modifier;
import dev.coverage.core.code.Money;
import dev.coverage.core.code.Npi;
import dev.coverage.core.code.Percent;
import dev.coverage.core.code.PlaceOfService;
import dev.coverage.core.code.ProcedureCode;
import dev.coverage.core.denial.PredictedAdjustment;
import dev.coverage.core.denial.ReasonCode;
import dev.coverage.core.denial.RemarkCode;
import dev.coverage.core.json.CoverageJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Arbitrary text and bytes, and mutations of valid input, fed to every parser of the core: the
 * result is a value or the documented {@link ValidationException}, never any other exception. Ten
 * thousand tries each, in every build.
 */
class FuzzProperties {
  private static final int TRIES = 10_000;

  private static final List<Function<String, Object>> CODE_PARSERS =
      List.of(
          ProcedureCode::of,
          DiagnosisCode::of,
          Modifier::of,
          PlaceOfService::of,
          Npi::of,
          Money::of,
          Percent::of,
          ReasonCode::of,
          RemarkCode::of,
          PredictedAdjustment::parse);

  private static final String CLAIM = resource("json/claim.json");
  private static final String PLAN = resource("json/plan.json");

  @Property(tries = TRIES)
  void code_parsers_give_a_value_or_a_validation_error(@ForAll("texts") String text) {
    for (Function<String, Object> parser : CODE_PARSERS) {
      valueOrValidationError(() -> parser.apply(text));
    }
  }

  @Property(tries = TRIES)
  void the_json_reader_survives_arbitrary_text(@ForAll("texts") String text) {
    valueOrValidationError(() -> CoverageJson.readClaim(text));
    valueOrValidationError(() -> CoverageJson.readPlan(text));
  }

  @Property(tries = TRIES)
  void the_json_reader_survives_arbitrary_bytes(@ForAll("bytes") byte[] bytes) {
    valueOrValidationError(() -> CoverageJson.readClaim(bytes));
    valueOrValidationError(() -> CoverageJson.readPlan(bytes));
  }

  @Property(tries = TRIES)
  void the_json_reader_survives_mutated_valid_documents(
      @ForAll("claimMutations") String claim, @ForAll("planMutations") String plan) {
    valueOrValidationError(() -> CoverageJson.readClaim(claim));
    valueOrValidationError(() -> CoverageJson.readPlan(plan));
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(24),
        Arbitraries.strings().withCharRange('\u0000', '\u007f').ofMaxLength(24),
        Arbitraries.strings().withChars("0123456789.-FTJLGZAU ").ofMaxLength(10));
  }

  @Provide
  Arbitrary<byte[]> bytes() {
    return Arbitraries.bytes().array(byte[].class).ofMaxSize(300);
  }

  @Provide
  Arbitrary<String> claimMutations() {
    return mutations(CLAIM);
  }

  @Provide
  Arbitrary<String> planMutations() {
    return mutations(PLAN);
  }

  /** One to three edits of a document: deletions, insertions, replacements and duplications. */
  private static Arbitrary<String> mutations(String document) {
    Arbitrary<Tuple.Tuple4<Integer, Integer, Integer, String>> edit =
        Arbitraries.integers()
            .between(0, 3)
            .flatMap(
                kind ->
                    Arbitraries.integers()
                        .between(0, document.length())
                        .flatMap(
                            at ->
                                Arbitraries.integers()
                                    .between(0, 12)
                                    .flatMap(
                                        length ->
                                            Arbitraries.oneOf(
                                                    Arbitraries.strings().ofMaxLength(4),
                                                    Arbitraries.of(
                                                        "null",
                                                        "{",
                                                        "}",
                                                        "[",
                                                        "]",
                                                        ",",
                                                        ":",
                                                        "\"",
                                                        "0",
                                                        "-1",
                                                        "1e999",
                                                        "\"x\"",
                                                        "\"\\ud800\""))
                                                .map(text -> Tuple.of(kind, at, length, text)))));
    return edit.list()
        .ofMinSize(1)
        .ofMaxSize(3)
        .map(
            edits -> {
              String doc = document;
              for (Tuple.Tuple4<Integer, Integer, Integer, String> e : edits) {
                int at = Math.min(e.get2(), doc.length());
                int end = Math.min(at + e.get3(), doc.length());
                doc =
                    switch (e.get1()) {
                      case 0 -> doc.substring(0, at) + doc.substring(end);
                      case 1 -> doc.substring(0, at) + e.get4() + doc.substring(at);
                      case 2 -> doc.substring(0, at) + e.get4() + doc.substring(end);
                      default ->
                          doc.substring(0, end) + doc.substring(at, end) + doc.substring(end);
                    };
              }
              return doc;
            });
  }

  private static void valueOrValidationError(java.util.function.Supplier<Object> parse) {
    try {
      assertThat(parse.get()).isNotNull();
    } catch (ValidationException expected) {
      assertThat(expected.getMessage()).isNotBlank();
    }
  }

  private static String resource(String name) {
    try (InputStream in = FuzzProperties.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

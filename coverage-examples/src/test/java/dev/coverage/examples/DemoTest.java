package dev.coverage.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.coverage.codes.ReferenceData;
import dev.coverage.core.check.CoverageChecker;
import dev.coverage.core.check.Verdict;
import dev.coverage.examples.report.TextReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The demo: its report and JSON are golden files (see {@link Golden} to update them), every example
 * gets the verdict a billing expert expects, and nothing in the output names a patient.
 */
class DemoTest {
  private static final CoverageChecker CHECKER = CoverageChecker.using(ReferenceData.bundled());
  private static final List<Example> EXAMPLES = Examples.bundled();
  private static final String TEXT = Demo.text(EXAMPLES, CHECKER);
  private static final String JSON = Demo.json(EXAMPLES, CHECKER);

  @Test
  void the_text_report_matches_the_golden_file() {
    Golden.assertMatches("demo-report.txt", TEXT);
  }

  @Test
  void the_json_matches_the_golden_file() {
    Golden.assertMatches("demo.json", JSON);
  }

  @Test
  void every_example_gets_the_verdict_a_billing_expert_expects() {
    List<String> wrong = new ArrayList<>();
    for (Example e : EXAMPLES) {
      Verdict actual = e.check(CHECKER).verdict();
      if (actual != e.expected()) {
        wrong.add(e.id() + ": expected " + e.expected() + ", got " + actual);
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void the_examples_cover_the_situations_of_the_issue_and_every_verdict() {
    assertThat(EXAMPLES).hasSizeGreaterThanOrEqualTo(12);
    assertThat(EXAMPLES.stream().map(Example::id)).doesNotHaveDuplicates();
    assertThat(EXAMPLES.stream().map(e -> e.request().claim().claimId())).doesNotHaveDuplicates();
    assertThat(EXAMPLES.stream().map(Example::expected).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(Verdict.values());
    assertThat(EXAMPLES.stream().map(e -> e.plan().productType().name()).distinct())
        .contains("PPO", "HMO", "MEDICARE_PART_B");
  }

  @Test
  void no_patient_data_appears_in_the_report_or_the_json() {
    PatientData.assertAbsent(EXAMPLES, TEXT, "the report");
    PatientData.assertAbsent(EXAMPLES, JSON, "the JSON");
  }

  @Test
  void the_report_is_plain_ascii_in_lines_of_at_most_100_characters() {
    assertThat(TEXT.lines().filter(l -> l.length() > TextReport.WIDTH)).isEmpty();
    assertThat(TEXT.chars().filter(c -> c != '\n' && (c < 0x20 || c > 0x7e)).count()).isZero();
    assertThat(TEXT.lines().filter(l -> !l.equals(l.stripTrailing()))).isEmpty();
    assertThat(TEXT).doesNotContain("\r").endsWith("\n");
  }

  @Test
  void the_json_is_an_array_with_one_assessment_per_example_in_order() throws IOException {
    JsonNode array = new JsonMapper().readTree(JSON);
    assertThat(array.isArray()).isTrue();
    assertThat(array.size()).isEqualTo(EXAMPLES.size());
    for (int i = 0; i < EXAMPLES.size(); i++) {
      Example e = EXAMPLES.get(i);
      JsonNode o = array.get(i);
      assertThat(o.path("id").asText()).isEqualTo(e.id());
      assertThat(o.path("plan").asText()).isEqualTo(e.plan().id());
      assertThat(o.path("assessment").path("claimId").asText())
          .isEqualTo(e.request().claim().claimId());
      assertThat(o.path("assessment").path("verdict").asText()).isEqualTo(e.expected().name());
    }
  }

  @Test
  void the_same_examples_give_the_same_output() {
    assertThat(Demo.text(Examples.bundled(), CHECKER)).isEqualTo(TEXT);
    assertThat(Demo.json(Examples.bundled(), CHECKER)).isEqualTo(JSON);
  }

  @Test
  void the_command_line_prints_the_report_json_or_usage() {
    assertThat(run("")).isEqualTo(new Run(0, TEXT, ""));
    assertThat(run("--json")).isEqualTo(new Run(0, JSON, ""));
    Run help = run("--help");
    assertThat(help.status()).isZero();
    assertThat(help.out()).startsWith("Usage: Demo [--json] [--help]");
    Run unknown = run("--yaml");
    assertThat(unknown.status()).isEqualTo(2);
    assertThat(unknown.out()).isEmpty();
    assertThat(unknown.err()).startsWith("Unknown argument: --yaml").contains("Usage:");
  }

  @Test
  void every_file_in_the_examples_folder_is_used() throws IOException {
    Path folder = Path.of(System.getProperty("basedir", ".")).resolve("src/main/resources");
    Set<String> used = new HashSet<>();
    for (Example e : EXAMPLES) {
      used.add(e.planFile());
      used.add(e.requestFile());
      assertThat(e.requestFile()).isEqualTo("claims/" + e.id() + ".json");
    }
    Path examples = folder.resolve(Examples.FOLDER.substring(1));
    try (Stream<Path> files = Files.walk(examples)) {
      Set<String> present =
          files
              .filter(p -> p.toString().endsWith(".json"))
              .map(p -> examples.relativize(p).toString().replace('\\', '/'))
              .filter(p -> !p.equals(Examples.MANIFEST))
              .collect(Collectors.toSet());
      assertThat(present).containsExactlyInAnyOrderElementsOf(used);
    }
  }

  private record Run(int status, String out, String err) {}

  private static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        Demo.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(
        status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}

package dev.coverage.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.coverage.codes.ReferenceData;
import dev.coverage.core.check.CoverageChecker;
import dev.coverage.core.json.CoverageJson;
import dev.coverage.core.plan.Plan;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The batch tool end to end: files in, records, summary and exit status out. */
class CoverageCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  static final String PLAN = resource("plan.json");
  static final String CLEAN = compact(resource("request.json"));
  static final String DENIED = compact(resource("denied-request.json"));

  @TempDir Path dir;

  // ------------------------------------------------------------------------------ good claims

  @Test
  void checks_each_claim_and_writes_its_assessment_in_input_order() throws IOException {
    // GIVEN a clean request, a likely denied one, and the clean one's bare claim
    String bareClaim = compact(JSON.readTree(CLEAN).get("claim").toString());
    Run run = run(file("claims.jsonl", CLEAN, DENIED, bareClaim), "--plan", plan());

    // THEN one record per claim, numbered by input line, each the library's own assessment
    assertThat(run.status).isEqualTo(CoverageCommand.OK);
    List<JsonNode> records = run.records();
    assertThat(records).hasSize(3);
    assertThat(records).extracting(r -> r.get("line").asInt()).containsExactly(1, 2, 3);
    assertThat(records.get(0).get("assessment").toString()).isEqualTo(expected(CLEAN));
    assertThat(records.get(1).get("assessment").toString()).isEqualTo(expected(DENIED));
    assertThat(records.get(2).get("assessment").toString()).isEqualTo(expected(bareClaim));
    assertThat(records.get(1).at("/assessment/verdict").asText()).isEqualTo("LIKELY_DENIED");
    assertThat(run.stderr).contains("3 claims: 1 clean, 1 at risk, 1 likely denied, 0 rejected");
  }

  @Test
  void writes_no_patient_identifiers() throws IOException {
    // GIVEN the sample request names its member and patient
    Run run = run(file("claims.jsonl", CLEAN, DENIED), "--plan", plan());

    // THEN none of it reaches the output or the messages
    for (String secret : List.of("XQF884120377", "Dana", "Whitfield", "1984-06-19")) {
      assertThat(run.stdout).doesNotContain(secret);
      assertThat(run.stderr).doesNotContain(secret);
    }
  }

  // ------------------------------------------------------------------------------ bad claims

  @Test
  void a_malformed_line_in_the_middle_becomes_an_error_record_and_the_batch_goes_on()
      throws IOException {
    // GIVEN a truncated line between two good ones
    String truncated = CLEAN.substring(0, CLEAN.length() / 2);
    Run run = run(file("claims.jsonl", CLEAN, truncated, DENIED), "--plan", plan());

    // THEN the good lines are checked and the bad one is reported by line, field and rule
    assertThat(run.status).isEqualTo(CoverageCommand.OK);
    List<JsonNode> records = run.records();
    assertThat(records).extracting(r -> r.get("line").asInt()).containsExactly(1, 2, 3);
    assertThat(records.get(0).has("assessment")).isTrue();
    JsonNode error = records.get(1).get("error");
    assertThat(error.get("field").asText()).startsWith("$");
    assertThat(error.get("rule").asText()).isNotBlank();
    assertThat(error.get("location").asText()).startsWith("line 1 column ");
    assertThat(records.get(2).at("/assessment/verdict").asText()).isEqualTo("LIKELY_DENIED");
    assertThat(run.stderr).contains("3 claims: 1 clean, 0 at risk, 1 likely denied, 1 rejected");
  }

  @Test
  void every_kind_of_bad_line_is_rejected_with_the_field_and_the_rule() throws IOException {
    // GIVEN lines that are not valid claims, each in its own way
    String unknownProperty = CLEAN.replace("\"claimId\"", "\"claimID\"");
    String zeroUnits = CLEAN.replace("\"units\":155", "\"units\":0");
    String wrongType = CLEAN.replace("\"units\":155", "\"units\":\"many\"");
    String danglingPointer =
        CLEAN.replace("\"diagnosisPointers\":[1]", "\"diagnosisPointers\":[9]");
    Run run =
        run(
            file(
                "bad.jsonl",
                unknownProperty,
                zeroUnits,
                wrongType,
                danglingPointer,
                "[1,2,3]",
                "not json at all",
                "{}"),
            "--plan",
            plan());

    // THEN each is an error record naming where and why, and nothing is checked
    List<JsonNode> records = run.records();
    assertThat(records).hasSize(7).allSatisfy(r -> assertThat(r.has("error")).isTrue());
    assertThat(records.get(0).at("/error/field").asText()).isEqualTo("$.claim.claimID");
    assertThat(records.get(1).at("/error/field").asText()).isEqualTo("$.claim.lines[1].units");
    assertThat(records.get(2).at("/error/field").asText()).isEqualTo("$.claim.lines[1].units");
    assertThat(records.get(3).at("/error/field").asText()).contains("diagnosisPointers");
    assertThat(run.stderr).contains("7 claims: 0 clean, 0 at risk, 0 likely denied, 7 rejected");
    assertThat(run.status).isEqualTo(CoverageCommand.OK);
  }

  @Test
  void a_line_longer_than_the_limit_is_rejected_without_being_kept() throws IOException {
    // GIVEN a line of more than a mebibyte between two good lines
    String huge = "{\"claimId\":\"" + "x".repeat(BatchCheck.MAX_LINE_BYTES) + "\"}";
    Run run = run(file("claims.jsonl", CLEAN, huge, CLEAN), "--plan", plan());

    // THEN it is one error record and the next line is still read
    List<JsonNode> records = run.records();
    assertThat(records).extracting(r -> r.get("line").asInt()).containsExactly(1, 2, 3);
    assertThat(records.get(1).at("/error/rule").asText())
        .startsWith("is longer than 1048576 bytes");
    assertThat(records.get(2).has("assessment")).isTrue();
  }

  @Test
  void invalid_utf8_and_binary_lines_are_rejected() throws IOException {
    // GIVEN a line of Latin-1 bytes and a line of binary noise
    Path input = dir.resolve("claims.jsonl");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes(
        CLEAN
            .replace("C-2026-000417", "C-2026-ü")
            .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    bytes.write('\n');
    bytes.writeBytes(new byte[] {0, 1, 2, (byte) 0xff, (byte) 0xfe, 3});
    bytes.write('\n');
    bytes.writeBytes(CLEAN.getBytes(UTF_8));
    Files.write(input, bytes.toByteArray());

    Run run = run(input, "--plan", plan());

    List<JsonNode> records = run.records();
    assertThat(records).extracting(r -> r.has("error")).containsExactly(true, true, false);
  }

  // ------------------------------------------------------------------------------ file shapes

  @Test
  void an_empty_file_gives_no_records_and_a_zero_summary() throws IOException {
    Run run = run(file("empty.jsonl"), "--plan", plan(), "--fail-on", "AT_RISK");

    assertThat(run.status).isEqualTo(CoverageCommand.OK);
    assertThat(run.stdout).isEmpty();
    assertThat(run.stderr).contains("0 claims: 0 clean, 0 at risk, 0 likely denied, 0 rejected");
  }

  @Test
  void blank_lines_are_skipped_but_keep_their_numbers_and_crlf_is_accepted() throws IOException {
    Path input = dir.resolve("claims.jsonl");
    Files.writeString(input, "\r\n" + CLEAN + "\r\n   \r\n" + DENIED + "\r\n\r\n");

    Run run = run(input, "--plan", plan());

    assertThat(run.records()).extracting(r -> r.get("line").asInt()).containsExactly(2, 4);
    assertThat(run.records()).allSatisfy(r -> assertThat(r.has("assessment")).isTrue());
  }

  @Test
  void reads_gzip_files_and_standard_input() throws IOException {
    Path gz = dir.resolve("claims.jsonl.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write((CLEAN + "\n" + DENIED + "\n").getBytes(UTF_8));
    }
    Run fromGzip = run(gz, "--plan", plan());
    Run fromStdin =
        run(
            new ByteArrayInputStream((CLEAN + "\n" + DENIED).getBytes(UTF_8)),
            "check",
            "--plan",
            plan(),
            "-");

    assertThat(fromGzip.records()).hasSize(2);
    assertThat(fromStdin.stdout).isEqualTo(fromGzip.stdout);
  }

  @Test
  void writes_to_an_output_file_when_asked() throws IOException {
    Path out = dir.resolve("out.jsonl");
    Run toFile =
        run(file("claims.jsonl", CLEAN, DENIED), "--plan", plan(), "--output", out.toString());
    Run toStdout = run(file("claims2.jsonl", CLEAN, DENIED), "--plan", plan());

    assertThat(toFile.stdout).isEmpty();
    assertThat(Files.readString(out)).isEqualTo(toStdout.stdout);
  }

  @Test
  void the_text_format_is_the_demo_report_titled_by_input_line() throws IOException {
    Run run = run(file("claims.jsonl", CLEAN, "{", DENIED), "--plan", plan(), "--format", "text");

    assertThat(run.status).isEqualTo(CoverageCommand.OK);
    assertThat(run.stdout)
        .contains("== line 1 ==")
        .contains("claim C-2026-000417   plan ACME-PPO-GOLD-2026 (PPO)   verdict CLEAN")
        .containsPattern("== line 2 =+\nREJECTED: not a valid claim, not checked\n  \\$ ")
        .contains("claim C-2026-000418   plan ACME-PPO-GOLD-2026 (PPO)   verdict LIKELY_DENIED")
        .contains("PR-96")
        .contains("3 claims: 1 clean, 0 at risk, 1 likely denied, 1 rejected as invalid");
    assertThat(run.stdout.lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(100));
    for (String secret : List.of("XQF884120377", "Dana", "Whitfield", "1984-06-19")) {
      assertThat(run.stdout).doesNotContain(secret);
    }
  }

  // ------------------------------------------------------------------------------ exit status

  @Test
  void fail_on_likely_denied_exits_non_zero_only_when_a_claim_is_likely_denied()
      throws IOException {
    Path mixed = file("mixed.jsonl", CLEAN, DENIED);
    Path clean = file("clean.jsonl", CLEAN, CLEAN);

    Run failing = run(mixed, "--plan", plan(), "--fail-on", "LIKELY_DENIED");
    Run passing = run(clean, "--plan", plan(), "--fail-on", "LIKELY_DENIED");
    Run rejectedOnly =
        run(file("bad.jsonl", CLEAN, "{"), "--plan", plan(), "--fail-on", "likely-denied");

    assertThat(failing.status).isEqualTo(CoverageCommand.FAILED_ON);
    assertThat(failing.stderr).contains("1 claim is likely denied or worse");
    assertThat(failing.records()).hasSize(2); // every claim is still written
    assertThat(passing.status).isEqualTo(CoverageCommand.OK);
    assertThat(rejectedOnly.status).isEqualTo(CoverageCommand.FAILED_ON); // rejected is worse
  }

  @Test
  void a_command_that_cannot_run_says_why_and_exits_2() throws IOException {
    Path claims = file("claims.jsonl", CLEAN);
    Path badPlan = dir.resolve("plan.json");
    Files.writeString(
        badPlan, PLAN.replace("\"deductible\": \"1500.00\"", "\"deductible\": \"-5\""));

    assertCannotRun(run(claims), "missing --plan");
    assertCannotRun(run(claims, "--plan", plan(), "--colour"), "unknown option --colour");
    assertCannotRun(run(claims, "--plan", plan(), "--fail-on", "CLEAN"), "--fail-on takes");
    assertCannotRun(run(claims, "--plan", plan(), "--threads", "0"), "--threads takes");
    assertCannotRun(run(claims, "--plan", dir.resolve("none.json").toString()), "no such file");
    assertCannotRun(run(dir.resolve("none.jsonl"), "--plan", plan()), "none.jsonl: no such file");
    assertCannotRun(
        run(new ByteArrayInputStream(new byte[0]), "check", "--plan"), "--plan needs a value");
    Run invalidPlan = run(claims, "--plan", badPlan.toString());
    assertCannotRun(invalidPlan, "$.inNetwork.deductible");
    assertThat(invalidPlan.stderr)
        .contains("must not be negative")
        .containsPattern("\\(line \\d+ column \\d+\\)");
  }

  @Test
  void help_explains_every_option() {
    Run run = run(new ByteArrayInputStream(new byte[0]), "--help");

    assertThat(run.status).isEqualTo(CoverageCommand.OK);
    for (String option :
        List.of(
            "--plan",
            "--format",
            "--output",
            "--reference-data",
            "--fail-on",
            "--threads",
            "--progress",
            "--no-progress",
            "--help",
            "Exit status")) {
      assertThat(run.stdout).contains(option);
    }
  }

  // ------------------------------------------------------------------------------ threads

  @Test
  void several_threads_write_exactly_what_one_thread_writes() throws IOException {
    // GIVEN two thousand generated claims and a bad line among them
    List<String> lines = new ArrayList<>(GeneratedClaims.jsonLines(2000, 17));
    lines.add(1000, "{\"claimId\":");
    Path input = file("generated.jsonl", lines.toArray(new String[0]));

    Run one = run(input, "--plan", plan());
    Run four = run(input, "--plan", plan(), "--threads", "4");

    assertThat(one.status).isEqualTo(CoverageCommand.OK);
    assertThat(four.stdout).isEqualTo(one.stdout);
    assertThat(one.stdout.lines()).hasSize(2001);
    assertThat(summaryOf(four.stderr)).isEqualTo(summaryOf(one.stderr));
  }

  // ------------------------------------------------------------------------------ helpers

  private static void assertCannotRun(Run run, String message) {
    assertThat(run.status).isEqualTo(CoverageCommand.CANNOT_RUN);
    assertThat(run.stderr).contains(message);
    assertThat(run.stdout).isEmpty();
  }

  private static String summaryOf(String stderr) {
    return stderr.replaceAll(" in [0-9.]+ s \\([0-9,]+ claims/s\\)", "");
  }

  static String expected(String requestLine) {
    Plan plan = CoverageJson.readPlan(PLAN);
    CoverageChecker checker = CoverageChecker.using(ReferenceData.bundled());
    return CoverageJson.write(
        checker.check(CoverageJson.readRequest(requestLine)).under(plan).assess());
  }

  private String plan() throws IOException {
    Path p = dir.resolve("the-plan.json");
    if (!Files.exists(p)) {
      Files.writeString(p, PLAN);
    }
    return p.toString();
  }

  private Path file(String name, String... lines) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, lines.length == 0 ? "" : String.join("\n", lines) + "\n");
    return p;
  }

  private Run run(Path input, String... options) {
    List<String> args = new ArrayList<>(List.of("check"));
    args.addAll(List.of(options));
    args.add(input.toString());
    return run(new ByteArrayInputStream(new byte[0]), args.toArray(new String[0]));
  }

  static Run run(InputStream stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        CoverageCommand.run(
            args,
            stdin,
            new PrintStream(out, true, UTF_8),
            new PrintStream(err, true, UTF_8),
            false);
    return new Run(status, out.toString(UTF_8), err.toString(UTF_8));
  }

  static final class Run {
    final int status;
    final String stdout;
    final String stderr;

    Run(int status, String stdout, String stderr) {
      this.status = status;
      this.stdout = stdout;
      this.stderr = stderr;
    }

    List<JsonNode> records() {
      List<JsonNode> records = new ArrayList<>();
      for (String line : stdout.split("\n")) {
        if (!line.isEmpty()) {
          try {
            records.add(JSON.readTree(line));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
      }
      return records;
    }
  }

  static String resource(String name) {
    try (InputStream in = CoverageCommandTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String compact(String json) {
    try {
      return JSON.readTree(json).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

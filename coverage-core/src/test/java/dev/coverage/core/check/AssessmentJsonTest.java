package dev.coverage.core.check;

import static dev.coverage.core.check.Fixtures.CHECKER;
import static dev.coverage.core.check.Fixtures.DOS;
import static dev.coverage.core.check.Fixtures.claim;
import static dev.coverage.core.check.Fixtures.ppo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.coverage.core.claim.Claim;
import dev.coverage.core.claim.ClinicalFacts;
import dev.coverage.core.claim.Patient;
import dev.coverage.core.claim.Sex;
import dev.coverage.core.claim.TherapyKind;
import dev.coverage.core.code.Money;
import dev.coverage.core.json.CoverageJson;
import dev.coverage.core.plan.Accumulators;
import dev.coverage.core.plan.ServiceHistory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * The JSON of an assessment, against a golden file checked in under {@code
 * src/test/resources/dev/coverage/core/json/}: a change of shape or of a rule's outcome shows up as
 * a diff of that file. On a mismatch the actual text is written to {@code target/golden/}, to
 * compare and, when the change is intended, to copy over the golden file.
 */
class AssessmentJsonTest {
  private static final String GOLDEN = "/dev/coverage/core/json/assessment.json";

  /**
   * Botox for chronic migraine by an in-network neurologist under a PPO, authorized, with a
   * same-day visit billed without modifier 25 and pointing to a header diagnosis code, and the
   * months of symptoms not documented. The patient has a member id, names and a birth date, none of
   * which may reach the JSON.
   */
  static Assessment botoxWithASameDayVisit() {
    Claim claim =
        claim()
            .neurologist()
            .patient(
                Patient.builder()
                    .birthDate(LocalDate.of(1984, 6, 19))
                    .sex(Sex.FEMALE)
                    .memberId("MBRXQF884120377")
                    .givenName("Henrietta")
                    .familyName("Quaglieri")
                    .build())
            .dx("G43.709", "R51.9", "G43.7")
            .line("64615", 1, "450.00", List.of(), "PA-100", 1)
            .line("J0585", 200, "1300.00", List.of("JZ"), "PA-100", 1)
            .line("99213", 1, "150.00", List.of(), null, 2, 3)
            .build();
    return CHECKER
        .check(claim)
        .under(ppo())
        .withAuthorizations(
            RealSituationsTest.botoxAuthorization(DOS.minusDays(30), DOS.plusDays(150)))
        .withHistory(ServiceHistory.empty())
        .withDocumentation(
            ClinicalFacts.builder()
                .headacheDaysPerMonth(20)
                .migraineDaysPerMonth(12)
                .putFailedTherapies(TherapyKind.ORAL_MIGRAINE_PROPHYLAXIS, 2)
                .build())
        .withAccumulators(Accumulators.builder().deductibleMet(Money.of("400.00")).build())
        .assess();
  }

  @Test
  void an_assessment_is_written_exactly_as_the_golden_file() throws IOException {
    // GIVEN
    Assessment a = botoxWithASameDayVisit();

    // WHEN
    String compact = CoverageJson.write(a);
    String pretty = pretty(a);

    // THEN the indented form is the golden file, byte for byte, and the compact form is the same
    // document without the whitespace
    String golden = golden();
    if (!pretty.equals(golden)) {
      Path actual = Path.of("target", "golden", "assessment.json");
      Files.createDirectories(actual.getParent());
      Files.writeString(actual, pretty, StandardCharsets.UTF_8);
    }
    assertThat(pretty).as("differs from %s; actual in target/golden", GOLDEN).isEqualTo(golden);
    assertThat(compact).isEqualTo(new ObjectMapper().readTree(golden).toString());
  }

  @Test
  void the_golden_assessment_covers_every_part_of_the_shape() throws IOException {
    // The golden file is only worth its bytes if it shows every optional part at least once.
    JsonNode json = new ObjectMapper().readTree(golden());
    assertThat(json.findValues("authorizationNumber")).isNotEmpty();
    assertThat(json.findValues("missingInformation")).isNotEmpty();
    assertThat(json.findValues("policyId")).isNotEmpty();
    assertThat(json.findValues("url")).isNotEmpty();
    assertThat(json.findValues("remark")).isNotEmpty();
    assertThat(json.findValues("outOfPocketRemainingBefore")).isNotEmpty();
    assertThat(json.get("findings").size()).isGreaterThanOrEqualTo(2);
    assertThat(json.get("lines").size()).isEqualTo(3);
    assertThat(json.get("estimate").get("lines").size()).isEqualTo(3);
  }

  @Test
  void the_same_claim_checked_twice_is_written_to_the_same_bytes() {
    Assessment first = botoxWithASameDayVisit();
    Assessment second = botoxWithASameDayVisit();

    assertThat(CoverageJson.write(second)).isEqualTo(CoverageJson.write(first));
    assertThat(CoverageJson.write(first)).isEqualTo(CoverageJson.write(first));
  }

  @Test
  void no_patient_identifier_reaches_the_json() {
    String json = CoverageJson.write(botoxWithASameDayVisit());

    assertThat(json)
        .doesNotContain("MBRXQF884120377")
        .doesNotContain("Henrietta")
        .doesNotContain("Quaglieri")
        .doesNotContain("1984")
        .doesNotContain("patient\"");
  }

  @Test
  void amounts_are_strings_and_the_estimate_adds_up() throws IOException {
    JsonNode estimate = new ObjectMapper().readTree(CoverageJson.write(botoxWithASameDayVisit()));
    estimate = estimate.get("estimate");

    assertThat(estimate.get("charge").isTextual()).isTrue();
    assertThat(estimate.get("charge").asText()).isEqualTo("1900.00");
    for (JsonNode line : estimate.get("lines")) {
      assertThat(money(line, "planPays").plus(money(line, "patientOwes")))
          .isEqualTo(money(line, "allowed"));
    }
  }

  @Test
  void an_assessment_is_written_but_not_read_back() {
    assertThatThrownBy(() -> CoverageJson.read("{}", Assessment.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Assessment is not a model type");
  }

  private static Money money(JsonNode object, String name) {
    return Money.of(object.get(name).asText());
  }

  /** Two-space indentation, {@code "name": value}, and {@code \n} whatever the platform. */
  static String pretty(Object value) throws IOException {
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter()
            .withSeparators(
                Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    printer.indentObjectsWith(indenter);
    printer.indentArraysWith(indenter);
    return CoverageJson.newMapper().writer(printer).writeValueAsString(value) + "\n";
  }

  private static String golden() {
    try (InputStream in = AssessmentJsonTest.class.getResourceAsStream(GOLDEN)) {
      return new String(Objects.requireNonNull(in, GOLDEN).readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

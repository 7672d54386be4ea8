package dev.coverage.core.check;

import static dev.coverage.core.check.Fixtures.CHECKER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.coverage.core.claim.Claim;
import dev.coverage.core.claim.ClaimLine;
import dev.coverage.core.claim.ClinicalFacts;
import dev.coverage.core.claim.Patient;
import dev.coverage.core.json.CoverageJson;
import dev.coverage.core.plan.Accumulators;
import dev.coverage.core.plan.Authorization;
import dev.coverage.core.plan.Plan;
import dev.coverage.core.plan.PriorService;
import dev.coverage.core.plan.ServiceHistory;
import dev.coverage.core.testing.CoverageArbitraries;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * The JSON of assessments of generated claims, checked with the fixture checker: it never carries
 * the patient's member id, names or birth date, it is the same bytes for the same assessment, and
 * it describes every line.
 *
 * <p>The generators make patients' identifiers recognizable (member ids {@code MBR} and eight or
 * more random characters, random names of eight letters or more, birth dates before every date of
 * service), so finding one in the JSON is a leak.
 */
class AssessmentJsonProperties {
  private static final ObjectMapper PLAIN = new ObjectMapper();

  /** One check's inputs; the authorizations on file may be unknown. */
  record Case(
      Claim claim,
      Plan plan,
      Optional<List<Authorization>> authorizations,
      ServiceHistory history,
      ClinicalFacts documentation,
      Accumulators accumulators) {

    CheckRequest request() {
      return CheckRequest.builder()
          .claim(claim)
          .authorizations(authorizations)
          .history(history)
          .documentation(documentation)
          .accumulators(accumulators)
          .build();
    }

    Assessment assess() {
      return CHECKER.check(request()).under(plan).assess();
    }
  }

  @Provide
  Arbitrary<Case> cases() {
    // Generated claims reach the code rules; claims built on the fixture's policies, given a
    // generated patient, reach the coverage, authorization and cost rules.
    Arbitrary<Claim> domainClaims =
        CheckerProperties.domainClaims()
            .flatMap(
                c ->
                    CoverageArbitraries.patientsBornBefore(earliestDate(c))
                        .map(p -> Claim.builder().from(c).patient(p).build()));
    return Combinators.combine(
            Arbitraries.oneOf(CoverageArbitraries.claims(), domainClaims),
            Arbitraries.oneOf(
                CoverageArbitraries.plans(),
                Arbitraries.of(Fixtures.ppo(), Fixtures.hmo(), Fixtures.medicare())),
            Arbitraries.oneOf(
                    CoverageArbitraries.authorizations().list().ofMaxSize(3),
                    Arbitraries.just(
                        List.of(
                            RealSituationsTest.botoxAuthorization(
                                Fixtures.DOS.minusDays(30), Fixtures.DOS.plusDays(30)))))
                .optional(0.8),
            CoverageArbitraries.serviceHistories(),
            Arbitraries.frequencyOf(
                Tuple.of(1, CoverageArbitraries.clinicalFacts()),
                Tuple.of(1, Arbitraries.just(CheckerProperties.EVERY_CRITERION_MET))),
            CoverageArbitraries.accumulators())
        .as(Case::new);
  }

  @Property
  void the_json_of_an_assessment_never_carries_the_patients_identifiers(@ForAll("cases") Case c) {
    Patient patient = c.claim().patient();
    // A date on an authorization or a prior service may fall on the birth date by chance; the
    // JSON may then rightly show it, as that date.
    patient.birthDate().ifPresent(born -> Assume.that(!datesGivenWith(c).contains(born)));

    String json = CoverageJson.write(c.assess());

    patient.memberId().ifPresent(id -> assertThat(json).doesNotContain(id));
    patient.givenName().ifPresent(name -> assertThat(json).doesNotContain(name));
    patient.familyName().ifPresent(name -> assertThat(json).doesNotContain(name));
    patient.birthDate().ifPresent(born -> assertThat(json).doesNotContainPattern(spellings(born)));
    assertThat(json)
        .doesNotContain("\"patient\"", "\"memberId\"", "\"givenName\"", "\"familyName\"")
        .doesNotContain("\"birthDate\"");
    // The same search finds them in the request, which does carry the patient.
    String request = CoverageJson.write(c.request());
    patient.memberId().ifPresent(id -> assertThat(request).contains(id));
    patient.birthDate().ifPresent(born -> assertThat(request).containsPattern(spellings(born)));

    Statistics.label("member id").collect(patient.memberId().isPresent());
    Statistics.label("birth date").collect(patient.birthDate().isPresent());
    Statistics.label("findings").collect(json.contains("\"findings\""));
    Statistics.label("member id").coverage(k -> k.check(true).percentage(p -> p > 40));
    Statistics.label("birth date").coverage(k -> k.check(true).percentage(p -> p > 40));
    Statistics.label("findings").coverage(k -> k.check(true).percentage(p -> p > 60));
  }

  @Property
  void the_same_assessment_is_always_written_to_the_same_bytes_and_describes_every_line(
      @ForAll("cases") Case c) throws IOException {
    Assessment a = c.assess();

    String json = CoverageJson.write(a);

    assertThat(CoverageJson.write(a)).isEqualTo(json);
    assertThat(CoverageJson.write(c.assess())).as("an equal assessment").isEqualTo(json);
    JsonNode tree = PLAIN.readTree(json);
    int lines = c.claim().lines().size();
    assertThat(tree.get("lines")).hasSize(lines);
    assertThat(tree.get("estimate").get("lines")).hasSize(lines);
    assertThat(tree.path("findings")).hasSize(a.findings().size());
    for (int i = 0; i < lines; i++) {
      assertThat(tree.get("lines").get(i).get("line").asInt()).isEqualTo(i + 1);
      assertThat(tree.get("lines").get(i).get("verdict").asText())
          .isEqualTo(a.line(i + 1).verdict().name());
    }
    assertThat(tree.get("estimate").get("patientTotal").asText())
        .isEqualTo(a.estimate().patientTotal().toString());
  }

  /** The first date of service of the claim: a generated birth date must be before it. */
  private static LocalDate earliestDate(Claim claim) {
    LocalDate first = claim.dateOfService();
    for (ClaimLine line : claim.lines()) {
      LocalDate d = claim.dateOfService(line);
      first = d.isBefore(first) ? d : first;
    }
    return first;
  }

  private static List<LocalDate> datesGivenWith(Case c) {
    List<LocalDate> dates = new ArrayList<>();
    for (Authorization a : c.authorizations().orElse(List.of())) {
      dates.add(a.validFrom());
      dates.add(a.validTo());
    }
    for (PriorService s : c.history().services()) {
      dates.add(s.dateOfService());
    }
    return dates;
  }

  /**
   * The birth date as ISO, US and X12 dates; the digits-only spelling only where no digit touches
   * it, since an amount's digits may hold any eight in a row.
   */
  private static Pattern spellings(LocalDate born) {
    return Pattern.compile(
        Pattern.quote(born.toString())
            + "|"
            + Pattern.quote(born.format(DateTimeFormatter.ofPattern("MM/dd/yyyy")))
            + "|(?<![0-9])"
            + born.format(DateTimeFormatter.BASIC_ISO_DATE)
            + "(?![0-9])");
  }
}

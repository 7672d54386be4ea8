package dev.coverage.core.claim;

import static dev.coverage.core.ValidationErrors.thrownBy;
import static org.assertj.core.api.Assertions.assertThat;

import dev.coverage.core.ValidationException;
import dev.coverage.core.testing.CoverageDomain;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.statistics.Statistics;

/**
 * No generated member id, given name, family name or birth date ever appears in a {@code
 * toString()} or in a validation error, even one caused by that very value.
 *
 * <p>The generators make these identifiers recognizable (random cores of eight characters or more,
 * birth dates before every other date of the claim), so finding one is a leak.
 */
@Domain(CoverageDomain.class)
class PatientDataProperties {
  private static final List<DateTimeFormatter> DATE_SPELLINGS =
      List.of(
          DateTimeFormatter.ISO_LOCAL_DATE, // 1984-07-09
          DateTimeFormatter.BASIC_ISO_DATE, // 19840709, as in X12
          DateTimeFormatter.ofPattern("MM/dd/yyyy"));

  @Property
  void no_identifier_appears_in_the_text_of_a_claim_or_any_of_its_parts(@ForAll Claim claim) {
    List<String> secrets = secretsOf(claim.patient());

    for (String text : everyToString(claim)) {
      for (String secret : secrets) {
        assertThat(text).doesNotContain(secret);
      }
    }
    Statistics.label("member id").collect(claim.patient().memberId().isPresent());
    Statistics.label("birth date").collect(claim.patient().birthDate().isPresent());
    Statistics.label("member id").coverage(c -> c.check(true).percentage(p -> p > 40));
    Statistics.label("birth date").coverage(c -> c.check(true).percentage(p -> p > 40));
  }

  @Property
  void an_overlong_identifier_is_rejected_without_repeating_it(@ForAll Patient patient) {
    List<String> secrets = secretsOf(patient);
    patient
        .memberId()
        .ifPresent(
            id ->
                assertNoneIn(
                    thrownBy(() -> Patient.builder().memberId(id.repeat(10)).build()), secrets));
    patient
        .givenName()
        .ifPresent(
            name ->
                assertNoneIn(
                    thrownBy(() -> Patient.builder().givenName(name.repeat(20)).build()), secrets));
    patient
        .familyName()
        .ifPresent(
            name ->
                assertNoneIn(
                    thrownBy(() -> Patient.builder().familyName(name.repeat(20)).build()),
                    secrets));
  }

  @Property
  void a_birth_date_breaking_a_rule_is_rejected_without_repeating_it(
      @ForAll Claim claim, @ForAll @IntRange(min = 1, max = 3000) int days) {
    Patient patient = claim.patient();
    LocalDate afterService = claim.dateOfService().plusDays(days);
    LocalDate before1850 = LocalDate.of(1850, 1, 1).minusDays(days);

    Patient unborn = bornOn(patient, afterService);
    ValidationException late = thrownBy(() -> Claim.builder().from(claim).patient(unborn).build());
    assertNoneIn(late, secretsOf(unborn));
    assertNoneIn(late.within("claims[7]"), secretsOf(unborn));

    ValidationException early = thrownBy(() -> bornOn(patient, before1850));
    assertNoneIn(early, spellings(before1850));

    ValidationException both =
        thrownBy(() -> Patient.builder().from(bornOn(patient, afterService)).age(40).build());
    assertNoneIn(both, spellings(afterService));
  }

  @Property
  void a_lines_date_before_the_birth_date_is_rejected_without_repeating_either(
      @ForAll Claim claim, @ForAll @IntRange(min = 2, max = 30) int daysEarlier) {
    LocalDate lineDate = claim.dateOfService().minusDays(daysEarlier);
    ClaimLine early =
        ClaimLine.builder().from(claim.lines().get(0)).dateOfService(lineDate).build();
    Patient bornAfterIt = bornOn(claim.patient(), lineDate.plusDays(1));

    ValidationException e =
        thrownBy(() -> Claim.builder().from(claim).patient(bornAfterIt).addLines(early).build());

    assertNoneIn(e, secretsOf(bornAfterIt));
  }

  private static Patient bornOn(Patient patient, LocalDate date) {
    return Patient.builder().from(patient).age(OptionalInt.empty()).birthDate(date).build();
  }

  /** The patient's identifiers, and the birth date in the usual spellings. */
  private static List<String> secretsOf(Patient patient) {
    List<String> secrets = new ArrayList<>();
    patient.memberId().ifPresent(secrets::add);
    patient.givenName().ifPresent(secrets::add);
    patient.familyName().ifPresent(secrets::add);
    patient.birthDate().ifPresent(date -> secrets.addAll(spellings(date)));
    return secrets;
  }

  private static List<String> spellings(LocalDate date) {
    return DATE_SPELLINGS.stream().map(date::format).toList();
  }

  private static void assertNoneIn(Throwable error, List<String> secrets) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      List<String> texts = new ArrayList<>(List.of(String.valueOf(t.getMessage()), t.toString()));
      if (t instanceof ValidationException) {
        texts.add(((ValidationException) t).field());
        texts.add(((ValidationException) t).rule());
      }
      for (String text : texts) {
        for (String secret : secrets) {
          assertThat(text).doesNotContain(secret);
        }
      }
    }
  }

  private static List<String> everyToString(Claim claim) {
    List<Object> parts = new ArrayList<>();
    parts.add(claim);
    parts.add(claim.patient());
    parts.add(claim.provider());
    parts.add(claim.provider().npi());
    parts.add(claim.dateOfService());
    parts.add(claim.submissionDate());
    parts.add(claim.referralNumber());
    parts.add(claim.placeOfService());
    parts.addAll(claim.diagnoses());
    parts.add(claim.diagnoses());
    for (ClaimLine line : claim.lines()) {
      parts.add(line);
      parts.add(line.procedure());
      parts.add(line.charge());
      parts.add(line.modifiers());
      parts.addAll(line.modifiers());
      parts.add(line.diagnosisPointers());
      parts.add(line.dateOfService());
      parts.add(line.authorizationNumber());
    }
    parts.add(claim.lines());
    return parts.stream().map(String::valueOf).toList();
  }
}

package dev.coverage.core.claim;

import static dev.coverage.core.ValidationErrors.rejects;
import static org.assertj.core.api.Assertions.assertThat;

import dev.coverage.core.code.DiagnosisCode;
import dev.coverage.core.code.Modifier;
import dev.coverage.core.code.Money;
import dev.coverage.core.testing.CoverageArbitraries;
import dev.coverage.core.testing.CoverageDomain;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.BiConsumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.domains.Domain;

/**
 * Each way of breaking a valid claim, line, patient or set of clinical facts is rejected with a
 * {@link dev.coverage.core.ValidationException} that names the field.
 */
@Domain(CoverageDomain.class)
class ClaimValidationProperties {

  // ------------------------------------------------------------------------------------ claim

  @Property
  void more_than_twelve_diagnoses_are_rejected(
      @ForAll Claim claim, @ForAll("thirteenOrMoreDiagnoses") List<DiagnosisCode> dx) {
    assertThat(
            rejects("diagnoses", () -> Claim.builder().from(claim).diagnoses(dx).build())
                .getMessage())
        .contains("12", String.valueOf(dx.size()));
  }

  @Property
  void a_claim_without_diagnoses_is_rejected(@ForAll Claim claim) {
    rejects("diagnoses", () -> Claim.builder().from(claim).diagnoses(List.of()).build());
  }

  @Property
  void a_diagnosis_listed_twice_is_rejected(
      @ForAll Claim claim, @ForAll @IntRange(max = 11) int index) {
    Assume.that(claim.diagnoses().size() < Claim.MAX_DIAGNOSES);
    DiagnosisCode again = claim.diagnoses().get(index % claim.diagnoses().size());
    rejects(
        "diagnoses[" + claim.diagnoses().size() + "]",
        () -> Claim.builder().from(claim).addDiagnoses(again).build());
  }

  @Property
  void more_than_fifty_lines_are_rejected(
      @ForAll Claim claim, @ForAll @IntRange(min = 51, max = 80) int count) {
    List<ClaimLine> lines = new ArrayList<>();
    while (lines.size() < count) {
      lines.add(claim.lines().get(lines.size() % claim.lines().size()));
    }
    assertThat(
            rejects("lines", () -> Claim.builder().from(claim).lines(lines).build()).getMessage())
        .contains("50", String.valueOf(count));
  }

  @Property
  void a_claim_without_lines_is_rejected(@ForAll Claim claim) {
    rejects("lines", () -> Claim.builder().from(claim).lines(List.of()).build());
  }

  @Property
  void a_pointer_past_the_last_diagnosis_is_rejected(
      @ForAll Claim claim,
      @ForAll @IntRange(max = 49) int lineIndex,
      @ForAll @IntRange(min = 1, max = 11) int beyond) {
    int diagnoses = claim.diagnoses().size();
    int pointer = diagnoses + beyond;
    Assume.that(pointer <= Claim.MAX_DIAGNOSES);
    int i = lineIndex % claim.lines().size();
    List<ClaimLine> lines = new ArrayList<>(claim.lines());
    lines.set(
        i, ClaimLine.builder().from(lines.get(i)).diagnosisPointers(List.of(pointer)).build());

    assertThat(
            rejects(
                    "lines[" + i + "].diagnosisPointers[0]",
                    () -> Claim.builder().from(claim).lines(lines).build())
                .getMessage())
        .contains("points to diagnosis " + pointer, "has " + diagnoses);
  }

  @Property
  void a_date_of_service_after_the_submission_date_is_rejected(
      @ForAll Claim claim, @ForAll @IntRange(min = 1, max = 400) int daysLate) {
    rejects(
        "dateOfService",
        () ->
            Claim.builder()
                .from(claim)
                .submissionDate(claim.dateOfService().minusDays(daysLate))
                .build());
  }

  @Property
  void a_line_served_after_the_submission_date_is_rejected(
      @ForAll Claim claim,
      @ForAll @IntRange(max = 49) int lineIndex,
      @ForAll @IntRange(min = 1, max = 400) int daysLate) {
    int i = lineIndex % claim.lines().size();
    List<ClaimLine> lines = new ArrayList<>(claim.lines());
    lines.set(
        i,
        ClaimLine.builder()
            .from(lines.get(i))
            .dateOfService(claim.submissionDate().plusDays(daysLate))
            .build());

    rejects(
        "lines[" + i + "].dateOfService", () -> Claim.builder().from(claim).lines(lines).build());
  }

  @Property
  void a_patient_born_after_the_date_of_service_is_rejected(
      @ForAll Claim claim, @ForAll @IntRange(min = 1, max = 4000) int days) {
    Patient unborn = bornOn(claim.patient(), claim.dateOfService().plusDays(days));

    rejects("patient.birthDate", () -> Claim.builder().from(claim).patient(unborn).build());
  }

  @Property
  void a_patient_born_after_a_lines_own_earlier_date_is_rejected(
      @ForAll Claim claim,
      @ForAll @IntRange(max = 49) int lineIndex,
      @ForAll @IntRange(min = 2, max = 30) int daysEarlier) {
    int i = lineIndex % claim.lines().size();
    LocalDate lineDate = claim.dateOfService().minusDays(daysEarlier);
    List<ClaimLine> lines = new ArrayList<>(claim.lines());
    lines.set(i, ClaimLine.builder().from(lines.get(i)).dateOfService(lineDate).build());
    Patient bornBetween = bornOn(claim.patient(), lineDate.plusDays(1));

    assertThat(
            rejects(
                    "patient.birthDate",
                    () -> Claim.builder().from(claim).lines(lines).patient(bornBetween).build())
                .getMessage())
        .contains("lines[");
  }

  @Property
  void claim_ids_and_referral_numbers_outside_the_identifier_syntax_are_rejected(
      @ForAll Claim claim, @ForAll("badIdentifiers") String bad) {
    rejects("claimId", () -> Claim.builder().from(claim).claimId(bad).build());
    rejects("referralNumber", () -> Claim.builder().from(claim).referralNumber(bad).build());
  }

  @Property
  void a_claim_missing_a_required_attribute_names_it(
      @ForAll Claim claim, @ForAll("claimAttributes") String omitted) {
    Claim.Builder builder =
        Claim.builder()
            .networkStatus(claim.networkStatus())
            .diagnoses(claim.diagnoses())
            .lines(claim.lines());
    List<String> names = List.of(CLAIM_ATTRIBUTES);
    for (int i = 0; i < names.size(); i++) {
      if (!names.get(i).equals(omitted)) {
        CLAIM_SETTERS.get(i).accept(builder, claim);
      }
    }

    assertThat(rejects(omitted, builder::build).rule()).startsWith("is required");
  }

  private static final String[] CLAIM_ATTRIBUTES = {
    "claimId",
    "patient",
    "provider",
    "facility",
    "placeOfService",
    "dateOfService",
    "submissionDate"
  };

  private static final List<BiConsumer<Claim.Builder, Claim>> CLAIM_SETTERS =
      List.of(
          (b, c) -> b.claimId(c.claimId()),
          (b, c) -> b.patient(c.patient()),
          (b, c) -> b.provider(c.provider()),
          (b, c) -> b.facility(c.facility()),
          (b, c) -> b.placeOfService(c.placeOfService()),
          (b, c) -> b.dateOfService(c.dateOfService()),
          (b, c) -> b.submissionDate(c.submissionDate()));

  // ------------------------------------------------------------------------------------- line

  @Property
  void units_outside_1_to_9999_are_rejected(@ForAll ClaimLine line, @ForAll("badUnits") int units) {
    rejects("units", () -> ClaimLine.builder().from(line).units(units).build());
  }

  @Property
  void a_charge_of_zero_or_less_is_rejected(
      @ForAll ClaimLine line, @ForAll @LongRange(min = -Money.MAX_CENTS, max = 0) long cents) {
    rejects("charge", () -> ClaimLine.builder().from(line).charge(Money.ofCents(cents)).build());
  }

  @Property
  void a_charge_above_the_line_bound_is_rejected(
      @ForAll ClaimLine line,
      @ForAll @LongRange(min = 999_999_999L + 1, max = Money.MAX_CENTS) long cents) {
    assertThat(
            rejects(
                    "charge",
                    () -> ClaimLine.builder().from(line).charge(Money.ofCents(cents)).build())
                .getMessage())
        .contains(ClaimLine.MAX_CHARGE.toString());
  }

  @Property
  void more_than_four_modifiers_are_rejected(
      @ForAll ClaimLine line, @ForAll("fiveOrMoreModifiers") List<Modifier> modifiers) {
    rejects("modifiers", () -> ClaimLine.builder().from(line).modifiers(modifiers).build());
  }

  @Property
  void a_modifier_repeated_is_rejected(@ForAll ClaimLine line, @ForAll Modifier twice) {
    rejects(
        "modifiers", () -> ClaimLine.builder().from(line).modifiers(List.of(twice, twice)).build());
  }

  @Property
  void a_line_without_pointers_or_with_more_than_four_is_rejected(@ForAll ClaimLine line) {
    rejects(
        "diagnosisPointers",
        () -> ClaimLine.builder().from(line).diagnosisPointers(List.of()).build());
    rejects(
        "diagnosisPointers",
        () -> ClaimLine.builder().from(line).diagnosisPointers(List.of(1, 2, 3, 4, 5)).build());
  }

  @Property
  void a_pointer_outside_1_to_12_is_rejected(
      @ForAll ClaimLine line, @ForAll("badPointers") int pointer) {
    rejects(
        "diagnosisPointers[1]",
        () -> ClaimLine.builder().from(line).diagnosisPointers(List.of(1, pointer)).build());
  }

  @Property
  void a_pointer_repeated_is_rejected(
      @ForAll ClaimLine line, @ForAll @IntRange(min = 1, max = 12) int pointer) {
    assertThat(
            rejects(
                    "diagnosisPointers[1]",
                    () ->
                        ClaimLine.builder()
                            .from(line)
                            .diagnosisPointers(List.of(pointer, pointer))
                            .build())
                .getMessage())
        .contains("twice");
  }

  @Property
  void an_authorization_number_outside_the_identifier_syntax_is_rejected(
      @ForAll ClaimLine line, @ForAll("badIdentifiers") String bad) {
    rejects(
        "authorizationNumber",
        () -> ClaimLine.builder().from(line).authorizationNumber(bad).build());
  }

  @Property
  void a_line_missing_its_procedure_or_charge_names_it(@ForAll ClaimLine line) {
    rejects(
        "procedure",
        () ->
            ClaimLine.builder()
                .charge(line.charge())
                .diagnosisPointers(line.diagnosisPointers())
                .build());
    rejects(
        "charge",
        () ->
            ClaimLine.builder()
                .procedure(line.procedure())
                .diagnosisPointers(line.diagnosisPointers())
                .build());
  }

  // ---------------------------------------------------------------------------------- patient

  @Property
  void age_and_birth_date_together_are_rejected(
      @ForAll Patient patient, @ForAll @IntRange(max = 130) int age) {
    Patient.Builder both = Patient.builder().from(patient).age(age);
    if (patient.birthDate().isEmpty()) {
      both.birthDate(LocalDate.of(1990, 1, 1));
    }
    rejects("age", both::build);
  }

  @Property
  void an_age_outside_0_to_130_is_rejected(@ForAll("badAges") int age) {
    rejects("age", () -> Patient.builder().age(age).build());
  }

  @Property
  void a_birth_date_before_1850_is_rejected(
      @ForAll Patient patient, @ForAll @IntRange(min = 1, max = 100_000) int days) {
    rejects("birthDate", () -> bornOn(patient, LocalDate.of(1850, 1, 1).minusDays(days)));
  }

  @Property
  void blank_or_overlong_identifiers_are_rejected(
      @ForAll Patient patient, @ForAll("blankOrOverlong") String bad) {
    rejects("memberId", () -> Patient.builder().from(patient).memberId(bad).build());
    rejects("givenName", () -> Patient.builder().from(patient).givenName(bad).build());
    rejects("familyName", () -> Patient.builder().from(patient).familyName(bad).build());
  }

  // --------------------------------------------------------------------------- clinical facts

  @Property
  void more_migraine_days_than_headache_days_are_rejected(
      @ForAll @IntRange(max = 30) int headache, @ForAll @IntRange(min = 1, max = 31) int more) {
    Assume.that(headache + more <= 31);
    rejects(
        "migraineDaysPerMonth",
        () ->
            ClinicalFacts.builder()
                .headacheDaysPerMonth(headache)
                .migraineDaysPerMonth(headache + more)
                .build());
  }

  @Property
  void counts_out_of_range_are_rejected(
      @ForAll ClinicalFacts facts, @ForAll @IntRange(min = 1, max = 1000) int over) {
    ClinicalFacts.Builder b = ClinicalFacts.builder().from(facts);
    rejects("headacheDaysPerMonth", () -> b.headacheDaysPerMonth(31 + over).build());
    ClinicalFacts.Builder c = ClinicalFacts.builder().from(facts).headacheDaysPerMonth(31);
    rejects("migraineDaysPerMonth", () -> c.migraineDaysPerMonth(-over).build());
    ClinicalFacts.Builder d = ClinicalFacts.builder().from(facts);
    rejects("monthsOfSymptoms", () -> d.monthsOfSymptoms(1200 + over).build());
    ClinicalFacts.Builder e = ClinicalFacts.builder().from(facts);
    rejects("lesionCount", () -> e.lesionCount(-over).build());
    ClinicalFacts.Builder f = ClinicalFacts.builder().from(facts);
    rejects(
        "failedTherapies.CRYOTHERAPY",
        () -> f.failedTherapies(Map.of(TherapyKind.CRYOTHERAPY, 100 + over)).build());
  }

  @Property
  void an_area_of_zero_or_less_above_100000_or_finer_than_a_hundredth_is_rejected(
      @ForAll ClinicalFacts facts, @ForAll("badAreas") BigDecimal area) {
    rejects(
        "treatedAreaSquareCm",
        () -> ClinicalFacts.builder().from(facts).treatedAreaSquareCm(area).build());
  }

  // ---------------------------------------------------------------------------------- helpers

  private static Patient bornOn(Patient patient, LocalDate birthDate) {
    return Patient.builder().from(patient).age(OptionalInt.empty()).birthDate(birthDate).build();
  }

  @Provide
  Arbitrary<List<DiagnosisCode>> thirteenOrMoreDiagnoses() {
    return CoverageArbitraries.diagnosisCodes().list().uniqueElements().ofMinSize(13).ofMaxSize(20);
  }

  @Provide
  Arbitrary<List<Modifier>> fiveOrMoreModifiers() {
    return CoverageArbitraries.modifiers().list().uniqueElements().ofMinSize(5).ofMaxSize(8);
  }

  @Provide
  Arbitrary<String> claimAttributes() {
    return Arbitraries.of(CLAIM_ATTRIBUTES);
  }

  @Provide
  Arbitrary<Integer> badUnits() {
    return Arbitraries.oneOf(
        List.of(
            Arbitraries.integers().lessOrEqual(0),
            Arbitraries.integers().greaterOrEqual(ClaimLine.MAX_UNITS + 1)));
  }

  @Provide
  Arbitrary<Integer> badPointers() {
    return Arbitraries.oneOf(
        List.of(
            Arbitraries.integers().lessOrEqual(0),
            Arbitraries.integers().greaterOrEqual(Claim.MAX_DIAGNOSES + 1)));
  }

  @Provide
  Arbitrary<Integer> badAges() {
    return Arbitraries.oneOf(
        List.of(
            Arbitraries.integers().lessOrEqual(-1),
            Arbitraries.integers().greaterOrEqual(Patient.MAX_AGE + 1)));
  }

  /** Empty, too long (51+), or holding a character outside letters, digits and - _ . / */
  @Provide
  Arbitrary<String> badIdentifiers() {
    Arbitrary<String> ok =
        Arbitraries.strings().withCharRange('a', 'z').numeric().ofMinLength(1).ofMaxLength(20);
    return Arbitraries.oneOf(
        List.of(
            Arbitraries.just(""),
            Arbitraries.strings().alpha().numeric().ofMinLength(51).ofMaxLength(80),
            Combinators.combine(
                    ok, Arbitraries.of(' ', '#', '\n', 'é', '\u0663', '\u00a0', ','), ok)
                .as((a, c, b) -> a + c + b)));
  }

  /** Blank (empty or whitespace) or longer than 100 characters. */
  @Provide
  Arbitrary<String> blankOrOverlong() {
    return Arbitraries.oneOf(
        List.of(
            Arbitraries.strings().withChars(" \t\n\u2003").ofMaxLength(5),
            Arbitraries.strings().alpha().ofMinLength(101).ofMaxLength(200)));
  }

  @Provide
  Arbitrary<BigDecimal> badAreas() {
    return Arbitraries.oneOf(
        List.of(
            Arbitraries.bigDecimals().lessOrEqual(BigDecimal.ZERO).ofScale(2),
            Arbitraries.bigDecimals()
                .between(new BigDecimal("100000.01"), new BigDecimal("1E9"))
                .ofScale(2),
            Arbitraries.bigDecimals()
                .between(BigDecimal.ZERO, new BigDecimal("1000"))
                .ofScale(3)
                .filter(a -> a.stripTrailingZeros().scale() > 2)));
  }
}

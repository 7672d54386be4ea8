package dev.coverage.core.testing;

import static com.google.common.base.Preconditions.checkArgument;

import dev.coverage.core.claim.Claim;
import dev.coverage.core.claim.ClaimLine;
import dev.coverage.core.claim.ClinicalFacts;
import dev.coverage.core.claim.Credential;
import dev.coverage.core.claim.FacilityKind;
import dev.coverage.core.claim.Intent;
import dev.coverage.core.claim.NetworkStatus;
import dev.coverage.core.claim.Patient;
import dev.coverage.core.claim.Provider;
import dev.coverage.core.claim.Sex;
import dev.coverage.core.claim.Specialty;
import dev.coverage.core.claim.TherapyKind;
import dev.coverage.core.code.CodeSystem;
import dev.coverage.core.code.DiagnosisCode;
import dev.coverage.core.code.Modifier;
import dev.coverage.core.code.Money;
import dev.coverage.core.code.Npi;
import dev.coverage.core.code.Percent;
import dev.coverage.core.code.PlaceOfService;
import dev.coverage.core.code.ProcedureCode;
import dev.coverage.core.denial.FindingCategory;
import dev.coverage.core.denial.GroupCode;
import dev.coverage.core.denial.PredictedAdjustment;
import dev.coverage.core.denial.ReasonCode;
import dev.coverage.core.denial.RemarkCode;
import dev.coverage.core.plan.Accumulators;
import dev.coverage.core.plan.Authorization;
import dev.coverage.core.plan.BenefitExclusion;
import dev.coverage.core.plan.CostSharing;
import dev.coverage.core.plan.Plan;
import dev.coverage.core.plan.PriorService;
import dev.coverage.core.plan.ProductType;
import dev.coverage.core.plan.ServiceClass;
import dev.coverage.core.plan.ServiceHistory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * jqwik arbitraries for every value of the coverage model, in one place.
 *
 * <p>Every value generated is valid: the model's builders never throw on it, and a claim's parts
 * fit together (diagnosis pointers point to diagnoses that exist, no date of service is after the
 * submission date, the patient is born before every date of service). Values shrink towards simple
 * ones: claims towards fewer diagnoses and fewer lines, amounts towards zero, dates towards {@code
 * 2026-01-01}, optional attributes towards absent.
 *
 * <p>Patients carry recognizable identifiers, so that a test can search any output for them and be
 * sure that a hit is a leak: member ids are {@code MBR} and 8 to 12 random upper-case letters and
 * digits, given and family names are 8 to 12 random letters (a capital, then lower case), and a
 * birth date generated with a claim is strictly before every date in that claim. Read them back
 * through the patient's own accessors.
 *
 * <pre>{@code
 * @Property
 * void every_claim_has_a_line(@ForAll("claims") Claim claim) {
 *   assertThat(claim.lines()).isNotEmpty();
 * }
 *
 * @Provide
 * Arbitrary<Claim> claims() {
 *   return CoverageArbitraries.claims();
 * }
 * }</pre>
 *
 * <p>{@link CoverageDomain} offers the same arbitraries by type, for {@code @ForAll Claim claim}.
 */
public final class CoverageArbitraries {
  /** Dates are drawn around this day and shrink towards it. */
  private static final LocalDate ANCHOR = LocalDate.of(2026, 1, 1);

  /** Dates range from 2001-05-13 to 2039-09-09: about 25 years back and 14 ahead. */
  private static final int DAYS_BEFORE_ANCHOR = 9_000;

  private static final int DAYS_AFTER_ANCHOR = 5_000;

  /** The longest gap generated between a claim's date of service and its submission. */
  private static final int MAX_DAYS_TO_SUBMISSION = 2 * 365;

  /** The earliest own date of a line, for a claim whose date of service is {@link #ANCHOR}. */
  private static final LocalDate ANCHOR_EARLIEST_LINE = ANCHOR.minusDays(30);

  /** The oldest patient generated, in days: within {@link Patient#MAX_AGE}. */
  private static final long MAX_AGE_DAYS = 125L * 365;

  /** The earliest birth date the model accepts. */
  private static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1850, 1, 1);

  private static final String DIGITS = "0123456789";
  private static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  private static final String LOWER = "abcdefghijklmnopqrstuvwxyz";
  private static final String ALPHANUMERIC = DIGITS + UPPER;
  private static final String HCPCS_LETTERS = "ABCEGHJKLMPQRSTUV";
  private static final String IDENTIFIER_CHARS = DIGITS + UPPER + LOWER + "-_./";

  /**
   * The procedure codes of our first domain, as CPT and HCPCS list them. Ranges are written out:
   * 15784, 15785, 15790 and 15791 do not exist.
   */
  private static final List<String> DOMAIN_PROCEDURE_CODES =
      List.of(
          "17999", // unlisted: microneedling, microdermabrasion
          "15780", "15781", "15782", "15783", "15786", "15787", // dermabrasion, abrasion
          "15788", "15789", "15792", "15793", // chemical peels
          "17000", "17003", "17004", // destruction of premalignant lesions
          "17106", "17107", "17108", // vascular lesions, by size
          "11900", "11901", // intralesional injection
          "64615", "64650", "64653", "64999", // chemodenervation
          "0232T", // platelet-rich plasma
          "J0585", "J0586", "J0587", "J0588", "J3301", // botulinum toxins, triamcinolone
          "99202", "99203", "99204", "99205", // new patient visits
          "99211", "99212", "99213", "99214", "99215"); // established patient visits

  /** Billable ICD-10-CM codes of our first domain (checked against the FY2026 code set). */
  private static final List<String> DOMAIN_DIAGNOSIS_CODES =
      List.of(
          "G43.709", "G43.719", "G43.E09", "G43.E19", // chronic migraine
          "L74.510", "L74.511", "L74.512", "L74.513", "L74.52", // focal hyperhidrosis
          "L63.9", "L64.9", "L65.9", // hair loss
          "L70.0", "L90.5", "L91.0", // acne, scars
          "L57.0", // actinic keratosis
          "Q82.5", "D18.01", "I78.1", // vascular lesions
          "L81.1", "L98.8", // pigmentation, other skin disorders
          "Z41.1", // cosmetic intent
          "T31.0"); // burns

  private static final List<Modifier> COMMON_MODIFIERS =
      List.of(
          Modifier.SEPARATE_EM_SERVICE,
          Modifier.BILATERAL,
          Modifier.DISTINCT_SERVICE,
          Modifier.XE,
          Modifier.XP,
          Modifier.XS,
          Modifier.XU,
          Modifier.JW,
          Modifier.JZ,
          Modifier.GY,
          Modifier.GA,
          Modifier.GZ,
          Modifier.of("LT"),
          Modifier.of("RT"));

  private static final List<String> COMMON_REASON_CODES =
      List.of("4", "6", "8", "11", "15", "18", "29", "50", "55", "96", "119", "151", "197", "204");

  private CoverageArbitraries() {}

  // ---------------------------------------------------------------------------------------- codes

  /**
   * Well-formed procedure codes of all four code systems, in equal shares.
   *
   * @return procedure codes; most do not exist in CPT or HCPCS, which is a finding, not an error
   */
  public static Arbitrary<ProcedureCode> procedureCodes() {
    return Arbitraries.oneOf(
        Arrays.stream(CodeSystem.values())
            .map(CoverageArbitraries::procedureCodes)
            .collect(Collectors.toList()));
  }

  /**
   * Well-formed procedure codes of one code system.
   *
   * @param system the code system
   * @return codes such as {@code 48213}, {@code 0071F}, {@code 3512T} or {@code K9105}
   */
  public static Arbitrary<ProcedureCode> procedureCodes(CodeSystem system) {
    Arbitrary<String> text =
        switch (system) {
          case CPT_CATEGORY_I -> chars(DIGITS, 5);
          case CPT_CATEGORY_II -> chars(DIGITS, 4).map(digits -> digits + "F");
          case CPT_CATEGORY_III -> chars(DIGITS, 4).map(digits -> digits + "T");
          case HCPCS_LEVEL_II ->
              Combinators.combine(chars(HCPCS_LETTERS, 1), chars(DIGITS, 4)).as(String::concat);
        };
    return text.map(ProcedureCode::of);
  }

  /**
   * The real procedure codes of our first domain: 17999, 15780-15783, 15786, 15787, 15788, 15789,
   * 15792, 15793, 17000, 17003, 17004, 17106-17108, 11900, 11901, 64615, 64650, 64653, 64999,
   * 0232T, J0585-J0588, J3301, 99202-99205 and 99211-99215.
   *
   * @return one of those codes
   */
  public static Arbitrary<ProcedureCode> domainProcedureCodes() {
    return Arbitraries.of(DOMAIN_PROCEDURE_CODES).map(ProcedureCode::of);
  }

  /**
   * Well-formed ICD-10-CM codes as a practice might type them: 3 to 7 characters, dotted ({@code
   * L74.510}) or undotted ({@code L74510}), upper or lower case. The input side of {@link
   * DiagnosisCode#of(String)}.
   *
   * @return code texts that parse
   */
  public static Arbitrary<String> diagnosisCodeTexts() {
    Arbitrary<String> category =
        Combinators.combine(chars(UPPER, 1), chars(DIGITS, 1), chars(ALPHANUMERIC, 1))
            .as((letter, digit, third) -> letter + digit + third);
    Arbitrary<String> rest = Arbitraries.strings().withChars(ALPHANUMERIC).ofMaxLength(4);
    return Combinators.combine(category, rest, booleans(), booleans())
        .as(
            (head, tail, dotted, lowerCase) -> {
              String code = dotted && !tail.isEmpty() ? head + '.' + tail : head + tail;
              return lowerCase ? code.toLowerCase(Locale.ROOT) : code;
            });
  }

  /**
   * Well-formed ICD-10-CM codes, parsed from {@link #diagnosisCodeTexts()}. Most do not exist.
   *
   * @return diagnosis codes
   */
  public static Arbitrary<DiagnosisCode> diagnosisCodes() {
    return diagnosisCodeTexts().map(DiagnosisCode::of);
  }

  /**
   * Real, billable ICD-10-CM codes of our first domain: chronic migraine (G43.709, G43.719,
   * G43.E09, G43.E19), focal hyperhidrosis (L74.510-L74.513, L74.52), hair loss, acne and scars,
   * actinic keratosis, vascular lesions, cosmetic intent (Z41.1) and others.
   *
   * @return one of those codes
   */
  public static Arbitrary<DiagnosisCode> domainDiagnosisCodes() {
    return Arbitraries.of(DOMAIN_DIAGNOSIS_CODES).map(DiagnosisCode::of);
  }

  /**
   * Modifiers: mostly the common ones (25, 50, 59, XE, XP, XS, XU, JW, JZ, GY, GA, GZ, LT, RT),
   * sometimes any two letters or digits.
   *
   * @return modifiers
   */
  public static Arbitrary<Modifier> modifiers() {
    return Arbitraries.frequencyOf(
        List.of(
            Tuple.of(3, Arbitraries.of(COMMON_MODIFIERS)),
            Tuple.of(1, chars(ALPHANUMERIC, 2).map(Modifier::of))));
  }

  /**
   * Places of service: half of them office, outpatient hospital or surgery center (11, 19, 22, 24),
   * the other half any code from 01 to 99.
   *
   * @return places of service
   */
  public static Arbitrary<PlaceOfService> placesOfService() {
    return Arbitraries.frequencyOf(
        List.of(
            Tuple.of(
                1,
                Arbitraries.of(
                    PlaceOfService.OFFICE,
                    PlaceOfService.OFF_CAMPUS_OUTPATIENT_HOSPITAL,
                    PlaceOfService.ON_CAMPUS_OUTPATIENT_HOSPITAL,
                    PlaceOfService.AMBULATORY_SURGICAL_CENTER)),
            Tuple.of(1, Arbitraries.integers().between(1, 99).map(PlaceOfService::of))));
  }

  /**
   * NPIs with a valid check digit (see {@link Npi#checkDigit(String)}), starting with 1 or 2.
   *
   * @return NPIs
   */
  public static Arbitrary<Npi> npis() {
    return Combinators.combine(chars("12", 1), chars(DIGITS, 8))
        .as(String::concat)
        .map(nine -> Npi.of(nine + Npi.checkDigit(nine)));
  }

  /**
   * Any amount the model accepts, negative ones included: small amounts often, and one in five
   * within a dollar of {@link Money#MAX} or of its negative.
   *
   * @return amounts
   */
  public static Arbitrary<Money> money() {
    return amounts(-Money.MAX_CENTS, Money.MAX_CENTS);
  }

  /**
   * Amounts from zero to {@link Money#MAX}, one in five of them within a dollar of either end.
   *
   * @return amounts that are not negative
   */
  public static Arbitrary<Money> nonNegativeMoney() {
    return amounts(0, Money.MAX_CENTS);
  }

  /**
   * Line charges: from 0.01 to {@link ClaimLine#MAX_CHARGE}, one in five of them within a dollar of
   * either end.
   *
   * @return charges
   */
  public static Arbitrary<Money> charges() {
    return amounts(1, ClaimLine.MAX_CHARGE.cents());
  }

  /**
   * Percentages from 0 to 1,000 with up to two decimals.
   *
   * @return percentages
   */
  public static Arbitrary<Percent> percents() {
    return Arbitraries.integers().between(0, Percent.MAX_BASIS_POINTS).map(Percent::ofBasisPoints);
  }

  /**
   * Shares of a whole: percentages from 0 to 100 with up to two decimals, such as a coinsurance.
   *
   * @return percentages that are at most 100
   */
  public static Arbitrary<Percent> shares() {
    return Arbitraries.integers()
        .between(0, Percent.HUNDRED.basisPoints())
        .map(Percent::ofBasisPoints);
  }

  // ---------------------------------------------------------------------------------- the claim

  /**
   * Patients born, when a birth date is given, before 2026-01-01; see {@link
   * #patientsBornBefore(LocalDate)}.
   *
   * @return patients
   */
  public static Arbitrary<Patient> patients() {
    return patientsBornBefore(ANCHOR);
  }

  /**
   * Patients with a birth date strictly before a day (about 70% of them), an age instead (20%), or
   * neither; any sex; and, each 90% of the time, a recognizable member id, given name and family
   * name (see the class description).
   *
   * @param day the day every birth date is before, such as the first date of service of a claim
   * @return patients
   * @throws IllegalArgumentException when the day is not after 1850-01-01
   */
  public static Arbitrary<Patient> patientsBornBefore(LocalDate day) {
    long maxDays = Math.min(MAX_AGE_DAYS, ChronoUnit.DAYS.between(EARLIEST_BIRTH_DATE, day));
    checkArgument(maxDays >= 1, "no birth date the model accepts is before %s", day);
    Arbitrary<AgeOrBirthDate> ageOrBirthDate =
        Arbitraries.frequencyOf(
            List.of(
                Tuple.of(
                    7,
                    Arbitraries.longs()
                        .between(1, maxDays)
                        .map(days -> AgeOrBirthDate.born(day.minusDays(days)))),
                Tuple.of(
                    2,
                    Arbitraries.integers().between(0, Patient.MAX_AGE).map(AgeOrBirthDate::aged)),
                Tuple.of(1, Arbitraries.just(AgeOrBirthDate.UNKNOWN))));
    return Builders.withBuilder(Patient::builder)
        .use(ageOrBirthDate)
        .in((b, v) -> b.age(v.age()).birthDate(v.birthDate()))
        .use(Arbitraries.of(Sex.class))
        .in((b, v) -> b.sex(v))
        .use(memberIds())
        .withProbability(0.9)
        .in((b, v) -> b.memberId(v))
        .use(names())
        .withProbability(0.9)
        .in((b, v) -> b.givenName(v))
        .use(names())
        .withProbability(0.9)
        .in((b, v) -> b.familyName(v))
        .build(Patient.Builder::build);
  }

  /**
   * Rendering providers of any specialty and credential, with valid NPIs.
   *
   * @return providers
   */
  public static Arbitrary<Provider> providers() {
    return Combinators.combine(
            npis(), Arbitraries.of(Specialty.class), Arbitraries.of(Credential.class))
        .as(Provider::of);
  }

  /**
   * Clinical facts in which every fact is present or absent independently, half of the time each;
   * migraine days never exceed headache days when both are known.
   *
   * @return clinical facts, {@link ClinicalFacts#none()} among them
   */
  public static Arbitrary<ClinicalFacts> clinicalFacts() {
    Arbitrary<Integer> days = Arbitraries.integers().between(0, 31);
    return Builders.withBuilder(ClinicalFacts::builder)
        .use(Arbitraries.of(Intent.class))
        .withProbability(0.5)
        .in((b, v) -> b.intent(v))
        .use(Combinators.combine(days.optional(0.5), days.optional(0.5)).as(Tuple::of))
        .in(
            (b, v) -> {
              v.get1().ifPresent(headache -> b.headacheDaysPerMonth(headache));
              // Migraine days are headache days: capped by them when both are known.
              v.get2()
                  .ifPresent(
                      migraine -> b.migraineDaysPerMonth(Math.min(migraine, v.get1().orElse(31))));
              return b;
            })
        .use(Arbitraries.integers().between(0, 1200))
        .withProbability(0.5)
        .in((b, v) -> b.monthsOfSymptoms(v))
        .use(
            Arbitraries.maps(
                    Arbitraries.of(TherapyKind.class), Arbitraries.integers().between(0, 100))
                .ofMaxSize(TherapyKind.values().length))
        .withProbability(0.5)
        .in((b, v) -> b.failedTherapies(v))
        .use(Arbitraries.integers().between(0, 10_000))
        .withProbability(0.5)
        .in((b, v) -> b.lesionCount(v))
        .use(
            Arbitraries.bigDecimals()
                .between(new BigDecimal("0.01"), BigDecimal.valueOf(100_000))
                .ofScale(2))
        .withProbability(0.5)
        .in((b, v) -> b.treatedAreaSquareCm(v))
        .use(booleans())
        .withProbability(0.5)
        .in((b, v) -> b.functionalImpairment(v))
        .use(booleans())
        .withProbability(0.5)
        .in((b, v) -> b.congenital(v))
        .build(ClinicalFacts.Builder::build);
  }

  /**
   * Claim lines that are valid on their own: diagnosis pointers from 1 to {@value
   * Claim#MAX_DIAGNOSES}, so a line fits only a claim with enough diagnoses (lines taken from
   * {@link #claims()} always fit theirs), and their own date of service 30% of the time.
   *
   * @return claim lines
   */
  public static Arbitrary<ClaimLine> claimLines() {
    return claimLines(dates());
  }

  /**
   * Valid claims: 1 to {@value Claim#MAX_DIAGNOSES} distinct diagnoses (mostly from our domain), 1
   * to {@value Claim#MAX_LINES} lines whose pointers all point to one of them, submitted 0 to 730
   * days after the date of service, lines with their own date of service from 30 days before the
   * claim's to its submission, and a patient born before every date of service. Shrinks towards
   * fewer diagnoses and fewer lines.
   *
   * @return claims
   */
  public static Arbitrary<Claim> claims() {
    Arbitrary<ClaimCore> cores =
        Combinators.combine(
                dates(),
                Arbitraries.integers().between(0, MAX_DAYS_TO_SUBMISSION),
                billedDiagnoses()
                    .list()
                    .uniqueElements()
                    .ofMinSize(1)
                    .ofMaxSize(Claim.MAX_DIAGNOSES),
                claimLines(
                        datesBetween(ANCHOR_EARLIEST_LINE, ANCHOR.plusDays(MAX_DAYS_TO_SUBMISSION)))
                    .list()
                    .ofMinSize(1)
                    .ofMaxSize(Claim.MAX_LINES),
                patientsBornBefore(ANCHOR_EARLIEST_LINE))
            .as(ClaimCore::new);
    return Builders.withBuilder(Claim::builder)
        .use(identifiers(38))
        .in((b, v) -> b.claimId(v))
        .use(providers())
        .in((b, v) -> b.provider(v))
        .use(Arbitraries.of(NetworkStatus.class))
        .in((b, v) -> b.networkStatus(v))
        .use(Arbitraries.of(FacilityKind.class))
        .in((b, v) -> b.facility(v))
        .use(placesOfService())
        .in((b, v) -> b.placeOfService(v))
        .use(identifiers(30))
        .withProbability(0.2)
        .in((b, v) -> b.referralNumber(v))
        .use(cores)
        .in((b, core) -> core.addTo(b))
        .build(Claim.Builder::build);
  }

  private static Arbitrary<ClaimLine> claimLines(Arbitrary<LocalDate> ownDates) {
    Arbitrary<List<Integer>> pointers =
        Arbitraries.integers()
            .between(1, Claim.MAX_DIAGNOSES)
            .list()
            .uniqueElements()
            .ofMinSize(1)
            .ofMaxSize(ClaimLine.MAX_POINTERS);
    return Builders.withBuilder(ClaimLine::builder)
        .use(billedProcedures())
        .in((b, v) -> b.procedure(v))
        .use(modifiers().list().uniqueElements().ofMaxSize(ClaimLine.MAX_MODIFIERS))
        .in((b, v) -> b.modifiers(v))
        .use(Arbitraries.integers().between(1, ClaimLine.MAX_UNITS))
        .in((b, v) -> b.units(v))
        .use(charges())
        .in((b, v) -> b.charge(v))
        .use(pointers)
        .in((b, v) -> b.diagnosisPointers(v))
        .use(ownDates)
        .withProbability(0.3)
        .in((b, v) -> b.dateOfService(v))
        .use(identifiers(50))
        .withProbability(0.3)
        .in((b, v) -> b.authorizationNumber(v))
        .build(ClaimLine.Builder::build);
  }

  /**
   * The parts of a claim that must agree, drawn as if its date of service were {@link #ANCHOR}
   * (lines from 30 days before, the patient born before that) and then moved in time, every date
   * with it, to its real date of service. Drawing them independently, rather than one from another,
   * keeps generation fast and lets each part shrink on its own.
   */
  private record ClaimCore(
      LocalDate serviced,
      int daysToSubmission,
      List<DiagnosisCode> diagnoses,
      List<ClaimLine> lines,
      Patient patient) {

    Claim.Builder addTo(Claim.Builder claim) {
      long shift = ChronoUnit.DAYS.between(ANCHOR, serviced);
      LocalDate submitted = serviced.plusDays(daysToSubmission);
      claim.dateOfService(serviced).submissionDate(submitted).diagnoses(diagnoses);
      claim.patient(
          patient.birthDate().isEmpty()
              ? patient
              : Patient.builder()
                  .from(patient)
                  .birthDate(patient.birthDate().get().plusDays(shift))
                  .build());
      for (ClaimLine line : lines) {
        // Pointers drawn from 1 to 12 are folded onto this claim's diagnoses.
        List<Integer> pointers =
            line.diagnosisPointers().stream()
                .map(p -> (p - 1) % diagnoses.size() + 1)
                .distinct()
                .collect(Collectors.toList());
        ClaimLine.Builder fitted = ClaimLine.builder().from(line).diagnosisPointers(pointers);
        line.dateOfService()
            .ifPresent(own -> fitted.dateOfService(min(own.plusDays(shift), submitted)));
        claim.addLines(fitted.build());
      }
      return claim;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
      return a.isBefore(b) ? a : b;
    }
  }

  // ------------------------------------------------------------------------------------ the plan

  /**
   * Cost sharing for one tier: any deductible, a coinsurance of at most 100%, copays for some
   * classes of service, and (80% of the time) an out-of-pocket maximum at least the deductible.
   *
   * @return cost sharing
   */
  public static Arbitrary<CostSharing> costSharings() {
    return Builders.withBuilder(CostSharing::builder)
        .use(
            Combinators.combine(nonNegativeMoney(), nonNegativeMoney().optional(0.8)).as(Tuple::of))
        .in(
            (b, v) -> {
              Money deductible = v.get1();
              if (v.get2().isEmpty()) {
                return b.deductible(deductible);
              }
              Money other = v.get2().get();
              return b.deductible(Money.min(deductible, other))
                  .outOfPocketMaximum(Money.max(deductible, other));
            })
        .use(shares())
        .in((b, v) -> b.coinsurance(v))
        .use(
            Arbitraries.maps(Arbitraries.of(ServiceClass.class), nonNegativeMoney())
                .ofMaxSize(ServiceClass.values().length))
        .in((b, v) -> b.copays(v))
        .build(CostSharing.Builder::build);
  }

  /**
   * Plans of every product type, with or without out-of-network cost sharing, exclusions, excluded
   * and prior-authorization codes, a fee schedule, reference percentages, a policy set and payer
   * overrides of predicted adjustments.
   *
   * @return plans
   */
  public static Arbitrary<Plan> plans() {
    return Builders.withBuilder(Plan::builder)
        .use(identifiers(64))
        .in((b, v) -> b.id(v))
        .use(Arbitraries.of(ProductType.class))
        .in((b, v) -> b.productType(v))
        .use(costSharings())
        .in((b, v) -> b.inNetwork(v))
        .use(costSharings())
        .withProbability(0.5)
        .in((b, v) -> b.outOfNetwork(v))
        .use(booleans())
        .in((b, v) -> b.referralRequired(v))
        .use(Arbitraries.integers().between(1, 3650))
        .withProbability(0.5)
        .in((b, v) -> b.filingLimitDays(v))
        .use(Arbitraries.of(BenefitExclusion.class).set())
        .in((b, v) -> b.exclusions(v))
        .use(billedProcedures().set().ofMaxSize(5))
        .in((b, v) -> b.excludedProcedures(v))
        .use(billedProcedures().set().ofMaxSize(5))
        .in((b, v) -> b.priorAuthorizationCodes(v))
        .use(Arbitraries.maps(billedProcedures(), nonNegativeMoney()).ofMaxSize(10))
        .in((b, v) -> b.feeSchedule(v))
        .use(percents())
        .withProbability(0.5)
        .in((b, v) -> b.allowedPercentOfReference(v))
        .use(percents())
        .withProbability(0.5)
        .in((b, v) -> b.outOfNetworkAllowedPercentOfReference(v))
        .use(identifiers(64))
        .withProbability(0.3)
        .in((b, v) -> b.policySet(v))
        .use(
            Arbitraries.maps(Arbitraries.of(FindingCategory.class), predictedAdjustments())
                .ofMaxSize(4))
        .in((b, v) -> b.denialCodeOverrides(v))
        .build(Plan.Builder::build);
  }

  /**
   * Deductible and out-of-pocket amounts met so far, each from zero to {@link Money#MAX}.
   *
   * @return accumulators
   */
  public static Arbitrary<Accumulators> accumulators() {
    return Combinators.combine(
            nonNegativeMoney(), nonNegativeMoney(), nonNegativeMoney(), nonNegativeMoney())
        .as(
            (deductible, outOfPocket, outOfNetworkDeductible, outOfNetworkOutOfPocket) ->
                Accumulators.builder()
                    .deductibleMet(deductible)
                    .outOfPocketMet(outOfPocket)
                    .outOfNetworkDeductibleMet(outOfNetworkDeductible)
                    .outOfNetworkOutOfPocketMet(outOfNetworkOutOfPocket)
                    .build());
  }

  /**
   * Prior authorizations for one to four codes (mostly from our domain), valid for 1 to 367 days,
   * each code limited in units half of the time.
   *
   * @return authorizations
   */
  public static Arbitrary<Authorization> authorizations() {
    return Combinators.combine(
            identifiers(50),
            billedProcedures().set().ofMinSize(1).ofMaxSize(4),
            Arbitraries.integers().between(1, 99_999).list().ofSize(4),
            Arbitraries.of(true, false).list().ofSize(4),
            dates(),
            Arbitraries.integers().between(0, 366))
        .as(
            (number, codes, units, limited, from, days) -> {
              Authorization.Builder b =
                  Authorization.builder()
                      .number(number)
                      .procedures(codes)
                      .validFrom(from)
                      .validTo(from.plusDays(days));
              int i = 0;
              for (ProcedureCode code : codes) {
                if (limited.get(i)) {
                  b.putUnits(code, units.get(i));
                }
                i++;
              }
              return b.build();
            });
  }

  /**
   * Services a patient already received: mostly codes of our domain, so that histories repeat
   * codes.
   *
   * @return prior services
   */
  public static Arbitrary<PriorService> priorServices() {
    return Builders.withBuilder(PriorService::builder)
        .use(billedProcedures())
        .in((b, v) -> b.procedure(v))
        .use(dates())
        .in((b, v) -> b.dateOfService(v))
        .use(npis())
        .in((b, v) -> b.provider(v))
        .use(Arbitraries.integers().between(1, ClaimLine.MAX_UNITS))
        .in((b, v) -> b.units(v))
        .use(modifiers().list().uniqueElements().ofMaxSize(ClaimLine.MAX_MODIFIERS))
        .in((b, v) -> b.modifiers(v))
        .build(PriorService.Builder::build);
  }

  /**
   * Histories of up to 20 prior services, empty ones included.
   *
   * @return service histories
   */
  public static Arbitrary<ServiceHistory> serviceHistories() {
    return priorServices().list().ofMaxSize(20).map(ServiceHistory::of);
  }

  // ------------------------------------------------------------------------------------ denials

  /**
   * Claim adjustment reason codes: mostly the ones the checker predicts (4, 6, 8, 11, 15, 18, 29,
   * 50, 55, 96, 119, 151, 197, 204), sometimes any well-formed one such as {@code B7}.
   *
   * @return reason codes
   */
  public static Arbitrary<ReasonCode> reasonCodes() {
    Arbitrary<String> any =
        Combinators.combine(
                Arbitraries.strings().withChars(UPPER).ofMaxLength(1),
                Arbitraries.strings().withChars(DIGITS).ofMinLength(1).ofMaxLength(3))
            .as(String::concat);
    return Arbitraries.frequencyOf(
            List.of(Tuple.of(3, Arbitraries.of(COMMON_REASON_CODES)), Tuple.of(1, any)))
        .map(ReasonCode::of);
  }

  /**
   * Remittance advice remark codes: one or two letters and one to four digits, such as {@code
   * N425}.
   *
   * @return remark codes
   */
  public static Arbitrary<RemarkCode> remarkCodes() {
    return Combinators.combine(
            Arbitraries.strings().withChars(UPPER).ofMinLength(1).ofMaxLength(2),
            Arbitraries.strings().withChars(DIGITS).ofMinLength(1).ofMaxLength(4))
        .as(String::concat)
        .map(RemarkCode::of);
  }

  /**
   * Predicted adjustments: any group code and reason code, with a remark code 30% of the time.
   *
   * @return predicted adjustments, such as {@code CO-50} or {@code PR-96/N425}
   */
  public static Arbitrary<PredictedAdjustment> predictedAdjustments() {
    return Combinators.combine(
            Arbitraries.of(GroupCode.class), reasonCodes(), remarkCodes().optional(0.3))
        .as(
            (group, reason, remark) ->
                remark.isPresent()
                    ? PredictedAdjustment.of(group, reason, remark.get())
                    : PredictedAdjustment.of(group, reason));
  }

  // ------------------------------------------------------------------------------------ helpers

  /** Procedure codes as billed: three in four from our domain, the rest any well-formed code. */
  private static Arbitrary<ProcedureCode> billedProcedures() {
    return Arbitraries.frequencyOf(
        List.of(Tuple.of(3, domainProcedureCodes()), Tuple.of(1, procedureCodes())));
  }

  /** Diagnosis codes as billed: three in four from our domain, the rest any well-formed code. */
  private static Arbitrary<DiagnosisCode> billedDiagnoses() {
    return Arbitraries.frequencyOf(
        List.of(Tuple.of(3, domainDiagnosisCodes()), Tuple.of(1, diagnosisCodes())));
  }

  /** Amounts in a range, one in five of them within a dollar of one of its ends. */
  private static Arbitrary<Money> amounts(long minCents, long maxCents) {
    return Arbitraries.frequencyOf(
            List.of(
                Tuple.of(8, Arbitraries.longs().between(minCents, maxCents)),
                Tuple.of(1, Arbitraries.longs().between(minCents, minCents + 100)),
                Tuple.of(1, Arbitraries.longs().between(maxCents - 100, maxCents))))
        .map(Money::ofCents);
  }

  private static Arbitrary<LocalDate> dates() {
    return Arbitraries.integers()
        .between(-DAYS_BEFORE_ANCHOR, DAYS_AFTER_ANCHOR)
        .map(days -> ANCHOR.plusDays(days));
  }

  private static Arbitrary<LocalDate> datesBetween(LocalDate first, LocalDate last) {
    return Arbitraries.longs()
        .between(0, ChronoUnit.DAYS.between(first, last))
        .map(days -> first.plusDays(days));
  }

  /** Ids as the model accepts them: letters, digits and {@code - _ . /}. */
  private static Arbitrary<String> identifiers(int maxLength) {
    return Arbitraries.strings().withChars(IDENTIFIER_CHARS).ofMinLength(1).ofMaxLength(maxLength);
  }

  /** {@code MBR} and a random core long enough that finding it anywhere else is a leak. */
  private static Arbitrary<String> memberIds() {
    return Arbitraries.strings()
        .withChars(ALPHANUMERIC)
        .ofMinLength(8)
        .ofMaxLength(12)
        .map(core -> "MBR" + core);
  }

  /** Random letter strings, capitalized, long enough that finding one elsewhere is a leak. */
  private static Arbitrary<String> names() {
    return Combinators.combine(
            chars(UPPER, 1), Arbitraries.strings().withChars(LOWER).ofMinLength(7).ofMaxLength(11))
        .as(String::concat);
  }

  private static Arbitrary<String> chars(String alphabet, int length) {
    return Arbitraries.strings().withChars(alphabet).ofLength(length);
  }

  private static Arbitrary<Boolean> booleans() {
    return Arbitraries.of(false, true);
  }

  /** A patient's age, or birth date, or neither: the model accepts at most one of the two. */
  private record AgeOrBirthDate(OptionalInt age, Optional<LocalDate> birthDate) {
    static final AgeOrBirthDate UNKNOWN = new AgeOrBirthDate(OptionalInt.empty(), Optional.empty());

    static AgeOrBirthDate aged(int years) {
      return new AgeOrBirthDate(OptionalInt.of(years), Optional.empty());
    }

    static AgeOrBirthDate born(LocalDate date) {
      return new AgeOrBirthDate(OptionalInt.empty(), Optional.of(date));
    }
  }
}

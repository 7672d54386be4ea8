package dev.coverage.core.check;

import dev.coverage.core.claim.Claim;
import dev.coverage.core.claim.ClaimLine;
import dev.coverage.core.claim.Credential;
import dev.coverage.core.claim.FacilityKind;
import dev.coverage.core.claim.Intent;
import dev.coverage.core.claim.NetworkStatus;
import dev.coverage.core.claim.Patient;
import dev.coverage.core.claim.Provider;
import dev.coverage.core.claim.Sex;
import dev.coverage.core.claim.Specialty;
import dev.coverage.core.claim.TherapyKind;
import dev.coverage.core.code.DiagnosisCode;
import dev.coverage.core.code.Modifier;
import dev.coverage.core.code.Money;
import dev.coverage.core.code.Npi;
import dev.coverage.core.code.Percent;
import dev.coverage.core.code.PlaceOfService;
import dev.coverage.core.code.ProcedureCode;
import dev.coverage.core.plan.BenefitExclusion;
import dev.coverage.core.plan.CostSharing;
import dev.coverage.core.plan.Plan;
import dev.coverage.core.plan.ProductType;
import dev.coverage.core.reference.Citation;
import dev.coverage.core.reference.Classification;
import dev.coverage.core.reference.CoveragePolicies;
import dev.coverage.core.reference.CoveragePolicy;
import dev.coverage.core.reference.Criteria;
import dev.coverage.core.reference.DiagnosisCatalog;
import dev.coverage.core.reference.DiagnosisEntry;
import dev.coverage.core.reference.EffectiveDates;
import dev.coverage.core.reference.FrequencyLimit;
import dev.coverage.core.reference.Indication;
import dev.coverage.core.reference.ModifierIndicator;
import dev.coverage.core.reference.MueAdjudication;
import dev.coverage.core.reference.MueLimit;
import dev.coverage.core.reference.NcciEdits;
import dev.coverage.core.reference.PlaceOfServiceCatalog;
import dev.coverage.core.reference.PriorAuthorizationRule;
import dev.coverage.core.reference.ProcedureCatalog;
import dev.coverage.core.reference.ProcedureInfo;
import dev.coverage.core.reference.ProcedureKind;
import dev.coverage.core.reference.PtpEdit;
import dev.coverage.core.reference.ReferenceTables;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Small in-memory reference data for the checker's own tests: a handful of the domain's codes and
 * policies modelled on DOMAIN.md, and NCCI facts taken from the CMS 2024 Q3 practitioner tables
 * (11901/11900 indicator 0, 15789/15788 indicator 1, 64615/99213 indicator 1; MUE 64615 = 1 MAI 2,
 * 11900 = 1 MAI 2, J0585 = 600 MAI 3). Global periods from the CY2024 PFS RVU file.
 */
final class Fixtures {
  static final LocalDate DOS = LocalDate.of(2026, 3, 2);
  static final LocalDate FY2026_END = LocalDate.of(2026, 9, 30);
  static final Npi NEUROLOGIST = Npi.of("1234567893");
  static final Npi DERMATOLOGIST = npi("123456780");
  static final Citation MIGRAINE_SOURCE =
      Citation.of("Test policy: botulinum toxin for chronic migraine", Optional.empty(), true);

  static final ReferenceTables REFERENCE =
      ReferenceTables.builder()
          .version("fixtures")
          .procedures(ProcedureCatalog.of(procedures(), Set.of()))
          .diagnoses(DiagnosisCatalog.of(diagnoses(), List.of()))
          .placesOfService(
              PlaceOfServiceCatalog.of(
                  IntStream.of(2, 10, 11, 12, 19, 22, 24).mapToObj(PlaceOfService::of).toList()))
          .policies(CoveragePolicies.of(policies()))
          .ncci(NcciEdits.of(ptp(), mue()))
          .build();

  static final CoverageChecker CHECKER = CoverageChecker.using(REFERENCE);

  private Fixtures() {}

  static Npi npi(String nineDigits) {
    return Npi.of(nineDigits + Npi.checkDigit(nineDigits));
  }

  private static List<ProcedureInfo> procedures() {
    List<ProcedureInfo> p = new ArrayList<>();
    p.add(proc("64615", "Chemodenervation for migraine", ProcedureKind.PROCEDURE, 10));
    p.add(proc("64650", "Chemodenervation, axillae", ProcedureKind.PROCEDURE, 0));
    p.add(proc("11900", "Intralesional injection, up to 7", ProcedureKind.PROCEDURE, 0));
    p.add(proc("11901", "Intralesional injection, over 7", ProcedureKind.PROCEDURE, 0));
    p.add(proc("15788", "Chemical peel, face, epidermal", ProcedureKind.PROCEDURE, 90));
    p.add(proc("15789", "Chemical peel, face, dermal", ProcedureKind.PROCEDURE, 90));
    p.add(proc("17106", "Vascular laser, under 10 sq cm", ProcedureKind.PROCEDURE, 90));
    p.add(
        ProcedureInfo.builder()
            .code(ProcedureCode.of("17999"))
            .label("Unlisted skin procedure")
            .kind(ProcedureKind.PROCEDURE)
            .unlisted(true)
            .build());
    p.add(
        ProcedureInfo.builder()
            .code(ProcedureCode.of("0232T"))
            .label("Platelet-rich plasma injection")
            .kind(ProcedureKind.PROCEDURE)
            .build());
    p.add(
        ProcedureInfo.builder()
            .code(ProcedureCode.of("99213"))
            .label("Office visit, established, low")
            .kind(ProcedureKind.VISIT)
            .build());
    p.add(
        ProcedureInfo.builder()
            .code(ProcedureCode.of("J0585"))
            .label("OnabotulinumtoxinA")
            .kind(ProcedureKind.DRUG)
            .billingUnit("1 unit")
            .singleDoseContainer(true)
            .build());
    p.add(
        ProcedureInfo.builder()
            .code(ProcedureCode.of("J3301"))
            .label("Triamcinolone acetonide")
            .kind(ProcedureKind.DRUG)
            .billingUnit("10 mg")
            .build());
    return p;
  }

  private static ProcedureInfo proc(String code, String label, ProcedureKind kind, int global) {
    return ProcedureInfo.builder()
        .code(ProcedureCode.of(code))
        .label(label)
        .kind(kind)
        .globalDays(global)
        .build();
  }

  private static List<DiagnosisEntry> diagnoses() {
    List<DiagnosisEntry> d = new ArrayList<>();
    for (String billable :
        List.of(
            "G43.709",
            "G43.719",
            "G43.E09",
            "L74.510",
            "L74.511",
            "L63.9",
            "L64.9",
            "L70.0",
            "L90.5",
            "L91.0",
            "L57.0",
            "Q82.5",
            "D18.01",
            "I78.1",
            "L81.1",
            "Z41.1",
            "T21.31XS",
            "R51.9")) {
      d.add(DiagnosisEntry.of(DiagnosisCode.of(billable), true, EffectiveDates.always()));
    }
    for (String header : List.of("G43.7", "L74.51", "L63")) {
      d.add(DiagnosisEntry.of(DiagnosisCode.of(header), false, EffectiveDates.always()));
    }
    d.add(DiagnosisEntry.of(DiagnosisCode.of("L98.8"), true, EffectiveDates.always()));
    // A real change: M72.2 was billable through FY2026 and is a header from FY2027 (CMS FY2027
    // ICD-10-CM addenda, as listed in shared/data/icd10cm/icd10cm_changes_fy2026_to_fy2027.tsv).
    DiagnosisCode changed = DiagnosisCode.of("M72.2");
    d.add(
        DiagnosisEntry.of(
            changed, true, EffectiveDates.between(LocalDate.of(2015, 10, 1), FY2026_END)));
    d.add(DiagnosisEntry.of(changed, false, EffectiveDates.from(FY2026_END.plusDays(1))));
    return d;
  }

  private static List<CoveragePolicy> policies() {
    Citation source = MIGRAINE_SOURCE;
    Indication chronicMigraine =
        Indication.builder()
            .label("chronic migraine")
            .addDiagnoses("G43.7", "G43.E")
            .requires(
                Criteria.builder()
                    .headacheDaysPerMonthAtLeast(15)
                    .migraineDaysPerMonthAtLeast(8)
                    .monthsOfSymptomsAtLeast(3)
                    .putFailedTherapiesAtLeast(TherapyKind.ORAL_MIGRAINE_PROPHYLAXIS, 2)
                    .build())
            .build();
    CoveragePolicy migraine =
        CoveragePolicy.builder()
            .id("commercial/botulinum-toxin/chronic-migraine")
            .policySet("commercial")
            .title("Botulinum toxin for chronic migraine")
            .addProcedures(ProcedureCode.of("64615"), ProcedureCode.of("J0585"))
            .classification(Classification.MEDICAL_WITH_CRITERIA)
            .addIndications(chronicMigraine)
            .addCosmeticDiagnoses("L98.8", "L90.8")
            .priorAuthorization(PriorAuthorizationRule.REQUIRED)
            .addSpecialties(Specialty.NEUROLOGY, Specialty.HEADACHE_MEDICINE)
            .addFacilities(FacilityKind.PHYSICIAN_OFFICE, FacilityKind.HOSPITAL_OUTPATIENT)
            .ageAtLeast(18)
            .frequency(FrequencyLimit.per(1, 84))
            .source(source)
            .build();
    CoveragePolicy medicareMigraine =
        CoveragePolicy.builder()
            .from(migraine)
            .id("medicare-part-b/botulinum-toxin/chronic-migraine")
            .policySet("medicare-part-b")
            .indications(
                List.of(
                    Indication.builder()
                        .label("chronic migraine")
                        .addDiagnoses("G43.7", "G43.E")
                        .requires(
                            Criteria.builder()
                                .headacheDaysPerMonthAtLeast(15)
                                .migraineDaysPerMonthAtLeast(8)
                                .build())
                        .build()))
            .priorAuthorization(PriorAuthorizationRule.NOT_REQUIRED)
            .specialties(List.of())
            .build();
    CoveragePolicy hyperhidrosis =
        CoveragePolicy.builder()
            .id("commercial/botulinum-toxin/axillary-hyperhidrosis")
            .policySet("commercial")
            .title("Botulinum toxin for axillary hyperhidrosis")
            .addProcedures(ProcedureCode.of("64650"), ProcedureCode.of("J0585"))
            .classification(Classification.MEDICAL_WITH_CRITERIA)
            .addIndications(
                Indication.builder()
                    .label("primary axillary hyperhidrosis")
                    .addDiagnoses("L74.510")
                    .requires(
                        Criteria.builder()
                            .putFailedTherapiesAtLeast(TherapyKind.TOPICAL_ALUMINUM_CHLORIDE, 1)
                            .build())
                    .build())
            .priorAuthorization(PriorAuthorizationRule.REQUIRED)
            .ageAtLeast(18)
            .source(Citation.of("Test policy: treatment of hyperhidrosis"))
            .build();
    CoveragePolicy microneedling =
        CoveragePolicy.builder()
            .id("commercial/microneedling")
            .policySet("commercial")
            .title("Microneedling and microdermabrasion")
            .addProcedures(ProcedureCode.of("17999"))
            .classification(Classification.MEDICAL_WITH_CRITERIA)
            .addIndications(
                Indication.builder()
                    .label("burn or traumatic scar")
                    .addDiagnoses("L90.5", "L91.0", "T21.31XS")
                    .requires(Criteria.builder().addIntents(Intent.RECONSTRUCTIVE).build())
                    .build())
            .addCosmeticDiagnoses("L98.8", "L57.8", "L81.1", "L70")
            .priorAuthorization(PriorAuthorizationRule.REQUIRED)
            .addSpecialties(Specialty.DERMATOLOGY, Specialty.PLASTIC_SURGERY)
            .source(Citation.of("Test policy: microneedling"))
            .build();
    CoveragePolicy prp =
        CoveragePolicy.builder()
            .id("commercial/platelet-rich-plasma")
            .policySet("commercial")
            .title("Platelet-rich plasma")
            .addProcedures(ProcedureCode.of("0232T"))
            .classification(Classification.INVESTIGATIONAL)
            .source(Citation.of("Test policy: PRP"))
            .build();
    CoveragePolicy alopecia =
        CoveragePolicy.builder()
            .id("commercial/intralesional-injection")
            .policySet("commercial")
            .title("Intralesional injection")
            .addProcedures(
                ProcedureCode.of("11900"), ProcedureCode.of("11901"), ProcedureCode.of("J3301"))
            .classification(Classification.MEDICAL)
            .addIndications(
                Indication.builder().label("alopecia areata").addDiagnoses("L63").build(),
                Indication.builder().label("keloid").addDiagnoses("L91.0").build())
            .addNonCoveredDiagnoses("L64")
            .source(Citation.of("Test policy: intralesional injection"))
            .build();
    CoveragePolicy laser =
        CoveragePolicy.builder()
            .id("commercial/vascular-laser")
            .policySet("commercial")
            .title("Laser treatment of vascular lesions")
            .addProcedures(ProcedureCode.of("17106"))
            .classification(Classification.MEDICAL_WITH_CRITERIA)
            .addIndications(
                Indication.builder()
                    .label("congenital vascular lesion with impairment")
                    .addDiagnoses("Q82.5", "D18.01")
                    .requires(
                        Criteria.builder()
                            .requiresCongenital(true)
                            .requiresFunctionalImpairment(true)
                            .build())
                    .build(),
                Indication.builder()
                    .label("reconstruction")
                    .addDiagnoses("Q82.5", "D18.01")
                    .requires(Criteria.builder().addIntents(Intent.RECONSTRUCTIVE).build())
                    .build())
            .addCosmeticDiagnoses("I78.1")
            .priorAuthorization(PriorAuthorizationRule.REQUIRED)
            .source(Citation.of("Test policy: vascular lesions"))
            .build();
    CoveragePolicy peel =
        CoveragePolicy.builder()
            .id("commercial/chemical-peel")
            .policySet("commercial")
            .title("Chemical peels")
            .addProcedures(ProcedureCode.of("15788"), ProcedureCode.of("15789"))
            .classification(Classification.MEDICAL_WITH_CRITERIA)
            .addIndications(
                Indication.builder()
                    .label("actinic keratoses")
                    .addDiagnoses("L57.0")
                    .requires(Criteria.builder().lesionCountAtLeast(10).build())
                    .build())
            .addCosmeticDiagnoses("L57.8", "L81.1", "L98.8")
            .source(Citation.of("Test policy: chemical peels"))
            .build();
    CoveragePolicy medicareCosmetic =
        CoveragePolicy.builder()
            .id("medicare-part-b/microneedling")
            .policySet("medicare-part-b")
            .title("Microneedling (Medicare)")
            .addProcedures(ProcedureCode.of("17999"))
            .classification(Classification.COSMETIC)
            .source(Citation.of("Test policy: Medicare cosmetic exclusion"))
            .build();
    return List.of(
        migraine,
        medicareMigraine,
        hyperhidrosis,
        microneedling,
        prp,
        alopecia,
        laser,
        peel,
        medicareCosmetic);
  }

  private static List<PtpEdit> ptp() {
    return List.of(
        edit("11901", "11900", ModifierIndicator.NOT_ALLOWED),
        edit("15789", "15788", ModifierIndicator.ALLOWED),
        edit("64615", "99213", ModifierIndicator.ALLOWED),
        edit("11900", "99213", ModifierIndicator.ALLOWED));
  }

  private static PtpEdit edit(String c1, String c2, ModifierIndicator indicator) {
    return PtpEdit.builder()
        .column1(ProcedureCode.of(c1))
        .column2(ProcedureCode.of(c2))
        .modifierIndicator(indicator)
        .build();
  }

  private static List<MueLimit> mue() {
    return List.of(
        limit("64615", 1, MueAdjudication.DATE_OF_SERVICE_POLICY),
        limit("11900", 1, MueAdjudication.DATE_OF_SERVICE_POLICY),
        limit("J0585", 600, MueAdjudication.DATE_OF_SERVICE_CLINICAL),
        limit("J3301", 16, MueAdjudication.DATE_OF_SERVICE_CLINICAL),
        limit("64650", 1, MueAdjudication.LINE));
  }

  private static MueLimit limit(String code, int units, MueAdjudication mai) {
    return MueLimit.builder().code(ProcedureCode.of(code)).units(units).adjudication(mai).build();
  }

  // ---- plans

  static Plan ppo() {
    return Plan.builder()
        .id("TEST-PPO")
        .productType(ProductType.PPO)
        .inNetwork(
            CostSharing.builder()
                .deductible(Money.of("1000"))
                .coinsurance(Percent.of(20))
                .outOfPocketMaximum(Money.of("5000"))
                .build())
        .outOfNetwork(
            CostSharing.builder()
                .deductible(Money.of("2000"))
                .coinsurance(Percent.of(40))
                .outOfPocketMaximum(Money.of("10000"))
                .build())
        .addExclusions(BenefitExclusion.COSMETIC, BenefitExclusion.INVESTIGATIONAL)
        .build();
  }

  static Plan hmo() {
    return Plan.builder()
        .id("TEST-HMO")
        .productType(ProductType.HMO)
        .inNetwork(CostSharing.builder().coinsurance(Percent.of(10)).build())
        .referralRequired(true)
        .addExclusions(BenefitExclusion.COSMETIC)
        .build();
  }

  static Plan medicare() {
    return Plan.builder()
        .id("MEDICARE-B")
        .productType(ProductType.MEDICARE_PART_B)
        .inNetwork(
            CostSharing.builder().deductible(Money.of("257")).coinsurance(Percent.of(20)).build())
        .build();
  }

  // ---- claims

  /** A claim under construction; every setter returns this draft. */
  static final class Draft {
    private final Claim.Builder claim = Claim.builder();
    private final List<ClaimLine> lines = new ArrayList<>();
    private Patient patient = Patient.builder().age(40).sex(Sex.FEMALE).build();
    private Provider provider = Provider.of(DERMATOLOGIST, Specialty.DERMATOLOGY, Credential.MD);

    Draft() {
      claim
          .claimId("T-1")
          .networkStatus(NetworkStatus.IN_NETWORK)
          .facility(FacilityKind.PHYSICIAN_OFFICE)
          .placeOfService(PlaceOfService.OFFICE)
          .dateOfService(DOS)
          .submissionDate(DOS.plusDays(3));
    }

    Draft dx(String... codes) {
      for (String c : codes) {
        claim.addDiagnoses(DiagnosisCode.of(c));
      }
      return this;
    }

    Draft line(String code, int units, String charge, int... pointers) {
      return line(code, units, charge, List.of(), null, pointers);
    }

    Draft line(
        String code,
        int units,
        String charge,
        List<String> modifiers,
        String authorization,
        int... pointers) {
      ClaimLine.Builder b =
          ClaimLine.builder()
              .procedure(ProcedureCode.of(code))
              .units(units)
              .charge(Money.of(charge))
              .addDiagnosisPointers(pointers.length == 0 ? new int[] {1} : pointers);
      for (String m : modifiers) {
        b.addModifiers(Modifier.of(m));
      }
      if (authorization != null) {
        b.authorizationNumber(authorization);
      }
      lines.add(b.build());
      return this;
    }

    Draft patient(Patient p) {
      this.patient = p;
      return this;
    }

    Draft age(int age) {
      this.patient = Patient.builder().age(age).sex(Sex.FEMALE).build();
      return this;
    }

    Draft provider(Npi npi, Specialty specialty, Credential credential) {
      this.provider = Provider.of(npi, specialty, credential);
      return this;
    }

    Draft neurologist() {
      return provider(NEUROLOGIST, Specialty.NEUROLOGY, Credential.MD);
    }

    Draft network(NetworkStatus status) {
      claim.networkStatus(status);
      return this;
    }

    Draft facility(FacilityKind facility) {
      claim.facility(facility);
      return this;
    }

    Draft placeOfService(String pos) {
      claim.placeOfService(PlaceOfService.of(pos));
      return this;
    }

    Draft on(LocalDate date) {
      claim.dateOfService(date).submissionDate(date.plusDays(3));
      return this;
    }

    Draft submitted(LocalDate date) {
      claim.submissionDate(date);
      return this;
    }

    Draft referral(String number) {
      claim.referralNumber(number);
      return this;
    }

    Claim build() {
      return claim.patient(patient).provider(provider).lines(lines).build();
    }
  }

  static Draft claim() {
    return new Draft();
  }
}

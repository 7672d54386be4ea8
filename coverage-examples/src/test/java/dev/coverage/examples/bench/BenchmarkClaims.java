package dev.coverage.examples.bench;

import dev.coverage.core.claim.Claim;
import dev.coverage.core.claim.ClaimLine;
import dev.coverage.core.claim.ClinicalFacts;
import dev.coverage.core.claim.Credential;
import dev.coverage.core.claim.FacilityKind;
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
import dev.coverage.core.plan.Authorization;
import dev.coverage.core.plan.CostSharing;
import dev.coverage.core.plan.Plan;
import dev.coverage.core.plan.PriorService;
import dev.coverage.core.plan.ProductType;
import dev.coverage.core.plan.ServiceHistory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The claims the benchmarks check, built once. */
final class BenchmarkClaims {
  static final LocalDate DAY = LocalDate.of(2026, 3, 2);
  static final Npi NEUROLOGIST = Npi.of("1234567893");

  static final Plan PPO =
      Plan.builder()
          .id("BENCH-PPO")
          .productType(ProductType.PPO)
          .inNetwork(
              CostSharing.builder()
                  .deductible(Money.of("1000"))
                  .coinsurance(Percent.of(20))
                  .outOfPocketMaximum(Money.of("5000"))
                  .build())
          .build();

  static final ClinicalFacts DOCUMENTED =
      ClinicalFacts.builder()
          .headacheDaysPerMonth(20)
          .migraineDaysPerMonth(12)
          .monthsOfSymptoms(8)
          .putFailedTherapies(TherapyKind.ORAL_MIGRAINE_PROPHYLAXIS, 2)
          .build();

  static final List<Authorization> AUTHORIZATIONS =
      List.of(
          Authorization.builder()
              .number("PA-100")
              .addProcedures(ProcedureCode.of("64615"), ProcedureCode.of("J0585"))
              .putUnits(ProcedureCode.of("J0585"), 200)
              .validFrom(DAY.minusDays(30))
              .validTo(DAY.plusDays(150))
              .build());

  /**
   * Five lines, four diagnoses, nothing wrong: botulinum toxin for chronic migraine with its drug,
   * an alopecia areata injection with triamcinolone, and a separately identifiable visit.
   */
  static final Claim CLEAN =
      claim(
          NetworkStatus.IN_NETWORK,
          List.of("G43.709", "L63.9", "L91.0", "L57.0"),
          line("64615", 1, "450.00", null, "PA-100", 1),
          line("J0585", 200, "1300.00", "JZ", "PA-100", 1),
          line("11900", 1, "150.00", null, null, 2),
          line("J3301", 2, "30.00", null, null, 2),
          line("99213", 1, "110.00", "25", null, 3));

  /**
   * The same visit gone wrong: network status unknown, no authorization number, no JZ, the visit
   * without 25, and a peel for melasma.
   */
  static final Claim AT_RISK =
      claim(
          NetworkStatus.UNKNOWN,
          List.of("G43.709", "L63.9", "L91.0", "L81.1"),
          line("64615", 1, "450.00", null, null, 1),
          line("J0585", 200, "1300.00", null, null, 1),
          line("11900", 1, "150.00", null, null, 2),
          line("99213", 1, "110.00", null, null, 3),
          line("15788", 1, "400.00", null, null, 4));

  /** 1,000 prior services over three years, for the frequency and duplicate rules. */
  static final ServiceHistory LONG_HISTORY = history(1000);

  private BenchmarkClaims() {}

  private static ClaimLine line(
      String code, int units, String charge, String modifier, String auth, int pointer) {
    ClaimLine.Builder b =
        ClaimLine.builder()
            .procedure(ProcedureCode.of(code))
            .units(units)
            .charge(Money.of(charge))
            .addDiagnosisPointers(pointer);
    if (modifier != null) {
      b.addModifiers(Modifier.of(modifier));
    }
    if (auth != null) {
      b.authorizationNumber(auth);
    }
    return b.build();
  }

  private static Claim claim(NetworkStatus network, List<String> dx, ClaimLine... lines) {
    Claim.Builder b =
        Claim.builder()
            .claimId("BENCH-1")
            .patient(Patient.builder().age(45).sex(Sex.FEMALE).build())
            .provider(Provider.of(NEUROLOGIST, Specialty.NEUROLOGY, Credential.MD))
            .networkStatus(network)
            .facility(FacilityKind.PHYSICIAN_OFFICE)
            .placeOfService(PlaceOfService.OFFICE)
            .dateOfService(DAY)
            .submissionDate(DAY.plusDays(2))
            .addLines(lines);
    for (String d : dx) {
      b.addDiagnoses(DiagnosisCode.of(d));
    }
    return b.build();
  }

  private static ServiceHistory history(int size) {
    String[] codes = {"99213", "11900", "J3301", "17000", "99214", "64615", "J0585", "17106"};
    List<PriorService> services = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      String code = codes[i % codes.length];
      // Botulinum toxin last given 90 days ago, so the 84-day limit is just met.
      LocalDate date =
          code.equals("64615") || code.equals("J0585")
              ? DAY.minusDays(90 + 7L * i)
              : DAY.minusDays(1 + (i % 1095));
      services.add(
          PriorService.builder()
              .procedure(ProcedureCode.of(code))
              .dateOfService(date)
              .provider(NEUROLOGIST)
              .units(code.equals("J0585") ? 100 : 1)
              .build());
    }
    return ServiceHistory.of(services);
  }
}

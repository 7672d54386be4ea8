package dev.coverage.core.cost;

import dev.coverage.core.claim.Claim;
import dev.coverage.core.claim.ClaimLine;
import dev.coverage.core.claim.Credential;
import dev.coverage.core.claim.FacilityKind;
import dev.coverage.core.claim.NetworkStatus;
import dev.coverage.core.claim.Patient;
import dev.coverage.core.claim.Provider;
import dev.coverage.core.claim.Specialty;
import dev.coverage.core.code.DiagnosisCode;
import dev.coverage.core.code.Money;
import dev.coverage.core.code.Npi;
import dev.coverage.core.code.PlaceOfService;
import dev.coverage.core.code.ProcedureCode;
import java.time.LocalDate;
import java.util.List;

/** Small builders for the claims the cost tests need. */
final class CostFixtures {
  static final LocalDate DATE_OF_SERVICE = LocalDate.of(2026, 3, 2);

  private CostFixtures() {}

  static ClaimLine line(String code, String charge) {
    return line(code, charge, 1);
  }

  static ClaimLine line(String code, String charge, int units) {
    return ClaimLine.builder()
        .procedure(ProcedureCode.of(code))
        .charge(Money.of(charge))
        .units(units)
        .addDiagnosisPointers(1)
        .build();
  }

  static Claim claim(NetworkStatus network, ClaimLine... lines) {
    return claim(network, FacilityKind.PHYSICIAN_OFFICE, List.of(lines));
  }

  static Claim claim(NetworkStatus network, FacilityKind facility, List<ClaimLine> lines) {
    return Claim.builder()
        .claimId("C-1001")
        .patient(
            Patient.builder()
                .age(42)
                .memberId("MEMBER-SECRET-77")
                .givenName("Alexandra")
                .familyName("Quintero")
                .build())
        .provider(Provider.of(Npi.of("1234567893"), Specialty.DERMATOLOGY, Credential.MD))
        .networkStatus(network)
        .facility(facility)
        .placeOfService(
            facility == FacilityKind.HOSPITAL_OUTPATIENT
                ? PlaceOfService.ON_CAMPUS_OUTPATIENT_HOSPITAL
                : facility == FacilityKind.AMBULATORY_SURGERY_CENTER
                    ? PlaceOfService.AMBULATORY_SURGICAL_CENTER
                    : PlaceOfService.OFFICE)
        .dateOfService(DATE_OF_SERVICE)
        .submissionDate(DATE_OF_SERVICE.plusDays(2))
        .addDiagnoses(DiagnosisCode.of("L63.9"))
        .lines(lines)
        .build();
  }

  static Money usd(String amount) {
    return Money.of(amount);
  }
}

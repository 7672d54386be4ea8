package dev.coverage.core.claim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coverage.core.code.DiagnosisCode;
import dev.coverage.core.code.Money;
import dev.coverage.core.code.Npi;
import dev.coverage.core.code.PlaceOfService;
import dev.coverage.core.code.ProcedureCode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ClaimTest {
  private static final LocalDate MARCH_2 = LocalDate.of(2026, 3, 2);

  private static final ClaimLine BOTOX_ADMINISTRATION =
      ClaimLine.builder()
          .procedure(ProcedureCode.of("64615"))
          .charge(Money.of("450"))
          .addDiagnosisPointers(1)
          .build();

  private static final ClaimLine BOTOX_DRUG_ON_FEBRUARY_27 =
      ClaimLine.builder()
          .procedure(ProcedureCode.of("J0585"))
          .units(155)
          .charge(Money.of("1116.00"))
          .addDiagnosisPointers(2, 1)
          .dateOfService(LocalDate.of(2026, 2, 27))
          .build();

  private static final Claim MIGRAINE_CLAIM =
      Claim.builder()
          .claimId("C-1001")
          .patient(Patient.builder().age(42).sex(Sex.FEMALE).build())
          .provider(Provider.of(Npi.of("1234567893"), Specialty.NEUROLOGY, Credential.MD))
          .facility(FacilityKind.PHYSICIAN_OFFICE)
          .placeOfService(PlaceOfService.OFFICE)
          .dateOfService(MARCH_2)
          .submissionDate(LocalDate.of(2026, 3, 4))
          .addDiagnoses(DiagnosisCode.of("G43.709"), DiagnosisCode.of("G43.719"))
          .addLines(BOTOX_ADMINISTRATION, BOTOX_DRUG_ON_FEBRUARY_27)
          .build();

  @Test
  void a_line_without_its_own_date_is_served_on_the_claims_date() {
    assertThat(MIGRAINE_CLAIM.dateOfService(BOTOX_ADMINISTRATION)).isEqualTo(MARCH_2);
  }

  @Test
  void a_line_with_its_own_date_is_served_on_that_date_even_before_the_claims() {
    assertThat(MIGRAINE_CLAIM.dateOfService(BOTOX_DRUG_ON_FEBRUARY_27))
        .isEqualTo(LocalDate.of(2026, 2, 27));
  }

  @Test
  void pointers_count_diagnoses_from_one() {
    assertThat(MIGRAINE_CLAIM.diagnosis(1)).isEqualTo(DiagnosisCode.of("G43.709"));
    assertThat(MIGRAINE_CLAIM.diagnosis(BOTOX_DRUG_ON_FEBRUARY_27.diagnosisPointers().get(0)))
        .isEqualTo(DiagnosisCode.of("G43.719"));
  }

  @Test
  void the_network_status_is_unknown_unless_given() {
    assertThat(MIGRAINE_CLAIM.networkStatus()).isEqualTo(NetworkStatus.UNKNOWN);
  }
}

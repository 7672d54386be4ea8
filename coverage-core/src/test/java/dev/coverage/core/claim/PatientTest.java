package dev.coverage.core.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PatientTest {

  private static Patient bornOn(int year, int month, int day) {
    return Patient.builder().birthDate(LocalDate.of(year, month, day)).build();
  }

  @Test
  void the_age_goes_up_on_the_birthday_not_the_day_before() {
    Patient patient = bornOn(1980, 5, 1);

    assertThat(patient.ageOn(LocalDate.of(2026, 4, 30))).hasValue(45);
    assertThat(patient.ageOn(LocalDate.of(2026, 5, 1))).hasValue(46);
  }

  @Test
  void a_patient_born_on_february_29_turns_one_on_march_1() {
    Patient patient = bornOn(2000, 2, 29);

    assertThat(patient.ageOn(LocalDate.of(2001, 2, 28))).hasValue(0);
    assertThat(patient.ageOn(LocalDate.of(2001, 3, 1))).hasValue(1);
    assertThat(patient.ageOn(LocalDate.of(2004, 2, 29))).hasValue(4);
  }

  @Test
  void a_newborn_is_zero_on_the_day_of_birth() {
    assertThat(bornOn(2026, 1, 5).ageOn(LocalDate.of(2026, 1, 5))).hasValue(0);
  }

  @Test
  void a_given_age_is_the_age_on_any_date() {
    Patient patient = Patient.builder().age(17).build();

    assertThat(patient.ageOn(LocalDate.of(2026, 1, 1))).hasValue(17);
    assertThat(patient.ageOn(LocalDate.of(2040, 1, 1))).hasValue(17);
  }

  @Test
  void the_age_is_unknown_without_age_or_birth_date_or_before_birth() {
    assertThat(Patient.builder().build().ageOn(LocalDate.of(2026, 1, 1))).isEmpty();
    assertThat(bornOn(2026, 1, 5).ageOn(LocalDate.of(2026, 1, 4))).isEmpty();
  }
}

package dev.coverage.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coverage.core.code.Npi;
import dev.coverage.core.code.ProcedureCode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceHistoryTest {
  private static final ProcedureCode BOTOX = ProcedureCode.of("64615");
  private static final ProcedureCode PEEL = ProcedureCode.of("15788");
  private static final Npi NEUROLOGIST = Npi.of("1234567893");

  private static final PriorService BOTOX_IN_MARCH =
      PriorService.of(BOTOX, LocalDate.of(2025, 3, 3), NEUROLOGIST);
  private static final PriorService PEEL_IN_MAY =
      PriorService.of(PEEL, LocalDate.of(2025, 5, 5), NEUROLOGIST);
  private static final PriorService BOTOX_IN_JANUARY =
      PriorService.of(BOTOX, LocalDate.of(2025, 1, 6), NEUROLOGIST);

  private static final ServiceHistory HISTORY =
      ServiceHistory.of(List.of(BOTOX_IN_MARCH, PEEL_IN_MAY, BOTOX_IN_JANUARY));

  @Test
  void the_services_of_a_code_come_in_the_order_given() {
    assertThat(HISTORY.of(BOTOX)).containsExactly(BOTOX_IN_MARCH, BOTOX_IN_JANUARY);
    assertThat(HISTORY.of(PEEL)).containsExactly(PEEL_IN_MAY);
  }

  @Test
  void a_code_never_billed_has_no_services() {
    assertThat(HISTORY.of(ProcedureCode.of("J0585"))).isEmpty();
    assertThat(ServiceHistory.empty().of(BOTOX)).isEmpty();
  }

  @Test
  void the_history_keeps_every_service_in_the_order_given() {
    assertThat(HISTORY.services()).containsExactly(BOTOX_IN_MARCH, PEEL_IN_MAY, BOTOX_IN_JANUARY);
  }

  @Test
  void a_prior_service_is_one_unit_without_modifiers_unless_given() {
    assertThat(BOTOX_IN_MARCH.units()).isEqualTo(1);
    assertThat(BOTOX_IN_MARCH.modifiers()).isEmpty();
  }
}

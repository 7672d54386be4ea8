package dev.coverage.core.plan;

import static dev.coverage.core.internal.Checks.require;

import dev.coverage.core.code.Modifier;
import dev.coverage.core.code.Npi;
import dev.coverage.core.code.ProcedureCode;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/** A service the patient already received: for frequency limits and duplicate detection. */
@Value.Immutable
public abstract class PriorService {
  PriorService() {}

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A prior service of one unit without modifiers.
   *
   * @param procedure the code billed
   * @param date the date of service
   * @param provider the rendering provider's NPI
   * @return the prior service
   */
  public static PriorService of(ProcedureCode procedure, LocalDate date, Npi provider) {
    return builder().procedure(procedure).dateOfService(date).provider(provider).build();
  }

  /** The code billed. */
  public abstract ProcedureCode procedure();

  /** The date of service. */
  public abstract LocalDate dateOfService();

  /** The rendering provider. */
  public abstract Npi provider();

  /** Units billed; 1 unless given. */
  @Value.Default
  public int units() {
    return 1;
  }

  /** Modifiers billed. */
  public abstract List<Modifier> modifiers();

  @Value.Check
  void check() {
    require(units() >= 1 && units() <= 9_999, "units", "must be from 1 to 9999, got %s", units());
    require(modifiers().size() <= 4, "modifiers", "at most 4, got %s", modifiers().size());
  }

  /** Builds a {@link PriorService}. */
  public static final class Builder extends ImmutablePriorService.Builder {}
}

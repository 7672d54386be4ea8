package dev.coverage.core.claim;

import static dev.coverage.core.internal.Checks.require;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * The patient, as far as coverage rules need: age (given directly or through the birth date) and
 * sex. The member id and names may be carried along for the caller's own use; they are {@linkplain
 * Value.Redacted redacted} from {@code toString()}, never appear in a message, and no rule reads
 * them.
 *
 * <p>Age and birth date are each optional, but not both given: with neither, age-bounded policies
 * answer {@code CONDITIONAL} and ask for the age.
 *
 * <pre>{@code
 * Patient p = Patient.builder().birthDate(LocalDate.of(1980, 5, 1)).sex(Sex.FEMALE).build();
 * }</pre>
 */
@Value.Immutable
public abstract class Patient {
  /** The oldest age accepted. */
  public static final int MAX_AGE = 130;

  Patient() {}

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Age in whole years on the date of service, when the birth date is not given. */
  public abstract OptionalInt age();

  /** Birth date; redacted from {@code toString()}. */
  @Value.Redacted
  public abstract Optional<LocalDate> birthDate();

  /** Sex; {@link Sex#UNKNOWN} unless given. */
  @Value.Default
  public Sex sex() {
    return Sex.UNKNOWN;
  }

  /** The plan's member id; redacted, never read by a rule. */
  @Value.Redacted
  public abstract Optional<String> memberId();

  /** Given name; redacted, never read by a rule. */
  @Value.Redacted
  public abstract Optional<String> givenName();

  /** Family name; redacted, never read by a rule. */
  @Value.Redacted
  public abstract Optional<String> familyName();

  /**
   * The age in whole years on a date: the given age, or the years from the birth date.
   *
   * @param date the date of service
   * @return the age, or empty when neither age nor birth date is known
   */
  public OptionalInt ageOn(LocalDate date) {
    if (age().isPresent()) {
      return age();
    }
    Optional<LocalDate> born = birthDate();
    if (born.isEmpty() || born.get().isAfter(date)) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(Period.between(born.get(), date).getYears());
  }

  @Value.Check
  void check() {
    require(
        age().isEmpty() || birthDate().isEmpty(),
        "age",
        "give the age or the birth date, not both");
    if (age().isPresent()) {
      int a = age().getAsInt();
      require(a >= 0 && a <= MAX_AGE, "age", "must be from 0 to %s, got %s", MAX_AGE, a);
    }
    // Never echo the values below: they identify the patient.
    require(
        memberId().map(id -> !id.isBlank() && id.length() <= 80).orElse(true),
        "memberId",
        "must be 1 to 80 characters and not blank");
    require(
        givenName().map(n -> !n.isBlank() && n.length() <= 100).orElse(true),
        "givenName",
        "must be 1 to 100 characters and not blank");
    require(
        familyName().map(n -> !n.isBlank() && n.length() <= 100).orElse(true),
        "familyName",
        "must be 1 to 100 characters and not blank");
    require(
        birthDate().map(d -> d.getYear() >= 1850).orElse(true), "birthDate", "must be after 1850");
  }

  /** Builds a {@link Patient}. */
  public static final class Builder extends ImmutablePatient.Builder {}
}

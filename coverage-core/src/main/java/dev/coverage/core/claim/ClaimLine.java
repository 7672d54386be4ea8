package dev.coverage.core.claim;

import static dev.coverage.core.internal.Checks.require;

import dev.coverage.core.code.Modifier;
import dev.coverage.core.code.Money;
import dev.coverage.core.code.ProcedureCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One service line: a procedure with its modifiers, units and charge, and the claim diagnoses it is
 * for.
 *
 * <p>Limits follow the 837P: up to four modifiers, one to four diagnosis pointers (1-based indexes
 * into {@link Claim#diagnoses()}), units from 1 to {@value #MAX_UNITS}, a charge above zero and at
 * most {@link #MAX_CHARGE}.
 *
 * <pre>{@code
 * ClaimLine line = ClaimLine.builder()
 *     .procedure(ProcedureCode.of("64615")).charge(Money.of("450.00")).addDiagnosisPointers(1)
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class ClaimLine {
  /** The most modifiers on a line. */
  public static final int MAX_MODIFIERS = 4;

  /** The most diagnosis pointers on a line. */
  public static final int MAX_POINTERS = 4;

  /** The most units on a line. */
  public static final int MAX_UNITS = 9_999;

  /** The largest line charge: 9,999,999.99. */
  public static final Money MAX_CHARGE = Money.ofCents(999_999_999L);

  ClaimLine() {}

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The procedure, supply or drug code. */
  public abstract ProcedureCode procedure();

  /** Modifiers, at most four, no repeats, in billed order. */
  public abstract List<Modifier> modifiers();

  /** Units of service; 1 unless given. */
  @Value.Default
  public int units() {
    return 1;
  }

  /** The billed charge for the line, above zero. */
  public abstract Money charge();

  /** One to four 1-based pointers into the claim's diagnoses, the first being the primary. */
  public abstract List<Integer> diagnosisPointers();

  /** The line's own date of service, when it differs from the claim's. */
  public abstract Optional<LocalDate> dateOfService();

  /** The prior authorization number reported on the line. */
  public abstract Optional<String> authorizationNumber();

  /**
   * Whether the line carries a modifier.
   *
   * @param modifier the modifier
   * @return true when present
   */
  public boolean hasModifier(Modifier modifier) {
    List<Modifier> m = modifiers();
    for (int i = 0; i < m.size(); i++) {
      if (m.get(i).equals(modifier)) {
        return true;
      }
    }
    return false;
  }

  @Value.Check
  void check() {
    require(
        modifiers().size() <= MAX_MODIFIERS,
        "modifiers",
        "at most %s modifiers on a line, got %s",
        MAX_MODIFIERS,
        modifiers().size());
    require(distinct(modifiers()), "modifiers", "a modifier appears twice");
    int units = units();
    require(
        units >= 1 && units <= MAX_UNITS,
        "units",
        "must be from 1 to %s, got %s",
        MAX_UNITS,
        units);
    require(charge().isPositive(), "charge", "must be above zero, got %s", charge());
    require(
        charge().compareTo(MAX_CHARGE) <= 0,
        "charge",
        "must be at most %s, got %s",
        MAX_CHARGE,
        charge());
    List<Integer> pointers = diagnosisPointers();
    require(
        !pointers.isEmpty() && pointers.size() <= MAX_POINTERS,
        "diagnosisPointers",
        "one to four pointers, got %s",
        pointers.size());
    int seen = 0; // one bit per diagnosis pointed to
    for (int i = 0; i < pointers.size(); i++) {
      int p = pointers.get(i);
      if (p < 1 || p > Claim.MAX_DIAGNOSES || (seen & (1 << p)) != 0) {
        // Field names are built only on failure: this runs for every line of every claim.
        String field = "diagnosisPointers[" + i + "]";
        require(
            p >= 1 && p <= Claim.MAX_DIAGNOSES,
            field,
            "a pointer is 1 to %s, got %s",
            Claim.MAX_DIAGNOSES,
            p);
        require(false, field, "points to diagnosis %s twice", p);
      }
      seen |= 1 << p;
    }
    if (authorizationNumber().isPresent()) {
      require(
          isIdentifier(authorizationNumber().get(), 50),
          "authorizationNumber",
          "must be 1 to 50 letters, digits or - _ . /");
    }
  }

  private static boolean distinct(List<Modifier> modifiers) {
    for (int i = 1; i < modifiers.size(); i++) {
      for (int j = 0; j < i; j++) {
        if (modifiers.get(i).equals(modifiers.get(j))) {
          return false;
        }
      }
    }
    return true;
  }

  static boolean isIdentifier(String s, int maxLength) {
    if (s.isEmpty() || s.length() > maxLength) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ok =
          (c >= '0' && c <= '9')
              || (c >= 'A' && c <= 'Z')
              || (c >= 'a' && c <= 'z')
              || c == '-'
              || c == '_'
              || c == '.'
              || c == '/';
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /** Builds a {@link ClaimLine}. */
  public static final class Builder extends ImmutableClaimLine.Builder {}
}

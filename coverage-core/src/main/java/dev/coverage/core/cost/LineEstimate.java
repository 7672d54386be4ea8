package dev.coverage.core.cost;

import dev.coverage.core.code.Money;
import org.jspecify.annotations.Nullable;

/**
 * The estimate for one line, every step shown so that a person can explain the figure.
 *
 * <p>For a covered line: {@code copay + deductible + coinsurance - capReduction = patientOwes} and
 * {@code planPays + patientOwes = allowed}. Out of network, {@code balanceBill = charge - allowed}
 * is owed on top; in network it is zero (the difference is the provider's contractual write-off).
 *
 * <p>For a {@linkplain #selfPay() self-pay} line: allowed and patient owes are the whole charge,
 * the plan pays nothing, and the steps are zero.
 *
 * <p>Amounts are held as cents; each accessor returns a {@link Money}.
 */
public final class LineEstimate {
  // Package-private so that Estimate sums them without accessor calls or Money objects. What
  // follows from these (plan pays, patient owes, balance bill) is computed by the accessors.
  final int line;
  final AllowedBasis basis;
  final long charge;
  final long allowed;
  final long copay;
  final long deductible;
  final long coinsurance;
  final long capReduction;
  final boolean selfPay;
  final boolean hsaEligible;
  final boolean balanceBilled;

  LineEstimate(
      int line,
      AllowedBasis basis,
      long charge,
      long allowed,
      long copay,
      long deductible,
      long coinsurance,
      long capReduction,
      boolean selfPay,
      boolean hsaEligible,
      boolean balanceBilled) {
    this.line = line;
    this.basis = basis;
    this.charge = charge;
    this.allowed = allowed;
    this.copay = copay;
    this.deductible = deductible;
    this.coinsurance = coinsurance;
    this.capReduction = capReduction;
    this.selfPay = selfPay;
    this.hsaEligible = hsaEligible;
    this.balanceBilled = balanceBilled;
  }

  static LineEstimate selfPay(int line, long charge, boolean hsaEligible) {
    return new LineEstimate(
        line, AllowedBasis.BILLED_CHARGE, charge, charge, 0, 0, 0, 0, true, hsaEligible, false);
  }

  long patientOwesCents() {
    return selfPay ? charge : copay + deductible + coinsurance - capReduction;
  }

  long balanceBillCents() {
    return balanceBilled ? charge - allowed : 0;
  }

  /** The line's number on the claim, from 1. */
  public int line() {
    return line;
  }

  /** Where the allowed amount came from; {@link AllowedBasis#BILLED_CHARGE} when self-pay. */
  public AllowedBasis basis() {
    return basis;
  }

  /** The billed charge. */
  public Money charge() {
    return Money.ofCents(charge);
  }

  /** The allowed amount, never above the charge; the whole charge when self-pay. */
  public Money allowed() {
    return Money.ofCents(allowed);
  }

  /** The copay for the line's class of service; zero when the plan sets none for it. */
  public Money copay() {
    return Money.ofCents(copay);
  }

  /** The part of the allowed amount that goes to the deductible still to be met. */
  public Money deductible() {
    return Money.ofCents(deductible);
  }

  /** The coinsurance on the allowed amount after the deductible, rounded once to the cent. */
  public Money coinsurance() {
    return Money.ofCents(coinsurance);
  }

  /**
   * How much the out-of-pocket maximum took off copay, deductible and coinsurance: their sum beyond
   * the room left under the maximum.
   */
  public Money capReduction() {
    return Money.ofCents(capReduction);
  }

  /** What the plan pays: allowed minus patient owes. */
  public Money planPays() {
    return Money.ofCents(allowed - patientOwesCents());
  }

  /**
   * What the patient owes toward the allowed amount (or, self-pay, the whole charge), not counting
   * the balance bill.
   */
  public Money patientOwes() {
    return Money.ofCents(patientOwesCents());
  }

  /** What an out-of-network provider may bill beyond the allowed amount; zero in network. */
  public Money balanceBill() {
    return Money.ofCents(balanceBillCents());
  }

  /** Everything the patient is expected to pay for the line: patient owes plus balance bill. */
  public Money patientTotal() {
    return Money.ofCents(patientOwesCents() + balanceBillCents());
  }

  /** Whether the line is self-pay in full: not covered, or likely denied as not covered. */
  public boolean selfPay() {
    return selfPay;
  }

  /** Whether the service is medical care an HSA or FSA may pay for. */
  public boolean hsaEligible() {
    return hsaEligible;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof LineEstimate)) {
      return false;
    }
    LineEstimate e = (LineEstimate) o;
    return line == e.line
        && basis == e.basis
        && charge == e.charge
        && allowed == e.allowed
        && copay == e.copay
        && deductible == e.deductible
        && coinsurance == e.coinsurance
        && capReduction == e.capReduction
        && selfPay == e.selfPay
        && hsaEligible == e.hsaEligible
        && balanceBilled == e.balanceBilled;
  }

  @Override
  public int hashCode() {
    int h = line;
    h = 31 * h + basis.hashCode();
    h = 31 * h + Long.hashCode(charge);
    h = 31 * h + Long.hashCode(allowed);
    h = 31 * h + Long.hashCode(copay);
    h = 31 * h + Long.hashCode(deductible);
    h = 31 * h + Long.hashCode(coinsurance);
    h = 31 * h + Long.hashCode(capReduction);
    h = 31 * h + (selfPay ? 1 : 0);
    h = 31 * h + (hsaEligible ? 1 : 0);
    return 31 * h + (balanceBilled ? 1 : 0);
  }

  /**
   * The line number and amounts, such as {@code line 1 FEE_SCHEDULE charge 400.00 allowed 250.00
   * copay 0.00 deductible 100.00 coinsurance 30.00 cap 0.00 plan 120.00 patient 130.00 balance 0.00
   * HSA}; no patient data.
   */
  @Override
  public String toString() {
    if (selfPay) {
      return "line " + line + " self-pay " + Cents.format(charge) + (hsaEligible ? " HSA" : "");
    }
    return "line "
        + line
        + " "
        + basis
        + " charge "
        + Cents.format(charge)
        + " allowed "
        + Cents.format(allowed)
        + " copay "
        + Cents.format(copay)
        + " deductible "
        + Cents.format(deductible)
        + " coinsurance "
        + Cents.format(coinsurance)
        + " cap "
        + Cents.format(capReduction)
        + " plan "
        + Cents.format(allowed - patientOwesCents())
        + " patient "
        + Cents.format(patientOwesCents())
        + " balance "
        + Cents.format(balanceBillCents())
        + (hsaEligible ? " HSA" : "");
  }
}

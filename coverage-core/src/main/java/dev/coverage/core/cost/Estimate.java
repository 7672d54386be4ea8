package dev.coverage.core.cost;

import dev.coverage.core.code.Money;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.ToLongFunction;
import org.jspecify.annotations.Nullable;

/**
 * The patient cost-share estimate for a claim: one {@link LineEstimate} per claim line, in line
 * order, and their totals.
 *
 * <p>Totals are sums over the lines. For every line, and so for the claim, {@code planPays +
 * patientOwes = allowed}; {@link #patientTotal()} adds the balance bill, which is owed only out of
 * network. {@link #selfPayTotal()} is the good-faith-estimate figure: the billed charges of the
 * lines the patient pays in full.
 *
 * <p>Amounts are held as cents; each accessor returns a {@link Money}. The estimate carries no
 * patient data.
 */
public final class Estimate {
  /** The out-of-pocket room when the tier has no maximum. */
  static final long NO_MAXIMUM = -1;

  private final Tier tier;
  private final LineEstimate[] lines;
  private final long deductibleRemainingBefore;
  private final long outOfPocketRemainingBefore;

  /**
   * An estimate. The totals are not stored: each accessor sums the lines, so that computing an
   * estimate costs one object for the claim and one per line.
   *
   * @param tier the tier used
   * @param lines one per claim line, in order; owned by the estimate from now on
   * @param deductibleRemainingBefore the deductible still to be met before the claim
   * @param outOfPocketRemainingBefore the room under the maximum before the claim, or {@link
   *     #NO_MAXIMUM}
   */
  Estimate(
      Tier tier,
      LineEstimate[] lines,
      long deductibleRemainingBefore,
      long outOfPocketRemainingBefore) {
    this.tier = tier;
    this.lines = lines;
    this.deductibleRemainingBefore = deductibleRemainingBefore;
    this.outOfPocketRemainingBefore = outOfPocketRemainingBefore;
  }

  private long sum(ToLongFunction<LineEstimate> amount) {
    long total = 0;
    for (LineEstimate line : lines) {
      total += amount.applyAsLong(line);
    }
    return total;
  }

  /** Which cost-sharing tier was used. */
  public Tier tier() {
    return tier;
  }

  /** Whether the in-network tier was used, including when the network status was unknown. */
  public boolean inNetwork() {
    return tier == Tier.IN_NETWORK || tier == Tier.ASSUMED_IN_NETWORK;
  }

  /**
   * Whether the claim's network status was unknown and the estimate assumes in network: out of
   * network the patient would likely owe more.
   */
  public boolean assumedInNetwork() {
    return tier == Tier.ASSUMED_IN_NETWORK;
  }

  /** One estimate per claim line, in line order. */
  public List<LineEstimate> lines() {
    return List.of(lines);
  }

  /**
   * The estimate of a line.
   *
   * @param number the line number, from 1
   * @return the line's estimate
   * @throws IndexOutOfBoundsException when the claim has no such line
   */
  public LineEstimate line(int number) {
    return lines[number - 1];
  }

  /**
   * The deductible still to be met in the tier used, before this claim: the tier's deductible minus
   * what the accumulators say is met, never below zero; zero when no tier applies.
   */
  public Money deductibleRemainingBefore() {
    return Money.ofCents(deductibleRemainingBefore);
  }

  /**
   * The room left under the tier's out-of-pocket maximum before this claim, never below zero; empty
   * when the tier has no maximum or no tier applies.
   */
  public Optional<Money> outOfPocketRemainingBefore() {
    return outOfPocketRemainingBefore == NO_MAXIMUM
        ? Optional.empty()
        : Optional.of(Money.ofCents(outOfPocketRemainingBefore));
  }

  /** The billed charges. */
  public Money charge() {
    return Money.ofCents(sum(l -> l.charge));
  }

  /** The allowed amounts, self-pay lines at their charge. */
  public Money allowed() {
    return Money.ofCents(sum(l -> l.allowed));
  }

  /** The copays. */
  public Money copay() {
    return Money.ofCents(sum(l -> l.copay));
  }

  /** The amounts applied to the deductible. */
  public Money deductible() {
    return Money.ofCents(sum(l -> l.deductible));
  }

  /** The coinsurance. */
  public Money coinsurance() {
    return Money.ofCents(sum(l -> l.coinsurance));
  }

  /** What the out-of-pocket maximum took off. */
  public Money capReduction() {
    return Money.ofCents(sum(l -> l.capReduction));
  }

  /** What the plan pays. */
  public Money planPays() {
    return Money.ofCents(sum(l -> l.allowed - l.patientOwesCents()));
  }

  /**
   * What the patient owes: cost sharing on covered lines plus self-pay lines, not balance bills.
   */
  public Money patientOwes() {
    return Money.ofCents(sum(LineEstimate::patientOwesCents));
  }

  /**
   * What the patient owes under the plan's cost sharing on covered lines, which counts toward the
   * out-of-pocket maximum: {@code copay + deductible + coinsurance - capReduction}.
   */
  public Money costShare() {
    return Money.ofCents(sum(l -> l.selfPay ? 0 : l.patientOwesCents()));
  }

  /** What out-of-network providers may bill beyond the allowed amounts; zero in network. */
  public Money balanceBill() {
    return Money.ofCents(sum(LineEstimate::balanceBillCents));
  }

  /**
   * The good-faith-estimate figure: the billed charges of the self-pay lines, which the patient
   * pays in full.
   */
  public Money selfPayTotal() {
    return Money.ofCents(sum(l -> l.selfPay ? l.charge : 0));
  }

  /** Everything the patient is expected to pay: patient owes plus balance bill. */
  public Money patientTotal() {
    return Money.ofCents(sum(l -> l.patientOwesCents() + l.balanceBillCents()));
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof Estimate)) {
      return false;
    }
    Estimate e = (Estimate) o;
    // The totals follow from the lines.
    return tier == e.tier
        && deductibleRemainingBefore == e.deductibleRemainingBefore
        && outOfPocketRemainingBefore == e.outOfPocketRemainingBefore
        && Arrays.equals(lines, e.lines);
  }

  @Override
  public int hashCode() {
    int h = tier.hashCode();
    h = 31 * h + Long.hashCode(deductibleRemainingBefore);
    h = 31 * h + Long.hashCode(outOfPocketRemainingBefore);
    return 31 * h + Arrays.hashCode(lines);
  }

  /**
   * The tier and totals, such as {@code Estimate{IN_NETWORK, 2 lines, allowed 450.00, plan pays
   * 320.00, patient owes 130.00, balance bill 0.00, self-pay 0.00}}; no patient data.
   */
  @Override
  public String toString() {
    long allowed = sum(l -> l.allowed);
    long owes = sum(LineEstimate::patientOwesCents);
    return "Estimate{"
        + tier
        + ", "
        + lines.length
        + (lines.length == 1 ? " line" : " lines")
        + ", allowed "
        + Cents.format(allowed)
        + ", plan pays "
        + Cents.format(allowed - owes)
        + ", patient owes "
        + Cents.format(owes)
        + ", balance bill "
        + Cents.format(sum(LineEstimate::balanceBillCents))
        + ", self-pay "
        + Cents.format(sum(l -> l.selfPay ? l.charge : 0))
        + "}";
  }
}

/**
 * The patient cost-share estimate: what the patient will likely owe for a claim, before it is
 * submitted, with every step shown so that a front desk can explain the figure.
 *
 * <p>{@link dev.coverage.core.cost.CostEstimator} takes the claim, the plan, the accumulators met
 * so far and one {@link dev.coverage.core.cost.LineBenefit} per line (what the checker decided),
 * and returns an {@link dev.coverage.core.cost.Estimate} of {@link
 * dev.coverage.core.cost.LineEstimate}s.
 *
 * <h2>Tier</h2>
 *
 * <ul>
 *   <li>In network: the plan's in-network cost sharing and the in-network accumulators.
 *   <li>Network status unknown: the same, reported as {@link
 *       dev.coverage.core.cost.Tier#ASSUMED_IN_NETWORK}.
 *   <li>Out of network, when the plan covers it: the plan's out-of-network cost sharing (its
 *       coinsurance is the patient's share: a plan paying 60% has a 40% coinsurance) and the
 *       out-of-network accumulators.
 *   <li>Out of network, when the plan does not cover it: every line is self-pay in full.
 * </ul>
 *
 * <h2>Steps, for each covered line in line order</h2>
 *
 * <ol>
 *   <li><b>Allowed amount.</b> In network: the plan's fee schedule for the code, per unit times
 *       units; else the plan's percentage of the reference fee (per unit times units, then the
 *       percentage); else the billed charge. Out of network: the plan's out-of-network percentage
 *       of the reference fee; else the billed charge (the fee schedule is the in-network contract
 *       and does not apply). The reference fee is the facility rate when the claim's facility is a
 *       hospital outpatient department or an ambulatory surgery center, else the office rate, on
 *       the line's date of service. The allowed amount is never above the billed charge (payers
 *       allow the lesser of the two) nor below zero.
 *   <li><b>Copay.</b> When the tier sets a copay for the line's class of service, the copay is the
 *       patient's whole share of that line: no deductible and no coinsurance apply to it, and it
 *       does not count toward the deductible. A copay above the allowed amount is reduced to it.
 *   <li><b>Deductible.</b> Otherwise the allowed amount first goes to the deductible still to be
 *       met (the tier's deductible minus what is met, never below zero). Lines consume it in line
 *       order.
 *   <li><b>Coinsurance.</b> The tier's coinsurance on the allowed amount after the deductible.
 *   <li><b>Out-of-pocket cap.</b> Copay, deductible and coinsurance together are capped by the room
 *       left under the tier's out-of-pocket maximum (maximum minus what is met, never below zero;
 *       no cap when the tier has no maximum). Lines consume the room in line order; the amount the
 *       cap took off is reported as the cap reduction.
 *   <li><b>Plan pays</b> the allowed amount minus what the patient owes. Out of network, the
 *       provider may bill the patient the <b>balance bill</b>, the charge minus the allowed amount,
 *       on top; it counts toward neither the deductible nor the maximum. In network the difference
 *       is the provider's contractual write-off and the balance bill is zero.
 * </ol>
 *
 * <h2>Self-pay</h2>
 *
 * <p>A line that is not covered (or likely denied as not covered), and every line when the plan
 * does not cover an out-of-network provider, is self-pay in full: allowed and patient owes are the
 * billed charge (basis {@link dev.coverage.core.cost.AllowedBasis#BILLED_CHARGE}), the plan pays
 * nothing, and the line consumes neither deductible nor out-of-pocket room. The sum of self-pay
 * charges is the good-faith-estimate figure, {@link
 * dev.coverage.core.cost.Estimate#selfPayTotal()}.
 *
 * <h2>HSA/FSA eligibility</h2>
 *
 * <p>A line is eligible when it is medical care: not cosmetic, or a cosmetic procedure that
 * corrects a deformity from a congenital abnormality, an injury or a disease (26 U.S.C. 213(d)(9)).
 * Eligibility does not depend on whether the plan covers the line.
 *
 * <h2>Money and rounding</h2>
 *
 * <p>All amounts are whole cents in {@code long}s: sums, differences and minimums are exact. A
 * percentage is applied in two places only, each once per line to the line's whole amount (never
 * per unit, never to a running total): an allowed amount that is a percentage of the reference fee,
 * and the coinsurance. Each rounds to the cent, half away from zero, exactly as {@link
 * dev.coverage.core.code.Money#times(dev.coverage.core.code.Percent)} does. Nothing else rounds.
 *
 * <p>Computing an estimate creates one object per line and one for the claim (with its array of
 * lines); {@link dev.coverage.core.code.Money} values are created only by the accessors.
 */
@NullMarked
@CheckReturnValue
package dev.coverage.core.cost;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;

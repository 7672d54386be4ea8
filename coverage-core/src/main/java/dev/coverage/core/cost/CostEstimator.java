package dev.coverage.core.cost;

import dev.coverage.core.ValidationException;
import dev.coverage.core.claim.Claim;
import dev.coverage.core.claim.ClaimLine;
import dev.coverage.core.claim.FacilityKind;
import dev.coverage.core.claim.NetworkStatus;
import dev.coverage.core.code.Money;
import dev.coverage.core.code.Percent;
import dev.coverage.core.code.ProcedureCode;
import dev.coverage.core.plan.Accumulators;
import dev.coverage.core.plan.CostSharing;
import dev.coverage.core.plan.Plan;
import dev.coverage.core.plan.ServiceClass;
import dev.coverage.core.reference.ReferenceFees;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Estimates what the patient will likely owe for a claim under a plan, line by line, following the
 * steps in the {@linkplain dev.coverage.core.cost package description}.
 *
 * <p>Immutable and thread-safe: build one per set of reference fees and share it. An estimate does
 * no I/O beyond the {@link ReferenceFees} port and keeps no state between calls.
 *
 * <pre>{@code
 * CostEstimator estimator = CostEstimator.using(referenceFees);
 * Estimate estimate = estimator.estimate(claim, plan, accumulators,
 *     List.of(LineBenefit.covered(ServiceClass.SPECIALIST_VISIT)));
 * estimate.patientTotal();
 * }</pre>
 */
public final class CostEstimator {
  private final ReferenceFees fees;

  private CostEstimator(ReferenceFees fees) {
    this.fees = fees;
  }

  /**
   * An estimator that takes reference fees, for allowed amounts set as a percentage of them, from
   * the given port.
   *
   * @param fees the reference fees, safe to call from many threads; {@link ReferenceFees#none()}
   *     when there are none
   * @return the estimator
   * @throws ValidationException when fees is null
   */
  public static CostEstimator using(ReferenceFees fees) {
    if (fees == null) {
      throw new ValidationException("fees", "is required");
    }
    return new CostEstimator(fees);
  }

  /**
   * Estimates the patient's cost share for a claim.
   *
   * @param claim the claim; its network status picks the tier and its facility the reference rate
   * @param plan the patient's plan
   * @param accumulators the deductible and out-of-pocket spending met so far this plan year
   * @param lines what the checker decided about each claim line, one per line, in line order
   * @return the estimate, one line estimate per claim line
   * @throws ValidationException when an argument or an element of lines is null, or lines does not
   *     have one entry per claim line
   */
  public Estimate estimate(
      Claim claim, Plan plan, Accumulators accumulators, List<LineBenefit> lines) {
    if (claim == null) {
      throw new ValidationException("claim", "is required");
    }
    if (plan == null) {
      throw new ValidationException("plan", "is required");
    }
    if (accumulators == null) {
      throw new ValidationException("accumulators", "is required");
    }
    if (lines == null) {
      throw new ValidationException("lines", "is required");
    }
    List<ClaimLine> claimLines = claim.lines();
    int n = claimLines.size();
    if (lines.size() != n) {
      throw new ValidationException(
          "lines", "must have one benefit per claim line: " + n + " lines, got " + lines.size());
    }

    Tier tier;
    @Nullable CostSharing sharing;
    long deductibleMet;
    long outOfPocketMet;
    @Nullable Percent percentOfReference;
    NetworkStatus status = claim.networkStatus();
    switch (status) {
      case OUT_OF_NETWORK:
        Optional<CostSharing> outOfNetwork = plan.outOfNetwork();
        tier = outOfNetwork.isPresent() ? Tier.OUT_OF_NETWORK : Tier.OUT_OF_NETWORK_NOT_COVERED;
        sharing = outOfNetwork.orElse(null);
        deductibleMet = accumulators.outOfNetworkDeductibleMet().cents();
        outOfPocketMet = accumulators.outOfNetworkOutOfPocketMet().cents();
        percentOfReference = plan.outOfNetworkAllowedPercentOfReference().orElse(null);
        break;
      case IN_NETWORK:
      case UNKNOWN:
      default:
        // Unknown is estimated as in network; the checker flags the unknown status itself.
        tier = status == NetworkStatus.IN_NETWORK ? Tier.IN_NETWORK : Tier.ASSUMED_IN_NETWORK;
        sharing = plan.inNetwork();
        deductibleMet = accumulators.deductibleMet().cents();
        outOfPocketMet = accumulators.outOfPocketMet().cents();
        percentOfReference = plan.allowedPercentOfReference().orElse(null);
        break;
    }

    LineEstimate[] out = new LineEstimate[n];
    if (sharing == null) {
      for (int i = 0; i < n; i++) {
        LineBenefit benefit = benefit(lines, i);
        out[i] =
            LineEstimate.selfPay(i + 1, claimLines.get(i).charge().cents(), benefit.hsaEligible());
      }
      return new Estimate(tier, out, 0, Estimate.NO_MAXIMUM);
    }

    boolean inNetwork = tier != Tier.OUT_OF_NETWORK;
    // The fee schedule is the in-network contract; out of network only the reference basis applies.
    Map<ProcedureCode, Money> schedule = inNetwork ? plan.feeSchedule() : Map.of();
    int referenceBasisPoints = percentOfReference == null ? -1 : percentOfReference.basisPoints();
    boolean facilityRate =
        claim.facility() == FacilityKind.HOSPITAL_OUTPATIENT
            || claim.facility() == FacilityKind.AMBULATORY_SURGERY_CENTER;
    int coinsuranceBasisPoints = sharing.coinsurance().basisPoints();
    Map<ServiceClass, Money> copays = sharing.copays();

    long deductibleLeft = Math.max(0, sharing.deductible().cents() - deductibleMet);
    Optional<Money> maximum = sharing.outOfPocketMaximum();
    boolean capped = maximum.isPresent();
    long roomLeft =
        capped ? Math.max(0, maximum.get().cents() - outOfPocketMet) : Estimate.NO_MAXIMUM;
    long deductibleBefore = deductibleLeft;
    long roomBefore = roomLeft;

    for (int i = 0; i < n; i++) {
      ClaimLine line = claimLines.get(i);
      LineBenefit benefit = benefit(lines, i);
      long charge = line.charge().cents();
      if (!benefit.payable()) {
        out[i] = LineEstimate.selfPay(i + 1, charge, benefit.hsaEligible());
        continue;
      }

      // 1. Allowed amount, never above the charge.
      AllowedBasis basis;
      long allowed;
      Money perUnit = schedule.get(line.procedure());
      if (perUnit != null) {
        basis = AllowedBasis.FEE_SCHEDULE;
        allowed = perUnit.cents() * line.units(); // < 10^13 * 10^4: no overflow
      } else {
        Optional<Money> reference =
            referenceBasisPoints < 0
                ? Optional.empty()
                : fees.fee(line.procedure(), facilityRate, claim.dateOfService(line));
        if (reference.isPresent()) {
          basis = AllowedBasis.PERCENT_OF_REFERENCE;
          allowed = Cents.share(reference.get().cents() * line.units(), referenceBasisPoints);
        } else {
          basis = AllowedBasis.BILLED_CHARGE;
          allowed = charge;
        }
      }
      allowed = Math.max(0, Math.min(allowed, charge));

      // 2. Copay for the class of service: the patient's whole share of the line. Otherwise
      // 3. the deductible still to be met, then 4. coinsurance on the rest, rounded once.
      long copay = 0;
      long deductible = 0;
      long coinsurance = 0;
      Money copayAmount = copays.get(benefit.serviceClass());
      if (copayAmount != null) {
        copay = Math.min(copayAmount.cents(), allowed);
      } else {
        deductible = Math.min(deductibleLeft, allowed);
        deductibleLeft -= deductible;
        coinsurance = Cents.share(allowed - deductible, coinsuranceBasisPoints);
      }

      // 5. The out-of-pocket maximum caps the three.
      long share = copay + deductible + coinsurance;
      long capReduction = 0;
      if (capped) {
        if (share > roomLeft) {
          capReduction = share - roomLeft;
        }
        roomLeft -= share - capReduction;
      }
      // 6. Plan pays allowed minus that; out of network the charge beyond allowed is balance bill.
      out[i] =
          new LineEstimate(
              i + 1,
              basis,
              charge,
              allowed,
              copay,
              deductible,
              coinsurance,
              capReduction,
              false,
              benefit.hsaEligible(),
              !inNetwork);
    }
    return new Estimate(tier, out, deductibleBefore, roomBefore);
  }

  private static LineBenefit benefit(List<LineBenefit> lines, int i) {
    LineBenefit benefit = lines.get(i);
    if (benefit == null) {
      throw new ValidationException("lines[" + i + "]", "is required");
    }
    return benefit;
  }
}

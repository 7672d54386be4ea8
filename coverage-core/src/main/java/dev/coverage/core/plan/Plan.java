package dev.coverage.core.plan;

import static dev.coverage.core.internal.Checks.require;

import dev.coverage.core.code.Money;
import dev.coverage.core.code.Percent;
import dev.coverage.core.code.ProcedureCode;
import dev.coverage.core.denial.FindingCategory;
import dev.coverage.core.denial.PredictedAdjustment;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The patient's health plan, as far as coverage and cost rules need.
 *
 * <p>Out-of-network care is covered when {@link #outOfNetwork()} is present; the plan then pays the
 * complement of that tier's coinsurance (a 40% coinsurance is a plan paying 60% of the allowed
 * amount). The allowed amount comes from the {@link #feeSchedule()} when it names the code, else
 * from a percentage of the reference fee, else from the billed charge.
 *
 * <pre>{@code
 * Plan plan = Plan.builder()
 *     .id("ACME-PPO-2026").productType(ProductType.PPO)
 *     .inNetwork(CostSharing.builder().deductible(Money.of("1500")).coinsurance(Percent.of(20))
 *         .outOfPocketMaximum(Money.of("6000")).build())
 *     .addExclusions(BenefitExclusion.COSMETIC)
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Plan {
  /** Medicare's filing limit: 12 months from the date of service (42 CFR 424.44). */
  public static final int MEDICARE_FILING_LIMIT_DAYS = 365;

  Plan() {}

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The plan's id: 1 to 64 letters, digits or {@code - _ . /}. */
  public abstract String id();

  /** The kind of product. */
  public abstract ProductType productType();

  /** Cost sharing in network. */
  public abstract CostSharing inNetwork();

  /** Cost sharing out of network; empty when out-of-network care is not covered. */
  public abstract Optional<CostSharing> outOfNetwork();

  /** Whether specialist care needs a referral from the primary care provider. */
  @Value.Default
  public boolean referralRequired() {
    return false;
  }

  /** Days from the date of service within which a claim must be filed; 365 unless given. */
  @Value.Default
  public int filingLimitDays() {
    return MEDICARE_FILING_LIMIT_DAYS;
  }

  /** Kinds of service the contract excludes. */
  public abstract Set<BenefitExclusion> exclusions();

  /** Codes the contract excludes outright. */
  public abstract Set<ProcedureCode> excludedProcedures();

  /** Codes this plan requires prior authorization for, beyond what the coverage policies say. */
  public abstract Set<ProcedureCode> priorAuthorizationCodes();

  /** The allowed amount per unit in network, by code. */
  public abstract Map<ProcedureCode, Money> feeSchedule();

  /**
   * The in-network allowed amount as a share of the reference fee (such as 120% of Medicare), for
   * codes not in the fee schedule.
   */
  public abstract Optional<Percent> allowedPercentOfReference();

  /** The out-of-network allowed amount as a share of the reference fee. */
  public abstract Optional<Percent> outOfNetworkAllowedPercentOfReference();

  /** Which set of coverage policies applies; by default, Medicare's or the commercial baseline. */
  public abstract Optional<String> policySet();

  /** This payer's own adjustment codes for a category, replacing the library's predictions. */
  public abstract Map<FindingCategory, PredictedAdjustment> denialCodeOverrides();

  /** Whether out-of-network care is covered at all. */
  public boolean coversOutOfNetwork() {
    return outOfNetwork().isPresent();
  }

  @Value.Check
  void check() {
    String id = id();
    require(
        !id.isEmpty() && id.length() <= 64 && id.chars().allMatch(Plan::isIdChar),
        "id",
        "must be 1 to 64 letters, digits or - _ . /");
    int days = filingLimitDays();
    require(days >= 1 && days <= 3650, "filingLimitDays", "must be from 1 to 3650, got %s", days);
    for (Map.Entry<ProcedureCode, Money> e : feeSchedule().entrySet()) {
      require(!e.getValue().isNegative(), "feeSchedule." + e.getKey(), "must not be negative");
    }
    if (policySet().isPresent()) {
      String set = policySet().get();
      require(
          !set.isEmpty() && set.length() <= 64 && set.chars().allMatch(Plan::isIdChar),
          "policySet",
          "must be 1 to 64 letters, digits or - _ . /");
    }
  }

  private static boolean isIdChar(int c) {
    return (c >= '0' && c <= '9')
        || (c >= 'A' && c <= 'Z')
        || (c >= 'a' && c <= 'z')
        || c == '-'
        || c == '_'
        || c == '.'
        || c == '/';
  }

  /** Builds a {@link Plan}. */
  public static final class Builder extends ImmutablePlan.Builder {}
}

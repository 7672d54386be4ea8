package dev.coverage.core.plan;

import static dev.coverage.core.internal.Checks.require;

import dev.coverage.core.code.Money;
import org.immutables.value.Value;

/** How much of the deductible and out-of-pocket maximum the patient has met this plan year. */
@Value.Immutable
public abstract class Accumulators {
  private static final Accumulators NONE = builder().build();

  Accumulators() {}

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Nothing met yet: the start of a plan year. */
  public static Accumulators none() {
    return NONE;
  }

  /** In-network deductible met so far. */
  @Value.Default
  public Money deductibleMet() {
    return Money.ZERO;
  }

  /** In-network out-of-pocket spending so far. */
  @Value.Default
  public Money outOfPocketMet() {
    return Money.ZERO;
  }

  /** Out-of-network deductible met so far. */
  @Value.Default
  public Money outOfNetworkDeductibleMet() {
    return Money.ZERO;
  }

  /** Out-of-network out-of-pocket spending so far. */
  @Value.Default
  public Money outOfNetworkOutOfPocketMet() {
    return Money.ZERO;
  }

  @Value.Check
  void check() {
    require(!deductibleMet().isNegative(), "deductibleMet", "must not be negative");
    require(!outOfPocketMet().isNegative(), "outOfPocketMet", "must not be negative");
    require(
        !outOfNetworkDeductibleMet().isNegative(),
        "outOfNetworkDeductibleMet",
        "must not be negative");
    require(
        !outOfNetworkOutOfPocketMet().isNegative(),
        "outOfNetworkOutOfPocketMet",
        "must not be negative");
  }

  /** Builds {@link Accumulators}. */
  public static final class Builder extends ImmutableAccumulators.Builder {}
}

package dev.coverage.core.plan;

import static dev.coverage.core.internal.Checks.require;

import dev.coverage.core.code.Money;
import dev.coverage.core.code.Percent;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Cost sharing for one tier (in or out of network): the deductible, the coinsurance the patient
 * pays after it, copays by class of service, and the out-of-pocket maximum.
 */
@Value.Immutable
public abstract class CostSharing {
  CostSharing() {}

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The yearly deductible; zero unless given. */
  @Value.Default
  public Money deductible() {
    return Money.ZERO;
  }

  /** The patient's share of the allowed amount after the deductible, at most 100%. */
  @Value.Default
  public Percent coinsurance() {
    return Percent.ZERO;
  }

  /** Flat copays by class of service. */
  public abstract Map<ServiceClass, Money> copays();

  /** The yearly out-of-pocket maximum; none when empty. */
  public abstract Optional<Money> outOfPocketMaximum();

  @Value.Check
  void check() {
    require(!deductible().isNegative(), "deductible", "must not be negative");
    require(coinsurance().isShare(), "coinsurance", "must be at most 100, got %s", coinsurance());
    for (Map.Entry<ServiceClass, Money> e : copays().entrySet()) {
      require(!e.getValue().isNegative(), "copays." + e.getKey(), "must not be negative");
    }
    if (outOfPocketMaximum().isPresent()) {
      Money max = outOfPocketMaximum().get();
      require(!max.isNegative(), "outOfPocketMaximum", "must not be negative");
      require(
          max.compareTo(deductible()) >= 0,
          "outOfPocketMaximum",
          "must be at least the deductible (%s), got %s",
          deductible(),
          max);
    }
  }

  /** Builds {@link CostSharing}. */
  public static final class Builder extends ImmutableCostSharing.Builder {}
}

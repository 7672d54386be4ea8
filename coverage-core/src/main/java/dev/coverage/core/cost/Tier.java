package dev.coverage.core.cost;

/** Which of the plan's cost-sharing tiers an estimate used. */
public enum Tier {
  /** The provider is in network: the plan's in-network cost sharing and accumulators. */
  IN_NETWORK,
  /**
   * The provider's network status is unknown: estimated as in network, which is what the patient
   * pays if the provider turns out to be in network. The checker flags the unknown status itself.
   */
  ASSUMED_IN_NETWORK,
  /**
   * The provider is out of network and the plan covers out-of-network care: the plan's
   * out-of-network cost sharing and accumulators, with the balance bill shown separately.
   */
  OUT_OF_NETWORK,
  /**
   * The provider is out of network and the plan does not cover out-of-network care: every line is
   * self-pay in full.
   */
  OUT_OF_NETWORK_NOT_COVERED
}

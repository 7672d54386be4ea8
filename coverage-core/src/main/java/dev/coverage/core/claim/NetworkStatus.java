package dev.coverage.core.claim;

/** Whether the rendering provider is in the patient's plan network, as the practice knows it. */
public enum NetworkStatus {
  /** In network. */
  IN_NETWORK,
  /** Out of network. */
  OUT_OF_NETWORK,
  /** Not known: rules that depend on it answer {@code CONDITIONAL}. */
  UNKNOWN
}

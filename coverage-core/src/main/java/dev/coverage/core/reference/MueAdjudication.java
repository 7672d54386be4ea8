package dev.coverage.core.reference;

/** The MUE adjudication indicator (MAI): how the unit limit is applied. */
public enum MueAdjudication {
  /** 1: per claim line. */
  LINE,
  /** 2: per date of service, an absolute limit set by policy. */
  DATE_OF_SERVICE_POLICY,
  /** 3: per date of service, a clinical limit that documentation can overturn on appeal. */
  DATE_OF_SERVICE_CLINICAL;

  /**
   * The indicator as CMS files write it.
   *
   * @param digit {@code 1}, {@code 2} or {@code 3}
   * @return the indicator
   * @throws dev.coverage.core.ValidationException for any other value
   */
  public static MueAdjudication ofDigit(String digit) {
    switch (digit) {
      case "1":
        return LINE;
      case "2":
        return DATE_OF_SERVICE_POLICY;
      case "3":
        return DATE_OF_SERVICE_CLINICAL;
      default:
        throw new dev.coverage.core.ValidationException(
            "mueAdjudicationIndicator",
            "is 1, 2 or 3, got " + dev.coverage.core.internal.Checks.quote(digit));
    }
  }
}

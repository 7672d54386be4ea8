package dev.coverage.core.reference;

/** The NCCI procedure-to-procedure modifier indicator. */
public enum ModifierIndicator {
  /** 0: no modifier allows the pair; the column-2 code is denied. */
  NOT_ALLOWED,
  /** 1: an NCCI-associated modifier may bypass the edit when the services are distinct. */
  ALLOWED,
  /** 9: the edit does not apply (it was deleted back to its effective date). */
  NOT_APPLICABLE;

  /**
   * The indicator as CMS files write it.
   *
   * @param digit {@code 0}, {@code 1} or {@code 9}
   * @return the indicator
   * @throws dev.coverage.core.ValidationException for any other value
   */
  public static ModifierIndicator ofDigit(String digit) {
    switch (digit) {
      case "0":
        return NOT_ALLOWED;
      case "1":
        return ALLOWED;
      case "9":
        return NOT_APPLICABLE;
      default:
        throw new dev.coverage.core.ValidationException(
            "modifierIndicator",
            "is 0, 1 or 9, got " + dev.coverage.core.internal.Checks.quote(digit));
    }
  }
}

package dev.coverage.core.cost;

import dev.coverage.core.ValidationException;
import dev.coverage.core.plan.ServiceClass;
import org.jspecify.annotations.Nullable;

/**
 * What the checker decided about one line, as far as the estimate needs it: whether the plan pays
 * toward it at all, its class of service (for copays), and whether it is cosmetic (for HSA/FSA
 * eligibility).
 *
 * <p>A line that is not payable (not covered, or likely denied as not covered) is self-pay in full.
 * A cosmetic procedure is not medical care and so not HSA/FSA eligible, unless it is
 * reconstructive: it corrects a deformity from a congenital abnormality, an injury or a disease (26
 * U.S.C. 213(d)(9)). Whether a line is eligible does not depend on whether the plan covers it.
 *
 * <p>Instances are shared constants: the factories never allocate.
 *
 * <pre>{@code
 * List<LineBenefit> lines = List.of(
 *     LineBenefit.covered(ServiceClass.SPECIALIST_VISIT),
 *     LineBenefit.notCovered(ServiceClass.OFFICE_PROCEDURE, true)); // cosmetic: self-pay, no HSA
 * }</pre>
 */
public final class LineBenefit {
  private static final ServiceClass[] CLASSES = ServiceClass.values();

  // Every combination, by [class][payable][medical, cosmetic, reconstructive].
  private static final LineBenefit[][][] ALL = new LineBenefit[CLASSES.length][2][3];

  static {
    for (ServiceClass c : CLASSES) {
      for (int p = 0; p < 2; p++) {
        ALL[c.ordinal()][p][0] = new LineBenefit(c, p == 1, false, false);
        ALL[c.ordinal()][p][1] = new LineBenefit(c, p == 1, true, false);
        ALL[c.ordinal()][p][2] = new LineBenefit(c, p == 1, true, true);
      }
    }
  }

  private final ServiceClass serviceClass;
  private final boolean payable;
  private final boolean cosmetic;
  private final boolean reconstructive;

  private LineBenefit(
      ServiceClass serviceClass, boolean payable, boolean cosmetic, boolean reconstructive) {
    this.serviceClass = serviceClass;
    this.payable = payable;
    this.cosmetic = cosmetic;
    this.reconstructive = reconstructive;
  }

  /**
   * A covered line of medical care: the plan's cost sharing applies.
   *
   * @param serviceClass the class of service, for copays
   * @return the benefit
   * @throws ValidationException when the class is null
   */
  public static LineBenefit covered(ServiceClass serviceClass) {
    return of(serviceClass, true, false, false);
  }

  /**
   * A line that is not covered, or likely denied as not covered: self-pay in full.
   *
   * @param serviceClass the class of service
   * @param cosmetic whether it is denied as cosmetic (and so not HSA/FSA eligible)
   * @return the benefit
   * @throws ValidationException when the class is null
   */
  public static LineBenefit notCovered(ServiceClass serviceClass, boolean cosmetic) {
    return of(serviceClass, false, cosmetic, false);
  }

  /**
   * Any combination.
   *
   * @param serviceClass the class of service, for copays
   * @param payable whether the plan's cost sharing applies; false for self-pay in full
   * @param cosmetic whether the procedure is cosmetic (changes appearance)
   * @param reconstructive whether the cosmetic procedure corrects a deformity from a congenital
   *     abnormality, an injury or a disease
   * @return the benefit
   * @throws ValidationException when the class is null, or reconstructive is given without cosmetic
   */
  public static LineBenefit of(
      ServiceClass serviceClass, boolean payable, boolean cosmetic, boolean reconstructive) {
    if (serviceClass == null) {
      throw new ValidationException("serviceClass", "is required");
    }
    if (reconstructive && !cosmetic) {
      throw new ValidationException(
          "reconstructive", "applies to a cosmetic procedure only: set cosmetic too");
    }
    return ALL[serviceClass.ordinal()][payable ? 1 : 0][reconstructive ? 2 : cosmetic ? 1 : 0];
  }

  /** Whether the plan's cost sharing applies; false means self-pay in full. */
  public boolean payable() {
    return payable;
  }

  /** The class of service, which decides the copay. */
  public ServiceClass serviceClass() {
    return serviceClass;
  }

  /** Whether the procedure is cosmetic. */
  public boolean cosmetic() {
    return cosmetic;
  }

  /** Whether the cosmetic procedure corrects a congenital, injury or disease deformity. */
  public boolean reconstructive() {
    return reconstructive;
  }

  /**
   * Whether the service is medical care an HSA or FSA may pay for: not cosmetic, or reconstructive.
   */
  public boolean hsaEligible() {
    return !cosmetic || reconstructive;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof LineBenefit)) {
      return false;
    }
    LineBenefit b = (LineBenefit) o;
    return serviceClass == b.serviceClass
        && payable == b.payable
        && cosmetic == b.cosmetic
        && reconstructive == b.reconstructive;
  }

  @Override
  public int hashCode() {
    return ((serviceClass.ordinal() * 2 + (payable ? 1 : 0)) * 2 + (cosmetic ? 1 : 0)) * 2
        + (reconstructive ? 1 : 0);
  }

  /**
   * Such as {@code covered SPECIALIST_VISIT medical} or {@code self-pay OFFICE_PROCEDURE cosmetic}.
   */
  @Override
  public String toString() {
    return (payable ? "covered " : "self-pay ")
        + serviceClass
        + (reconstructive ? " reconstructive" : cosmetic ? " cosmetic" : " medical");
  }
}

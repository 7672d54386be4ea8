package dev.coverage.core.denial;

import dev.coverage.core.ValidationException;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A predicted adjustment on the remittance: the group code (who is liable), the claim adjustment
 * reason code and, where the payer needs one, a remark code. Always a prediction: the payer
 * decides, and a plan can remap what the library predicts.
 */
public final class PredictedAdjustment {
  private final GroupCode group;
  private final ReasonCode reason;
  private final @Nullable RemarkCode remark;

  private PredictedAdjustment(GroupCode group, ReasonCode reason, @Nullable RemarkCode remark) {
    this.group = group;
    this.reason = reason;
    this.remark = remark;
  }

  /**
   * A prediction without a remark code.
   *
   * @param group who is liable
   * @param reason the reason code
   * @return the prediction
   */
  public static PredictedAdjustment of(GroupCode group, ReasonCode reason) {
    return new PredictedAdjustment(require(group, "group"), require(reason, "reason"), null);
  }

  /**
   * A prediction with a remark code.
   *
   * @param group who is liable
   * @param reason the reason code
   * @param remark the remark code
   * @return the prediction
   */
  public static PredictedAdjustment of(GroupCode group, ReasonCode reason, RemarkCode remark) {
    return new PredictedAdjustment(
        require(group, "group"), require(reason, "reason"), require(remark, "remark"));
  }

  /**
   * Parses the usual written form: {@code CO-50}, {@code PR-204}, or {@code PR-96/N425} with a
   * remark code.
   *
   * @param text group, hyphen, reason code, and optionally a slash and remark code
   * @return the prediction
   * @throws ValidationException when the text is not of that form
   */
  public static PredictedAdjustment parse(String text) {
    if (text == null) {
      throw new ValidationException("adjustment", "is required");
    }
    int dash = text.indexOf('-');
    int slash = text.indexOf('/');
    if (dash != 2 || (slash >= 0 && slash < dash)) {
      throw new ValidationException(
          "adjustment", "is written GROUP-CARC or GROUP-CARC/RARC, such as CO-50 or PR-96/N425");
    }
    GroupCode group;
    try {
      group = GroupCode.valueOf(text.substring(0, 2));
    } catch (IllegalArgumentException e) {
      throw new ValidationException("adjustment", "the group code is one of CO, PR, OA, PI, CR");
    }
    ReasonCode reason = ReasonCode.of(text.substring(3, slash < 0 ? text.length() : slash));
    return slash < 0
        ? of(group, reason)
        : of(group, reason, RemarkCode.of(text.substring(slash + 1)));
  }

  private static <T> T require(@Nullable T value, String field) {
    if (value == null) {
      throw new ValidationException(field, "is required");
    }
    return value;
  }

  /** Who is liable: CO (the provider) or PR (the patient), usually. */
  public GroupCode group() {
    return group;
  }

  /** The claim adjustment reason code. */
  public ReasonCode reason() {
    return reason;
  }

  /** The remark code, where the payer needs one (CARC 96 always does). */
  public Optional<RemarkCode> remark() {
    return Optional.ofNullable(remark);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof PredictedAdjustment)) {
      return false;
    }
    PredictedAdjustment that = (PredictedAdjustment) o;
    return group == that.group && reason.equals(that.reason) && Objects.equals(remark, that.remark);
  }

  @Override
  public int hashCode() {
    return Objects.hash(group, reason, remark);
  }

  /** The written form, such as {@code CO-50} or {@code PR-96/N425}. */
  @Override
  public String toString() {
    return group + "-" + reason + (remark == null ? "" : "/" + remark);
  }
}

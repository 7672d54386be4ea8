package dev.coverage.core.check;

import com.google.common.primitives.ImmutableIntArray;
import dev.coverage.core.denial.FindingCategory;
import dev.coverage.core.denial.PredictedAdjustment;
import dev.coverage.core.reference.Citation;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One likely problem with a claim: which rule found it, on which lines, how severe, the predicted
 * adjustment, why, on what authority, and how to fix it.
 *
 * <p>The predicted adjustment (group code, CARC and RARC) is a prediction: the payer decides, and a
 * plan can remap it. Messages and fixes carry codes, counts, dates and amounts, never patient
 * identifiers.
 */
public final class Finding {
  private final String ruleId;
  private final FindingCategory category;
  private final ImmutableIntArray lines;
  private final Severity severity;
  private final PredictedAdjustment adjustment;
  private final String message;
  private final String fix;
  private final Citation source;
  private final @Nullable String policyId;

  Finding(
      String ruleId,
      FindingCategory category,
      ImmutableIntArray lines,
      Severity severity,
      PredictedAdjustment adjustment,
      String message,
      String fix,
      Citation source,
      @Nullable String policyId) {
    this.ruleId = ruleId;
    this.category = category;
    this.lines = lines;
    this.severity = severity;
    this.adjustment = adjustment;
    this.message = message;
    this.fix = fix;
    this.source = source;
    this.policyId = policyId;
  }

  /** The stable id of the rule that found it, such as {@code prior-authorization.absent}. */
  public String ruleId() {
    return ruleId;
  }

  /** The kind of problem. */
  public FindingCategory category() {
    return category;
  }

  /** The lines it concerns, numbered from 1 as on the claim; at least one. */
  public ImmutableIntArray lines() {
    return lines;
  }

  /**
   * Whether it concerns a line.
   *
   * @param line a line number, from 1
   * @return true when the finding names it
   */
  public boolean concerns(int line) {
    return lines.contains(line);
  }

  /** How much it threatens the claim. */
  public Severity severity() {
    return severity;
  }

  /** The predicted group code, CARC and RARC: a prediction, remappable per plan. */
  public PredictedAdjustment predictedAdjustment() {
    return adjustment;
  }

  /** What is wrong, in a sentence, with no patient data. */
  public String message() {
    return message;
  }

  /** What to do about it. */
  public String fix() {
    return fix;
  }

  /** The policy or regulation it rests on. */
  public Citation source() {
    return source;
  }

  /** The id of the coverage policy it applies, when it comes from one. */
  public Optional<String> policyId() {
    return Optional.ofNullable(policyId);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Finding)) {
      return false;
    }
    Finding f = (Finding) o;
    return ruleId.equals(f.ruleId)
        && category == f.category
        && lines.equals(f.lines)
        && severity == f.severity
        && adjustment.equals(f.adjustment)
        && message.equals(f.message)
        && fix.equals(f.fix)
        && source.equals(f.source)
        && Objects.equals(policyId, f.policyId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(ruleId, lines, severity, adjustment, message);
  }

  /** Such as {@code DENIAL_LIKELY line 2 prior-authorization.absent CO-197: ...}. */
  @Override
  public String toString() {
    return severity
        + " line "
        + lines.toString().replace("[", "").replace("]", "")
        + " "
        + ruleId
        + " "
        + adjustment
        + ": "
        + message;
  }
}

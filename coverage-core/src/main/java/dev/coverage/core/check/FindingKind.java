package dev.coverage.core.check;

import dev.coverage.core.denial.FindingCategory;
import dev.coverage.core.denial.PredictedAdjustment;

/** A kind of finding: its stable rule id, category, severity and default adjustment. */
final class FindingKind {
  final String ruleId;
  final FindingCategory category;
  final Severity severity;
  final PredictedAdjustment adjustment;

  FindingKind(String ruleId, FindingCategory category, Severity severity, String adjustment) {
    this.ruleId = ruleId;
    this.category = category;
    this.severity = severity;
    this.adjustment = PredictedAdjustment.parse(adjustment);
  }

  @Override
  public String toString() {
    return ruleId;
  }
}

package dev.coverage.core.check;

import static dev.coverage.core.check.Severity.DENIAL_LIKELY;
import static dev.coverage.core.denial.FindingCategory.TIMELY_FILING;

import com.google.common.primitives.ImmutableIntArray;
import java.time.temporal.ChronoUnit;

/** Timely filing: each line's date of service against the plan's filing limit. */
final class FilingRules {
  static final Rule LATE = new Rule("timely-filing.expired", TIMELY_FILING, DENIAL_LIKELY, "CO-29");

  private FilingRules() {}

  static void apply(Evaluation ev) {
    int limit = ev.plan.filingLimitDays();
    ImmutableIntArray.Builder late = null;
    long worst = 0;
    for (LineAssessment line : ev.lines) {
      long days = ChronoUnit.DAYS.between(line.date, ev.claim.submissionDate());
      if (days > limit) {
        if (late == null) {
          late = ImmutableIntArray.builder(2);
        }
        late.add(line.number);
        worst = Math.max(worst, days);
      }
    }
    if (late != null) {
      ev.report(
          LATE,
          late.build(),
          "Submitted "
              + worst
              + " days after the date of service; the plan's filing limit is "
              + limit
              + " days.",
          "File as soon as possible and keep proof of any earlier timely submission; a late claim"
              + " cannot be billed to the patient when the contract forbids it.",
          Sources.MEDICARE_FILING,
          null);
    }
  }
}

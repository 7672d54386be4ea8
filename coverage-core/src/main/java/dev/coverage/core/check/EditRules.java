package dev.coverage.core.check;

import static dev.coverage.core.check.Severity.DENIAL_LIKELY;
import static dev.coverage.core.denial.FindingCategory.MUE;
import static dev.coverage.core.denial.FindingCategory.NCCI_PTP;

import com.google.common.primitives.ImmutableIntArray;
import dev.coverage.core.code.Modifier;
import dev.coverage.core.plan.PriorService;
import dev.coverage.core.reference.MueAdjudication;
import dev.coverage.core.reference.MueLimit;
import dev.coverage.core.reference.NcciEdits;
import dev.coverage.core.reference.ProcedureKind;
import dev.coverage.core.reference.PtpEdit;
import java.util.List;
import java.util.Optional;

/** NCCI edits: procedure-to-procedure pairs on a date and medically unlikely units. */
final class EditRules {
  static final Rule PTP_NOT_ALLOWED =
      new Rule("ncci.ptp-not-allowed", NCCI_PTP, DENIAL_LIKELY, "CO-236");
  static final Rule PTP_MODIFIER_NEEDED =
      new Rule("ncci.ptp-modifier-needed", NCCI_PTP, DENIAL_LIKELY, "CO-236");
  static final Rule MUE_EXCEEDED = new Rule("mue.units-exceeded", MUE, DENIAL_LIKELY, "CO-151");

  private EditRules() {}

  static void apply(Evaluation ev) {
    if (ev.lines.length > 1) {
      pairs(ev);
    }
    units(ev);
  }

  /**
   * Every ordered pair of lines on one date. A visit as column 2 is left to the modifier-25 rule,
   * which says the same thing more precisely.
   */
  private static void pairs(Evaluation ev) {
    NcciEdits ncci = ev.reference.ncci();
    LineAssessment[] lines = ev.lines;
    for (LineAssessment column2 : lines) {
      if (column2.info != null && column2.info.kind() == ProcedureKind.VISIT) {
        continue;
      }
      for (LineAssessment column1 : lines) {
        if (column1 == column2
            || column1.code.equals(column2.code)
            || !column1.date.equals(column2.date)) {
          continue;
        }
        Optional<PtpEdit> found = ncci.ptp(column1.code, column2.code, column2.date);
        if (found.isEmpty()) {
          continue;
        }
        PtpEdit edit = found.get();
        ImmutableIntArray both =
            column1.number < column2.number
                ? ImmutableIntArray.of(column1.number, column2.number)
                : ImmutableIntArray.of(column2.number, column1.number);
        switch (edit.modifierIndicator()) {
          case NOT_ALLOWED:
            ev.report(
                PTP_NOT_ALLOWED,
                both,
                column2.code
                    + " (line "
                    + column2.number
                    + ") is not paid with "
                    + column1.code
                    + " (line "
                    + column1.number
                    + ") on the same date, and no modifier allows"
                    + " the pair.",
                "Remove line "
                    + column2.number
                    + ": its service is included in "
                    + column1.code
                    + ".",
                Sources.NCCI_PTP,
                null);
            break;
          case ALLOWED:
            if (!hasNcciModifier(column2) && !hasNcciModifier(column1)) {
              ev.report(
                  PTP_MODIFIER_NEEDED,
                  both,
                  column2.code
                      + " (line "
                      + column2.number
                      + ") is bundled into "
                      + column1.code
                      + " (line "
                      + column1.number
                      + ") on the same date unless a modifier shows"
                      + " they were distinct.",
                  "If the services were distinct (another site, session or practitioner), append"
                      + " 59 or XS, XE, XP or XU to line "
                      + column2.number
                      + " and document why; otherwise remove it.",
                  Sources.NCCI_PTP,
                  null);
            }
            break;
          default:
            break;
        }
      }
    }
  }

  private static boolean hasNcciModifier(LineAssessment line) {
    List<Modifier> modifiers = line.line.modifiers();
    for (int i = 0; i < modifiers.size(); i++) {
      if (modifiers.get(i).isNcciAssociated()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Units against the MUE: per line (MAI 1), or per date of service summed over the claim's lines
   * and the history's services of that date (MAI 2 and 3). One finding per code and date.
   */
  private static void units(Evaluation ev) {
    NcciEdits ncci = ev.reference.ncci();
    LineAssessment[] lines = ev.lines;
    for (int i = 0; i < lines.length; i++) {
      LineAssessment line = lines[i];
      if (firstOfCodeAndDate(lines, i) != i) {
        continue;
      }
      Optional<MueLimit> found = ncci.mue(line.code, line.date);
      if (found.isEmpty()) {
        continue;
      }
      MueLimit limit = found.get();
      if (limit.adjudication() == MueAdjudication.LINE) {
        for (int j = i; j < lines.length; j++) {
          LineAssessment l = lines[j];
          if (sameCodeAndDate(l, line) && l.line.units() > limit.units()) {
            report(ev, limit, ImmutableIntArray.of(l.number), l.line.units(), 0);
          }
        }
        continue;
      }
      int units = 0;
      for (int j = i; j < lines.length; j++) {
        if (sameCodeAndDate(lines[j], line)) {
          units += lines[j].line.units();
        }
      }
      int earlier = 0;
      if (ev.history != null) {
        for (PriorService p : ev.history.of(line.code)) {
          if (p.dateOfService().equals(line.date)
              && p.provider().equals(ev.claim.provider().npi())) {
            earlier += p.units();
          }
        }
      }
      if (units + earlier > limit.units()) {
        ImmutableIntArray.Builder named = ImmutableIntArray.builder(2);
        for (int j = i; j < lines.length; j++) {
          if (sameCodeAndDate(lines[j], line)) {
            named.add(lines[j].number);
          }
        }
        report(ev, limit, named.build(), units, earlier);
      }
    }
  }

  private static void report(
      Evaluation ev, MueLimit limit, ImmutableIntArray lines, int billed, int earlier) {
    boolean perLine = limit.adjudication() == MueAdjudication.LINE;
    ev.report(
        MUE_EXCEEDED,
        lines,
        limit.code()
            + ": "
            + billed
            + " units billed"
            + (earlier > 0 ? " plus " + earlier + " already billed that day" : "")
            + "; the medically unlikely edit allows "
            + limit.units()
            + (perLine ? " per line." : " per day."),
        limit.adjudication() == MueAdjudication.DATE_OF_SERVICE_CLINICAL
            ? "Bill at most "
                + limit.units()
                + " units; if more were medically necessary, keep"
                + " the documentation to appeal the denial of the excess."
            : limit.adjudication() == MueAdjudication.LINE
                ? "Bill at most "
                    + limit.units()
                    + " units per line; split additional units onto"
                    + " separate lines with an anatomic or 59/X modifier if they were distinct."
                : "Bill at most "
                    + limit.units()
                    + " units for the day: units over this limit"
                    + " are not paid, even on appeal.",
        Sources.NCCI_MUE,
        null);
  }

  private static boolean sameCodeAndDate(LineAssessment a, LineAssessment b) {
    return a.code.equals(b.code) && a.date.equals(b.date);
  }

  private static int firstOfCodeAndDate(LineAssessment[] lines, int i) {
    for (int j = 0; j < i; j++) {
      if (sameCodeAndDate(lines[j], lines[i])) {
        return j;
      }
    }
    return i;
  }
}

package dev.coverage.core.check;

import static dev.coverage.core.check.Severity.DENIAL_LIKELY;
import static dev.coverage.core.check.Severity.INFO;
import static dev.coverage.core.check.Severity.REVIEW;
import static dev.coverage.core.denial.FindingCategory.MODIFIER;

import dev.coverage.core.code.Modifier;
import dev.coverage.core.reference.ProcedureKind;

/**
 * Modifiers: JW or JZ on drugs from single-dose containers, 25 on a visit billed with a minor
 * procedure the same day, and Medicare's liability modifiers GY, GA and GZ.
 */
final class ModifierRules {
  static final Rule JW_JZ_MISSING =
      new Rule("modifier.jw-jz-missing", MODIFIER, DENIAL_LIKELY, "CO-4");
  static final Rule JW_JZ_MISSING_COMMERCIAL =
      new Rule("modifier.jw-jz-missing", MODIFIER, REVIEW, "CO-4");
  static final Rule JW_JZ_BOTH =
      new Rule("modifier.jw-jz-conflict", MODIFIER, DENIAL_LIKELY, "CO-4");
  static final Rule MODIFIER_25_MISSING =
      new Rule("modifier.25-missing", MODIFIER, DENIAL_LIKELY, "CO-4");
  static final Rule GY_SUGGESTED = new Rule("modifier.gy-suggested", MODIFIER, INFO, "PR-96/N425");
  static final Rule GA_GZ_SUGGESTED = new Rule("modifier.ga-gz-suggested", MODIFIER, INFO, "CO-50");

  private ModifierRules() {}

  static void apply(Evaluation ev) {
    for (LineAssessment line : ev.lines) {
      drugWaste(ev, line);
      visitWithProcedure(ev, line);
      if (ev.isMedicare()) {
        liability(ev, line);
      }
    }
  }

  private static void drugWaste(Evaluation ev, LineAssessment line) {
    if (line.info == null || !line.info.singleDoseContainer() || line.serviceNotCovered) {
      return;
    }
    boolean jw = line.line.hasModifier(Modifier.JW);
    boolean jz = line.line.hasModifier(Modifier.JZ);
    if (jw && jz) {
      ev.report(
          JW_JZ_BOTH,
          line,
          line.code + " carries both JW (amount discarded) and JZ (none discarded).",
          "Keep JZ if nothing was discarded; otherwise bill the discarded units on a separate"
              + " line with JW.",
          Sources.JW_JZ,
          null);
    } else if (!jw && !jz && !administeredBesideWaste(ev, line)) {
      ev.report(
          ev.isMedicare() ? JW_JZ_MISSING : JW_JZ_MISSING_COMMERCIAL,
          line,
          line.code
              + " is a drug from a single-dose container and the line has neither JW nor"
              + " JZ.",
          "Append JZ when no drug was discarded; bill any discarded units on their own line with"
              + " JW.",
          Sources.JW_JZ,
          null);
    }
  }

  /**
   * Whether the line is the administered amount of a drug whose discarded amount is billed on
   * another line with JW, the same code and date: CMS has the administered line carry no modifier
   * then (JZ says nothing was discarded).
   */
  private static boolean administeredBesideWaste(Evaluation ev, LineAssessment line) {
    for (LineAssessment other : ev.lines) {
      if (other != line
          && other.code.equals(line.code)
          && other.date.equals(line.date)
          && other.line.hasModifier(Modifier.JW)) {
        return true;
      }
    }
    return false;
  }

  private static void visitWithProcedure(Evaluation ev, LineAssessment visit) {
    if (visit.info == null
        || visit.info.kind() != ProcedureKind.VISIT
        || visit.serviceNotCovered
        || visit.line.hasModifier(Modifier.SEPARATE_EM_SERVICE)) {
      return;
    }
    for (LineAssessment other : ev.lines) {
      if (other != visit
          && other.info != null
          && other.info.isMinorProcedure()
          && other.date.equals(visit.date)) {
        ev.report(
            MODIFIER_25_MISSING,
            visit,
            "Visit "
                + visit.code
                + " is billed with "
                + other.code
                + " (line "
                + other.number
                + "), a minor procedure on the same date, without modifier 25.",
            "Append 25 to line "
                + visit.number
                + " if the visit was significant and separately"
                + " identifiable, and document it; otherwise do not bill the visit.",
            Sources.MODIFIER_25,
            null);
        return;
      }
    }
  }

  private static void liability(Evaluation ev, LineAssessment line) {
    if (line.cosmetic && !line.line.hasModifier(Modifier.GY)) {
      ev.report(
          GY_SUGGESTED,
          line,
          line.code + " is excluded from Medicare by statute as cosmetic.",
          "Append GY so the denial assigns the charge to the patient, and collect self-pay.",
          Sources.ABN_MODIFIERS,
          null);
    } else if (line.necessityAtRisk
        && !line.line.hasModifier(Modifier.GA)
        && !line.line.hasModifier(Modifier.GZ)) {
      ev.report(
          GA_GZ_SUGGESTED,
          line,
          "Medicare may find " + line.code + " not reasonable and necessary for this patient.",
          "If the patient signed an advance beneficiary notice, append GA (the patient is then"
              + " liable); if not, append GZ (the practice is liable).",
          Sources.ABN_MODIFIERS,
          null);
    }
  }
}

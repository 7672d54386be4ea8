package dev.coverage.core.check;

import static dev.coverage.core.check.Severity.DENIAL_LIKELY;
import static dev.coverage.core.check.Severity.INFO;
import static dev.coverage.core.check.Severity.REVIEW;
import static dev.coverage.core.denial.FindingCategory.INVALID_CODE;

import com.google.common.primitives.ImmutableIntArray;
import dev.coverage.core.code.DiagnosisCode;
import dev.coverage.core.code.PlaceOfService;
import dev.coverage.core.reference.DiagnosisStatus;
import java.time.LocalDate;
import java.util.List;

/** Code validity: place of service, procedure codes and diagnosis codes on each line's date. */
final class CodeRules {
  static final Rule POS_UNASSIGNED =
      new Rule("code.place-of-service.unassigned", INVALID_CODE, DENIAL_LIKELY, "CO-58");
  static final Rule PROCEDURE_INVALID =
      new Rule("code.procedure.invalid", INVALID_CODE, DENIAL_LIKELY, "CO-181");
  static final Rule PROCEDURE_UNKNOWN =
      new Rule("code.procedure.unknown", INVALID_CODE, REVIEW, "CO-181");
  static final Rule PROCEDURE_UNLISTED =
      new Rule("code.procedure.unlisted", INVALID_CODE, INFO, "CO-16/N350");
  static final Rule DIAGNOSIS_HEADER =
      new Rule("code.diagnosis.header", INVALID_CODE, DENIAL_LIKELY, "CO-16/M76");
  static final Rule DIAGNOSIS_INVALID =
      new Rule("code.diagnosis.invalid", INVALID_CODE, DENIAL_LIKELY, "CO-146");
  static final Rule DIAGNOSIS_UNKNOWN =
      new Rule("code.diagnosis.unknown", INVALID_CODE, INFO, "CO-146");

  private CodeRules() {}

  static void apply(Evaluation ev) {
    placeOfService(ev);
    for (LineAssessment line : ev.lines) {
      procedure(ev, line);
    }
    diagnoses(ev);
  }

  private static void placeOfService(Evaluation ev) {
    PlaceOfService pos = ev.claim.placeOfService();
    if (!ev.reference.placesOfService().isAssigned(pos)) {
      ev.report(
          POS_UNASSIGNED,
          allLines(ev),
          "Place of service " + pos + " is not an assigned CMS code.",
          "Bill the place of service where the service was rendered (11 for an office).",
          Sources.PLACE_OF_SERVICE,
          null);
    }
  }

  private static void procedure(Evaluation ev, LineAssessment line) {
    if (line.info == null) {
      if (ev.reference.procedures().isComplete(line.code.system())) {
        ev.report(
            PROCEDURE_INVALID,
            line,
            "Procedure code " + line.code + " is not valid on " + line.date + ".",
            "Bill the code in force on the date of service.",
            Sources.PROCEDURE_CODES,
            null);
      } else if (!line.hasPolicyInForce()) {
        ev.report(
            PROCEDURE_UNKNOWN,
            line,
            "Procedure code "
                + line.code
                + " is not in the reference data, so its validity and coverage were not checked.",
            "Check the code against the current code set and the payer's policy, or load reference"
                + " data that covers it.",
            Sources.PROCEDURE_CODES,
            null);
        line.need(MissingInformation.COVERAGE_POLICY);
        line.authorization = AuthorizationStatus.CONDITIONAL;
      }
    } else if (line.info.unlisted()) {
      ev.report(
          PROCEDURE_UNLISTED,
          line,
          "Procedure code "
              + line.code
              + " is an unlisted code: the payer prices and reviews it by hand.",
          "Attach a description of the service, the procedure note, and a comparable listed code"
              + " for pricing.",
          Sources.UNLISTED,
          null);
    }
  }

  private static final DiagnosisStatus[] STATUSES = DiagnosisStatus.values();

  /**
   * Whether any pointed diagnosis is not billable on its line's date. Each diagnosis is looked up
   * once for the claim's date of service (memoized in the bits of a long: a "seen" bit per
   * diagnosis, then two bits of status each), so the common case allocates nothing.
   */
  private static boolean anyDiagnosisNotBillable(Evaluation ev) {
    LocalDate claimDate = ev.claim.dateOfService();
    List<DiagnosisCode> dx = ev.claim.diagnoses();
    long memo = 0;
    for (LineAssessment line : ev.lines) {
      List<Integer> pointers = line.line.diagnosisPointers();
      for (int i = 0; i < pointers.size(); i++) {
        int d = pointers.get(i) - 1;
        DiagnosisStatus status;
        if (!line.date.equals(claimDate)) {
          status = ev.reference.diagnoses().status(dx.get(d), line.date);
        } else if ((memo & (1L << d)) != 0) {
          status = STATUSES[(int) (memo >>> (16 + 2 * d)) & 3];
        } else {
          status = ev.reference.diagnoses().status(dx.get(d), line.date);
          memo |= (1L << d) | ((long) status.ordinal() << (16 + 2 * d));
        }
        if (status != DiagnosisStatus.BILLABLE) {
          return true;
        }
      }
    }
    return false;
  }

  /** One finding per problem diagnosis, naming every line that points to it. */
  private static void diagnoses(Evaluation ev) {
    if (!anyDiagnosisNotBillable(ev)) {
      return;
    }
    List<DiagnosisCode> dx = ev.claim.diagnoses();
    for (int d = 0; d < dx.size(); d++) {
      DiagnosisCode code = dx.get(d);
      int pointer = d + 1;
      DiagnosisStatus worst = null;
      ImmutableIntArray.Builder lines = null;
      LocalDate when = null;
      for (LineAssessment line : ev.lines) {
        if (!line.line.diagnosisPointers().contains(pointer)) {
          continue;
        }
        DiagnosisStatus status = ev.reference.diagnoses().status(code, line.date);
        if (status == DiagnosisStatus.BILLABLE) {
          continue;
        }
        if (lines == null) {
          lines = ImmutableIntArray.builder(2);
          worst = status;
          when = line.date;
        } else if (status.compareTo(worst) < 0) {
          worst = status;
          when = line.date;
        }
        lines.add(line.number);
      }
      if (lines == null) {
        continue;
      }
      ImmutableIntArray named = lines.build();
      switch (worst) {
        case HEADER:
          ev.report(
              DIAGNOSIS_HEADER,
              named,
              "Diagnosis "
                  + code
                  + " is a category header on "
                  + when
                  + ": it needs more characters to be billed.",
              "Code the diagnosis to its highest specificity (a billable code under " + code + ").",
              Sources.ICD10CM,
              null);
          break;
        case NOT_IN_CODE_SET:
          ev.report(
              DIAGNOSIS_INVALID,
              named,
              "Diagnosis " + code + " is not in the ICD-10-CM code set in force on " + when + ".",
              "Use the code valid for the fiscal year of the date of service.",
              Sources.ICD10CM,
              null);
          break;
        default:
          ev.report(
              DIAGNOSIS_UNKNOWN,
              named,
              "Diagnosis "
                  + code
                  + " is not in the loaded code set, so its validity was not checked.",
              "Load the full ICD-10-CM files for the date of service to check every diagnosis.",
              Sources.ICD10CM,
              null);
          break;
      }
    }
  }

  static ImmutableIntArray allLines(Evaluation ev) {
    ImmutableIntArray.Builder b = ImmutableIntArray.builder(ev.lines.length);
    for (LineAssessment l : ev.lines) {
      b.add(l.number);
    }
    return b.build();
  }
}

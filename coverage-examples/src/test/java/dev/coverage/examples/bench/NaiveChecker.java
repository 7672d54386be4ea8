package dev.coverage.examples.bench;

import dev.coverage.core.claim.Claim;
import dev.coverage.core.claim.ClaimLine;
import dev.coverage.core.claim.ClinicalFacts;
import dev.coverage.core.claim.TherapyKind;
import dev.coverage.core.code.DiagnosisCode;
import dev.coverage.core.code.ProcedureCode;
import dev.coverage.core.plan.Authorization;
import dev.coverage.core.reference.CoveragePolicy;
import dev.coverage.core.reference.Indication;
import dev.coverage.core.reference.MueLimit;
import dev.coverage.core.reference.PtpEdit;
import dev.coverage.core.reference.ReferenceTables;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The baseline: the same checks, written the plain way a first version often is. Reference data is
 * a list of rule objects over string-keyed maps; each line scans every policy, splits strings,
 * builds string keys for NCCI pairs and writes findings as strings. It covers code validity, policy
 * matching with documentation criteria, prior authorization, NCCI pairs, MUE and timely filing,
 * enough to be compared with the real checker on the clean benchmark claim.
 */
final class NaiveChecker {
  /** What the naive checker found. */
  record Result(List<String> findings) {}

  private static final List<String> CODES =
      List.of(
          "17999", "15780", "15781", "15782", "15783", "15786", "15787", "15788", "15789", "15792",
          "15793", "17000", "17003", "17004", "17106", "17107", "17108", "11900", "11901", "64615",
          "64650", "64653", "64999", "0232T", "J0585", "J0586", "J0587", "J0588", "J3301", "99202",
          "99203", "99204", "99205", "99211", "99212", "99213", "99214", "99215");

  private final List<Map<String, String>> policies = new ArrayList<>();
  private final Map<String, String> procedures = new HashMap<>();
  private final Map<String, String> diagnoses = new HashMap<>();
  private final Map<String, String> pairs = new HashMap<>();
  private final Map<String, String> unitLimits = new HashMap<>();

  static NaiveChecker from(ReferenceTables tables) {
    NaiveChecker n = new NaiveChecker();
    LocalDate day = BenchmarkClaims.DAY;
    Map<String, CoveragePolicy> seen = new HashMap<>();
    for (String code : CODES) {
      ProcedureCode c = ProcedureCode.of(code);
      tables.procedures().find(c, day).ifPresent(i -> n.procedures.put(code, i.kind().name()));
      for (CoveragePolicy p : tables.policies().forProcedure("commercial", c)) {
        seen.putIfAbsent(p.id(), p);
      }
      tables
          .ncci()
          .mue(c, day)
          .ifPresent((MueLimit m) -> n.unitLimits.put(code, m.units() + "|" + m.adjudication()));
      for (String other : CODES) {
        Optional<PtpEdit> e = tables.ncci().ptp(c, ProcedureCode.of(other), day);
        e.ifPresent(edit -> n.pairs.put(code + "|" + other, edit.modifierIndicator().name()));
      }
    }
    for (CoveragePolicy p : seen.values()) {
      for (Indication i : p.indications()) {
        Map<String, String> rule = new HashMap<>();
        rule.put("id", p.id());
        rule.put("codes", String.join(",", p.procedures().stream().map(Object::toString).toList()));
        rule.put("dx", String.join(",", i.diagnoses()));
        rule.put("classification", p.classification().name());
        rule.put("pa", p.priorAuthorization().name());
        i.requires().headacheDaysPerMonthAtLeast().ifPresent(v -> rule.put("headache", "" + v));
        i.requires().migraineDaysPerMonthAtLeast().ifPresent(v -> rule.put("migraine", "" + v));
        i.requires().monthsOfSymptomsAtLeast().ifPresent(v -> rule.put("months", "" + v));
        i.requires()
            .failedTherapiesAtLeast()
            .forEach((k, v) -> rule.put("failed." + k.name(), "" + v));
        n.policies.add(rule);
      }
    }
    for (String dx : List.of("G43709", "L639", "L910", "L570", "L811", "G437", "L63")) {
      var status = tables.diagnoses().status(DiagnosisCode.of(dx), day);
      n.diagnoses.put(dx, status.name());
    }
    return n;
  }

  Result check(Claim claim, List<Authorization> authorizations, ClinicalFacts facts) {
    List<String> findings = new ArrayList<>();
    List<ClaimLine> lines = claim.lines();
    for (int i = 0; i < lines.size(); i++) {
      ClaimLine line = lines.get(i);
      String code = line.procedure().value();
      LocalDate date = claim.dateOfService(line);
      if (!procedures.containsKey(code)) {
        findings.add("line " + (i + 1) + ": unknown code " + code);
      }
      List<String> dxs = new ArrayList<>();
      for (int p : line.diagnosisPointers()) {
        String dx = claim.diagnosis(p).undotted();
        dxs.add(dx);
        String status = diagnoses.getOrDefault(dx, "UNKNOWN");
        if (!status.equals("BILLABLE")) {
          findings.add("line " + (i + 1) + ": diagnosis " + dx + " is " + status);
        }
      }
      for (Map<String, String> rule : policies) {
        boolean codeMatches = false;
        for (String c : rule.get("codes").split(",")) {
          codeMatches |= c.equals(code);
        }
        if (!codeMatches) {
          continue;
        }
        boolean dxMatches = false;
        for (String prefix : rule.get("dx").split(",")) {
          for (String dx : dxs) {
            dxMatches |= dx.startsWith(prefix);
          }
        }
        if (!dxMatches) {
          continue;
        }
        if (rule.containsKey("headache")
            && facts.headacheDaysPerMonth().orElse(0) < Integer.parseInt(rule.get("headache"))) {
          findings.add("line " + (i + 1) + ": not medically necessary (" + rule.get("id") + ")");
        }
        if (rule.containsKey("migraine")
            && facts.migraineDaysPerMonth().orElse(0) < Integer.parseInt(rule.get("migraine"))) {
          findings.add("line " + (i + 1) + ": not medically necessary (" + rule.get("id") + ")");
        }
        if (rule.containsKey("months")
            && facts.monthsOfSymptoms().orElse(0) < Integer.parseInt(rule.get("months"))) {
          findings.add("line " + (i + 1) + ": not medically necessary (" + rule.get("id") + ")");
        }
        for (TherapyKind k : TherapyKind.values()) {
          String needed = rule.get("failed." + k.name());
          if (needed != null && facts.failed(k).orElse(0) < Integer.parseInt(needed)) {
            findings.add("line " + (i + 1) + ": not medically necessary (" + rule.get("id") + ")");
          }
        }
        if (rule.get("pa").equals("REQUIRED")) {
          boolean authorized = false;
          for (Authorization a : authorizations) {
            authorized |= a.covers(line.procedure()) && a.isValidOn(date);
          }
          if (!authorized) {
            findings.add("line " + (i + 1) + ": prior authorization absent");
          }
        }
      }
      String limit = unitLimits.get(code);
      if (limit != null && line.units() > Integer.parseInt(limit.split("\\|")[0])) {
        findings.add("line " + (i + 1) + ": units over the MUE");
      }
      for (int j = 0; j < lines.size(); j++) {
        String indicator = pairs.get(lines.get(j).procedure().value() + "|" + code);
        if (j != i
            && indicator != null
            && !indicator.equals("NOT_APPLICABLE")
            && line.modifiers().isEmpty()
            && !procedures.getOrDefault(code, "").equals("VISIT")) {
          findings.add("line " + (i + 1) + ": NCCI pair with line " + (j + 1));
        }
      }
      if (ChronoUnit.DAYS.between(date, claim.submissionDate()) > 365) {
        findings.add("line " + (i + 1) + ": filed late");
      }
    }
    return new Result(findings);
  }
}

package dev.coverage.core.check;

import static dev.coverage.core.check.Severity.DENIAL_LIKELY;
import static dev.coverage.core.check.Severity.REVIEW;
import static dev.coverage.core.denial.FindingCategory.AGE_SEX;
import static dev.coverage.core.denial.FindingCategory.BENEFIT_EXCLUSION;
import static dev.coverage.core.denial.FindingCategory.COSMETIC_EXCLUSION;
import static dev.coverage.core.denial.FindingCategory.DIAGNOSIS_INCONSISTENT;
import static dev.coverage.core.denial.FindingCategory.INVESTIGATIONAL;
import static dev.coverage.core.denial.FindingCategory.NON_CLINICAL_SETTING;
import static dev.coverage.core.denial.FindingCategory.NOT_MEDICALLY_NECESSARY;
import static dev.coverage.core.denial.FindingCategory.PROVIDER_TYPE;

import dev.coverage.core.claim.FacilityKind;
import dev.coverage.core.claim.Intent;
import dev.coverage.core.claim.Sex;
import dev.coverage.core.claim.Specialty;
import dev.coverage.core.code.DiagnosisCode;
import dev.coverage.core.plan.BenefitExclusion;
import dev.coverage.core.reference.Classification;
import dev.coverage.core.reference.CoveragePolicy;
import dev.coverage.core.reference.Indication;
import dev.coverage.core.reference.PriorAuthorizationRule;
import dev.coverage.core.reference.ProcedureKind;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Whether each line's service is a covered benefit: plan exclusions, stated cosmetic intent, then
 * the coverage policy for the code (classification, indications and their criteria, who may render
 * it, where, and for whom).
 */
final class CoverageRules {
  static final Rule EXCLUDED_PROCEDURE =
      new Rule("plan.excluded-procedure", BENEFIT_EXCLUSION, DENIAL_LIKELY, "PR-204");
  static final Rule EXCLUDED_HAIR_LOSS =
      new Rule("plan.excluded-hair-loss", BENEFIT_EXCLUSION, DENIAL_LIKELY, "PR-204");
  static final Rule COSMETIC_INTENT =
      new Rule("cosmetic.stated-intent", COSMETIC_EXCLUSION, DENIAL_LIKELY, "PR-204");
  static final Rule COSMETIC_PROCEDURE =
      new Rule("cosmetic.procedure", COSMETIC_EXCLUSION, DENIAL_LIKELY, "PR-204");
  static final Rule COSMETIC_DIAGNOSIS =
      new Rule("cosmetic.diagnosis", COSMETIC_EXCLUSION, DENIAL_LIKELY, "PR-204");
  static final Rule INVESTIGATIONAL_USE =
      new Rule("investigational.procedure", INVESTIGATIONAL, DENIAL_LIKELY, "CO-55");
  static final Rule DIAGNOSIS_NOT_COVERED =
      new Rule(
          "medical-necessity.diagnosis-not-covered",
          NOT_MEDICALLY_NECESSARY,
          DENIAL_LIKELY,
          "CO-50");
  static final Rule CRITERIA_UNMET =
      new Rule("medical-necessity.criteria-unmet", NOT_MEDICALLY_NECESSARY, DENIAL_LIKELY, "CO-50");
  static final Rule CRITERIA_UNDOCUMENTED =
      new Rule("medical-necessity.criteria-undocumented", NOT_MEDICALLY_NECESSARY, REVIEW, "CO-50");
  static final Rule DIAGNOSIS_INCONSISTENT_WITH_PROCEDURE =
      new Rule(
          "diagnosis.inconsistent-with-procedure", DIAGNOSIS_INCONSISTENT, DENIAL_LIKELY, "CO-11");
  static final Rule NO_POLICY_FOR_USE =
      new Rule("medical-necessity.no-policy-for-use", NOT_MEDICALLY_NECESSARY, REVIEW, "CO-50");
  static final Rule AGE_OUT_OF_BOUNDS =
      new Rule("age.out-of-bounds", AGE_SEX, DENIAL_LIKELY, "CO-6");
  static final Rule AGE_UNKNOWN = new Rule("age.unknown", AGE_SEX, REVIEW, "CO-6");
  static final Rule SEX_NOT_ELIGIBLE = new Rule("sex.not-eligible", AGE_SEX, DENIAL_LIKELY, "CO-7");
  static final Rule SEX_UNKNOWN = new Rule("sex.unknown", AGE_SEX, REVIEW, "CO-7");
  static final Rule SPECIALTY_NOT_ELIGIBLE =
      new Rule("provider.specialty-not-eligible", PROVIDER_TYPE, DENIAL_LIKELY, "CO-8");
  static final Rule FACILITY_NOT_ELIGIBLE =
      new Rule("setting.facility-not-eligible", NON_CLINICAL_SETTING, REVIEW, "CO-58");

  private static final String SELF_PAY =
      "Collect self-pay and give the patient a good-faith estimate before the service.";

  private CoverageRules() {}

  static void apply(Evaluation ev) {
    for (LineAssessment line : ev.lines) {
      if (planExcludes(ev, line)) {
        line.excluded = true;
        continue;
      }
      if (cosmeticIntent(ev, line)) {
        line.cosmetic = true;
        line.excluded = true;
        continue;
      }
      policy(ev, line);
    }
  }

  private static boolean planExcludes(Evaluation ev, LineAssessment line) {
    if (ev.plan.excludedProcedures().contains(line.code)) {
      ev.report(
          EXCLUDED_PROCEDURE,
          line,
          "The plan excludes " + line.code + " from its benefits.",
          SELF_PAY,
          Sources.PLAN_BENEFITS,
          null);
      return true;
    }
    if (ev.plan.exclusions().contains(BenefitExclusion.HAIR_LOSS_TREATMENT)) {
      DiagnosisCode primary = ev.claim.diagnosis(line.line.diagnosisPointers().get(0));
      if (isHairLoss(primary)) {
        ev.report(
            EXCLUDED_HAIR_LOSS,
            line,
            "The plan excludes treatment of hair loss, and the line's primary diagnosis "
                + primary
                + " is hair loss.",
            SELF_PAY,
            Sources.PLAN_BENEFITS,
            null);
        return true;
      }
    }
    return false;
  }

  /** Alopecia and other hair loss: ICD-10-CM L63 to L66. */
  private static boolean isHairLoss(DiagnosisCode dx) {
    String c = dx.category();
    return c.equals("L63") || c.equals("L64") || c.equals("L65") || c.equals("L66");
  }

  private static boolean cosmeticIntent(Evaluation ev, LineAssessment line) {
    boolean stated = line.facts.intent().orElse(null) == Intent.COSMETIC;
    DiagnosisCode z411 = null;
    List<Integer> pointers = line.line.diagnosisPointers();
    for (int i = 0; i < pointers.size(); i++) {
      DiagnosisCode dx = ev.claim.diagnosis(pointers.get(i));
      if (dx.undotted().equals("Z411")) {
        z411 = dx;
      }
    }
    if (!stated && z411 == null) {
      return false;
    }
    ev.report(
        COSMETIC_INTENT,
        line,
        (stated
                ? "The documentation states a cosmetic intent"
                : "The line points to Z41.1, an" + " encounter for cosmetic surgery")
            + ": "
            + line.code
            + " is excluded as cosmetic.",
        SELF_PAY,
        ev.isMedicare() ? Sources.MEDICARE_COSMETIC : Sources.COSMETIC,
        null);
    return true;
  }

  private static void policy(Evaluation ev, LineAssessment line) {
    List<CoveragePolicy> policies = line.policies;
    if (policies.isEmpty() || !line.hasPolicyInForce()) {
      return;
    }
    List<Integer> pointers = line.line.diagnosisPointers();
    CoveragePolicy matched = null;
    for (int i = 0; i < pointers.size() && matched == null; i++) {
      DiagnosisCode dx = ev.claim.diagnosis(pointers.get(i));
      for (int p = 0; p < policies.size() && matched == null; p++) {
        CoveragePolicy policy = policies.get(p);
        if (line.inForce(policy) && appliesTo(policy, dx)) {
          matched = policy;
        }
      }
    }
    if (matched == null) {
      unmatched(ev, line);
      return;
    }
    line.policy = matched;
    switch (matched.classification()) {
      case INVESTIGATIONAL:
        ev.report(
            INVESTIGATIONAL_USE,
            line,
            "Under " + matched.title() + ", " + line.code + " is experimental or investigational.",
            "Do not bill it as covered: tell the patient it is not covered and collect self-pay"
                + " with a signed waiver.",
            matched.source(),
            matched);
        return;
      case COSMETIC:
        line.cosmetic = true;
        ev.report(
            COSMETIC_PROCEDURE,
            line,
            "Under " + matched.title() + ", " + line.code + " is cosmetic.",
            SELF_PAY,
            matched.source(),
            matched);
        return;
      case MEDICAL_WITH_CRITERIA:
        if (!criteria(ev, line, matched)) {
          return;
        }
        break;
      default:
        break;
    }
    line.authorizationRequired = matched.priorAuthorization() == PriorAuthorizationRule.REQUIRED;
    eligibility(ev, line, matched);
  }

  /** A policy with indications applies to their diagnoses; one without, to any diagnosis. */
  private static boolean appliesTo(CoveragePolicy policy, DiagnosisCode dx) {
    List<Indication> indications = policy.indications();
    if (indications.isEmpty()) {
      return policy.classification() != Classification.MEDICAL_WITH_CRITERIA;
    }
    for (int i = 0; i < indications.size(); i++) {
      if (indications.get(i).matches(dx)) {
        return true;
      }
    }
    return false;
  }

  /** No indication matched: cosmetic, plausible but not covered, or inconsistent. */
  private static void unmatched(Evaluation ev, LineAssessment line) {
    List<Integer> pointers = line.line.diagnosisPointers();
    CoveragePolicy first = null;
    for (CoveragePolicy p : line.policies) {
      if (line.inForce(p)) {
        first = p;
        break;
      }
    }
    for (int i = 0; i < pointers.size(); i++) {
      DiagnosisCode dx = ev.claim.diagnosis(pointers.get(i));
      for (CoveragePolicy p : line.policies) {
        if (line.inForce(p) && p.isCosmetic(dx)) {
          line.policy = p;
          line.cosmetic = true;
          ev.report(
              COSMETIC_DIAGNOSIS,
              line,
              "Under " + p.title() + ", " + line.code + " for " + dx + " is cosmetic.",
              SELF_PAY,
              p.source(),
              p);
          return;
        }
      }
    }
    for (int i = 0; i < pointers.size(); i++) {
      DiagnosisCode dx = ev.claim.diagnosis(pointers.get(i));
      for (CoveragePolicy p : line.policies) {
        if (line.inForce(p) && p.isNonCovered(dx)) {
          line.policy = p;
          line.necessityAtRisk = true;
          ev.report(
              DIAGNOSIS_NOT_COVERED,
              line,
              "Under "
                  + p.title()
                  + ", "
                  + dx
                  + " is not a covered indication for "
                  + line.code
                  + ".",
              "Point the line to the covered diagnosis the record supports, if any; otherwise"
                  + " collect self-pay"
                  + (ev.isMedicare() ? " with a signed ABN (modifier GA)." : "."),
              p.source(),
              p);
          return;
        }
      }
    }
    if (isMultiUse(line)) {
      // An unlisted code or a drug serves many purposes; the policies here cover some of them.
      line.need(MissingInformation.COVERAGE_POLICY);
      line.authorization = AuthorizationStatus.CONDITIONAL;
      ev.report(
          NO_POLICY_FOR_USE,
          line,
          "No coverage policy in the reference data covers "
              + line.code
              + " for the line's"
              + " diagnoses, so its medical necessity was not checked.",
          "Check the payer's policy for this use of "
              + line.code
              + ", or load one that covers"
              + " it.",
          first.source(),
          null);
      return;
    }
    line.policy = first;
    ev.report(
        DIAGNOSIS_INCONSISTENT_WITH_PROCEDURE,
        line,
        "None of the line's diagnoses is an indication for "
            + line.code
            + " under "
            + first.title()
            + ".",
        "Point the line to the diagnosis that supports the service, or correct the procedure"
            + " code.",
        first.source(),
        first);
  }

  /** Unlisted codes and drugs are billed for many indications, not only those policies list. */
  private static boolean isMultiUse(LineAssessment line) {
    return line.info != null && (line.info.unlisted() || line.info.kind() == ProcedureKind.DRUG);
  }

  /** Returns whether the line may be covered: criteria met or still unknown. */
  private static boolean criteria(Evaluation ev, LineAssessment line, CoveragePolicy policy) {
    List<Integer> pointers = line.line.diagnosisPointers();
    CriteriaCheck best = null;
    Indication bestIndication = null;
    for (Indication indication : policy.indications()) {
      if (!matchesAny(ev, indication, pointers)) {
        continue;
      }
      CriteriaCheck check = CriteriaCheck.of(indication.requires(), line.facts);
      if (best == null || check.outcome.compareTo(best.outcome) < 0) {
        best = check;
        bestIndication = indication;
      }
      if (best.outcome == CriteriaCheck.Outcome.MET) {
        break;
      }
    }
    if (best == null || best.outcome == CriteriaCheck.Outcome.MET) {
      return true;
    }
    line.necessityAtRisk = true;
    if (best.outcome == CriteriaCheck.Outcome.UNKNOWN) {
      List<MissingInformation> missing = best.missing;
      StringBuilder needed = new StringBuilder();
      for (MissingInformation m : missing) {
        line.need(m);
        needed.append(needed.length() == 0 ? "" : "; ").append(m.description());
      }
      ev.report(
          CRITERIA_UNDOCUMENTED,
          line,
          "Coverage of "
              + line.code
              + " for "
              + bestIndication.label()
              + " under "
              + policy.title()
              + " depends on documentation not given: "
              + needed
              + ".",
          "Document " + needed + " in the record and on the claim's attachments.",
          policy.source(),
          policy);
      return true;
    }
    String unmet = String.join("; ", best.unmet);
    ev.report(
        CRITERIA_UNMET,
        line,
        "The documentation for "
            + line.code
            + " ("
            + bestIndication.label()
            + ") does not meet "
            + policy.title()
            + ": "
            + unmet
            + ".",
        "If the record supports the criteria, document them ("
            + describe(bestIndication)
            + "); otherwise collect self-pay"
            + (ev.isMedicare() ? " with a signed ABN (modifier GA)." : "."),
        policy.source(),
        policy);
    return false;
  }

  private static boolean matchesAny(Evaluation ev, Indication indication, List<Integer> pointers) {
    for (int i = 0; i < pointers.size(); i++) {
      if (indication.matches(ev.claim.diagnosis(pointers.get(i)))) {
        return true;
      }
    }
    return false;
  }

  /** The criteria of an indication in words, for a fix. */
  private static String describe(Indication indication) {
    var c = indication.requires();
    StringBuilder sb = new StringBuilder();
    append(sb, c.headacheDaysPerMonthAtLeast(), "headache days a month");
    append(sb, c.migraineDaysPerMonthAtLeast(), "migraine days a month");
    append(sb, c.monthsOfSymptomsAtLeast(), "months of symptoms");
    append(sb, c.lesionCountAtLeast(), "lesions");
    c.failedTherapiesAtLeast()
        .forEach(
            (kind, n) ->
                sb.append(sb.length() == 0 ? "" : ", ")
                    .append("failed ")
                    .append(CriteriaCheck.words(kind))
                    .append(n > 1 ? " (" + n + ")" : ""));
    if (c.requiresFunctionalImpairment()) {
      sb.append(sb.length() == 0 ? "" : ", ").append("functional impairment");
    }
    if (c.requiresCongenital()) {
      sb.append(sb.length() == 0 ? "" : ", ").append("congenital condition");
    }
    for (Intent intent : c.intents()) {
      sb.append(sb.length() == 0 ? "" : ", ").append(CriteriaCheck.words(intent)).append(" intent");
    }
    return sb.toString();
  }

  private static void append(StringBuilder sb, OptionalInt atLeast, String what) {
    if (atLeast.isPresent()) {
      sb.append(sb.length() == 0 ? "" : ", ")
          .append("at least ")
          .append(atLeast.getAsInt())
          .append(' ')
          .append(what);
    }
  }

  /** Who may receive it, who may render it, and where. */
  private static void eligibility(Evaluation ev, LineAssessment line, CoveragePolicy policy) {
    if (policy.ageAtLeast().isPresent() || policy.ageAtMost().isPresent()) {
      OptionalInt age = ev.claim.patient().ageOn(line.date);
      if (age.isEmpty()) {
        line.need(MissingInformation.PATIENT_AGE);
        ev.report(
            AGE_UNKNOWN,
            line,
            policy.title()
                + " has age limits ("
                + bounds(policy)
                + ") and the patient's age is"
                + " not given.",
            "Give the patient's age or birth date.",
            policy.source(),
            policy);
      } else if (outside(age.getAsInt(), policy)) {
        ev.report(
            AGE_OUT_OF_BOUNDS,
            line,
            policy.title()
                + " covers ages "
                + bounds(policy)
                + "; the patient is "
                + age.getAsInt()
                + ".",
            "Do not bill it as covered for this patient; collect self-pay or seek an exception.",
            policy.source(),
            policy);
      }
    }
    Set<Sex> sexes = policy.sexes();
    if (!sexes.isEmpty()) {
      Sex sex = ev.claim.patient().sex();
      if (sex == Sex.UNKNOWN) {
        line.need(MissingInformation.PATIENT_SEX);
        ev.report(
            SEX_UNKNOWN,
            line,
            policy.title() + " is limited by sex and the patient's sex is not given.",
            "Give the patient's sex.",
            policy.source(),
            policy);
      } else if (!sexes.contains(sex)) {
        ev.report(
            SEX_NOT_ELIGIBLE,
            line,
            policy.title() + " does not cover " + line.code + " for this patient's sex.",
            "Check the procedure code and the patient's record.",
            policy.source(),
            policy);
      }
    }
    Set<Specialty> specialties = policy.specialties();
    Specialty specialty = ev.claim.provider().specialty();
    if (!specialties.isEmpty() && !specialties.contains(specialty)) {
      ev.report(
          SPECIALTY_NOT_ELIGIBLE,
          line,
          policy.title()
              + " requires the service be rendered by "
              + joinSpecialties(specialties)
              + "; the rendering provider's specialty is "
              + CriteriaCheck.words(specialty)
              + ".",
          "Refer the patient to an in-network " + joinSpecialties(specialties) + ".",
          policy.source(),
          policy);
    }
    Set<FacilityKind> facilities = policy.facilities();
    FacilityKind facility = ev.claim.facility();
    if (!facilities.isEmpty() && facility.isClinical() && !facilities.contains(facility)) {
      ev.report(
          FACILITY_NOT_ELIGIBLE,
          line,
          policy.title()
              + " covers "
              + line.code
              + " in "
              + joinWords(facilities)
              + ", not in "
              + CriteriaCheck.words(facility)
              + ".",
          "Render the service in "
              + joinWords(facilities)
              + ", or confirm the payer allows this"
              + " setting.",
          policy.source(),
          policy);
    }
  }

  private static boolean outside(int age, CoveragePolicy policy) {
    return (policy.ageAtLeast().isPresent() && age < policy.ageAtLeast().getAsInt())
        || (policy.ageAtMost().isPresent() && age > policy.ageAtMost().getAsInt());
  }

  private static String bounds(CoveragePolicy policy) {
    OptionalInt min = policy.ageAtLeast();
    OptionalInt max = policy.ageAtMost();
    if (min.isPresent() && max.isPresent()) {
      return min.getAsInt() + " to " + max.getAsInt();
    }
    return min.isPresent() ? min.getAsInt() + " and over" : "up to " + max.getAsInt();
  }

  static String joinSpecialties(Set<Specialty> specialties) {
    return joinWords(specialties);
  }

  static String joinWords(Iterable<? extends Enum<?>> values) {
    StringBuilder sb = new StringBuilder();
    for (Enum<?> v : values) {
      if (sb.length() > 0) {
        sb.append(" or ");
      }
      sb.append(CriteriaCheck.words(v));
    }
    return sb.toString();
  }
}

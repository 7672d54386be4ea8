package dev.coverage.core.check;

import com.google.common.collect.ImmutableList;
import dev.coverage.core.denial.FindingCategory;
import dev.coverage.core.denial.PredictedAdjustment;
import java.util.List;

/**
 * One rule of the checker: the stable id its findings carry, their category and severity, and the
 * adjustment it predicts unless the reference data, the policy or the plan remaps it. {@link
 * #all()} is the whole catalog, for documentation and for checking that reference data has wording
 * for every code the checker may predict.
 */
public final class Rule {
  final String ruleId;
  final FindingCategory category;
  final Severity severity;
  final PredictedAdjustment adjustment;

  Rule(String ruleId, FindingCategory category, Severity severity, String adjustment) {
    this.ruleId = ruleId;
    this.category = category;
    this.severity = severity;
    this.adjustment = PredictedAdjustment.parse(adjustment);
  }

  /** Every rule, grouped as the checker runs them. */
  public static List<Rule> all() {
    return Catalog.ALL;
  }

  /** The stable id, such as {@code prior-authorization.absent}. */
  public String id() {
    return ruleId;
  }

  /** The category of its findings. */
  public FindingCategory category() {
    return category;
  }

  /** The severity of its findings. */
  public Severity severity() {
    return severity;
  }

  /** The adjustment it predicts by default. */
  public PredictedAdjustment defaultAdjustment() {
    return adjustment;
  }

  /** The id, severity and default adjustment. */
  @Override
  public String toString() {
    return ruleId + " (" + severity + ", " + adjustment + ")";
  }

  /** Holds the list apart, so that the rule classes are initialized before it is built. */
  private static final class Catalog {
    static final ImmutableList<Rule> ALL =
        ImmutableList.of(
            CodeRules.POS_UNASSIGNED,
            CodeRules.PROCEDURE_INVALID,
            CodeRules.PROCEDURE_UNKNOWN,
            CodeRules.PROCEDURE_UNLISTED,
            CodeRules.DIAGNOSIS_HEADER,
            CodeRules.DIAGNOSIS_INVALID,
            CodeRules.DIAGNOSIS_UNKNOWN,
            CoverageRules.EXCLUDED_PROCEDURE,
            CoverageRules.EXCLUDED_HAIR_LOSS,
            CoverageRules.COSMETIC_INTENT,
            CoverageRules.COSMETIC_PROCEDURE,
            CoverageRules.COSMETIC_DIAGNOSIS,
            CoverageRules.INVESTIGATIONAL_USE,
            CoverageRules.DIAGNOSIS_NOT_COVERED,
            CoverageRules.CRITERIA_UNMET,
            CoverageRules.CRITERIA_UNDOCUMENTED,
            CoverageRules.DIAGNOSIS_INCONSISTENT_WITH_PROCEDURE,
            CoverageRules.NO_POLICY_FOR_USE,
            CoverageRules.AGE_OUT_OF_BOUNDS,
            CoverageRules.AGE_UNKNOWN,
            CoverageRules.SEX_NOT_ELIGIBLE,
            CoverageRules.SEX_UNKNOWN,
            CoverageRules.SPECIALTY_NOT_ELIGIBLE,
            CoverageRules.FACILITY_NOT_ELIGIBLE,
            SettingRules.CREDENTIAL_NOT_BILLABLE,
            SettingRules.CREDENTIAL_UNCERTAIN,
            SettingRules.NON_CLINICAL,
            SettingRules.NETWORK_UNKNOWN,
            SettingRules.OUT_OF_NETWORK_NOT_COVERED,
            SettingRules.OUT_OF_NETWORK_BENEFIT,
            SettingRules.REFERRAL_MISSING,
            HistoryRules.DUPLICATE_IN_HISTORY,
            HistoryRules.DUPLICATE_ON_CLAIM,
            HistoryRules.FREQUENCY_EXCEEDED,
            HistoryRules.FREQUENCY_UNCHECKED,
            AuthorizationRules.ABSENT,
            AuthorizationRules.EXPIRED,
            AuthorizationRules.NOT_YET_VALID,
            AuthorizationRules.OTHER_CODES,
            AuthorizationRules.UNITS_EXCEEDED,
            AuthorizationRules.NUMBER_MISSING,
            AuthorizationRules.NUMBER_MISMATCH,
            AuthorizationRules.UNVERIFIED,
            EditRules.PTP_NOT_ALLOWED,
            EditRules.PTP_MODIFIER_NEEDED,
            EditRules.MUE_EXCEEDED,
            ModifierRules.JW_JZ_MISSING,
            ModifierRules.JW_JZ_MISSING_COMMERCIAL,
            ModifierRules.JW_JZ_BOTH,
            ModifierRules.MODIFIER_25_MISSING,
            ModifierRules.GY_SUGGESTED,
            ModifierRules.GA_GZ_SUGGESTED,
            FilingRules.LATE);
  }
}

package dev.coverage.core.reference;

import com.google.common.collect.ImmutableMap;
import dev.coverage.core.denial.PredictedAdjustment;
import dev.coverage.core.denial.ReasonCode;
import dev.coverage.core.denial.RemarkCode;
import java.util.Map;
import java.util.Optional;

/**
 * The reference data's say on adjustment codes: a payer-wide remapping of what a rule predicts
 * (some payers answer an MUE with CARC 35 and RARC N362 rather than CARC 151), and our own short
 * wording for the codes, for reports. The wording is ours: the official CARC and RARC text belongs
 * to X12 and is not shipped.
 *
 * <p>A finding's adjustment is, in order of precedence: the plan's override for its category, the
 * policy's own code for its category, this map's code for its rule, the rule's default.
 */
public interface DenialCodeMap {
  /**
   * The remapped prediction for a rule.
   *
   * @param ruleId a rule id, such as {@code mue.units-exceeded}
   * @return the adjustment to predict instead of the rule's default, or empty
   */
  Optional<PredictedAdjustment> forRule(String ruleId);

  /**
   * Our short wording for a reason code.
   *
   * @param code the CARC
   * @return a few words, or empty when unknown
   */
  Optional<String> describe(ReasonCode code);

  /**
   * Our short wording for a remark code.
   *
   * @param code the RARC
   * @return a few words, or empty when unknown
   */
  Optional<String> describe(RemarkCode code);

  /**
   * A map from tables.
   *
   * @param byRule remapped predictions by rule id
   * @param reasons wording by CARC
   * @param remarks wording by RARC
   * @return the map
   */
  static DenialCodeMap of(
      Map<String, PredictedAdjustment> byRule,
      Map<ReasonCode, String> reasons,
      Map<RemarkCode, String> remarks) {
    ImmutableMap<String, PredictedAdjustment> rules = ImmutableMap.copyOf(byRule);
    ImmutableMap<ReasonCode, String> r = ImmutableMap.copyOf(reasons);
    ImmutableMap<RemarkCode, String> m = ImmutableMap.copyOf(remarks);
    return new DenialCodeMap() {
      @Override
      public Optional<PredictedAdjustment> forRule(String ruleId) {
        return Optional.ofNullable(rules.get(ruleId));
      }

      @Override
      public Optional<String> describe(ReasonCode code) {
        return Optional.ofNullable(r.get(code));
      }

      @Override
      public Optional<String> describe(RemarkCode code) {
        return Optional.ofNullable(m.get(code));
      }
    };
  }

  /** No remapping and no wording. */
  static DenialCodeMap none() {
    return of(Map.of(), Map.of(), Map.of());
  }
}

/**
 * The coverage checker: {@link dev.coverage.core.check.CoverageChecker}, built once from reference
 * data, then a short chain per claim ({@link dev.coverage.core.check.ClaimCheck}, {@link
 * dev.coverage.core.check.PlanCheck}) ending in an {@link dev.coverage.core.check.Assessment} of
 * {@link dev.coverage.core.check.LineAssessment}s and {@link dev.coverage.core.check.Finding}s.
 *
 * <h2>How a claim is checked</h2>
 *
 * <p>Rules run in a fixed order, each a small package-private class: code validity ({@code
 * CodeRules}); coverage (plan exclusions, stated cosmetic intent, then the coverage policy for the
 * code: classification, indications and their documentation criteria, age, sex, specialty and
 * setting; {@code CoverageRules}); who rendered it and where (credential, facility, network,
 * referral; {@code SettingRules}); history (duplicates and frequency limits; {@code HistoryRules});
 * prior authorization ({@code AuthorizationRules}); NCCI procedure-to-procedure pairs and medically
 * unlikely edits ({@code EditRules}); modifiers ({@code ModifierRules}); timely filing ({@code
 * FilingRules}). Each rule reports findings; none stops the check.
 *
 * <h2>Verdicts</h2>
 *
 * <ul>
 *   <li>A line is {@link dev.coverage.core.check.Coverage#NOT_COVERED} when a likely denial of a
 *       category that {@linkplain dev.coverage.core.denial.FindingCategory#meansNotCovered() means
 *       not covered} names it; else {@link dev.coverage.core.check.Coverage#CONDITIONAL} when a
 *       rule needed information it was not given (listed on the line); else covered.
 *   <li>Prior authorization is not required for a line that is not covered.
 *   <li>A line's {@link dev.coverage.core.check.Verdict} is {@code LIKELY_DENIED} with any {@code
 *       DENIAL_LIKELY} finding, {@code AT_RISK} with any {@code REVIEW} finding or anything
 *       conditional, else {@code CLEAN}; the claim's verdict is the worst of its lines'.
 * </ul>
 *
 * <h2>Unknown is not no</h2>
 *
 * <p>What the caller does not give is unknown: without documentation, policy criteria are
 * conditional; without authorizations on file, a line that reports an authorization number is
 * conditional (one that reports none is likely denied: the payer will see none); without history,
 * frequency limits are unchecked; an unknown network status is conditional.
 */
@NullMarked
@ValueStyle
@CheckReturnValue
package dev.coverage.core.check;

import com.google.errorprone.annotations.CheckReturnValue;
import dev.coverage.core.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;

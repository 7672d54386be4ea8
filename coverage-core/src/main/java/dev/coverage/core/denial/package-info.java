/**
 * The vocabulary of predicted denials: {@link dev.coverage.core.denial.FindingCategory}, group
 * codes, claim adjustment reason codes (CARC) and remark codes (RARC), and {@link
 * dev.coverage.core.denial.PredictedAdjustment}. The CARC and RARC lists belong to X12: the library
 * ships code values with its own short wording, never X12's.
 */
@NullMarked
package dev.coverage.core.denial;

import org.jspecify.annotations.NullMarked;

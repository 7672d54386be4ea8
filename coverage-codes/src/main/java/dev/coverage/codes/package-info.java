/**
 * The reference data a {@code CoverageChecker} reads, bundled and ready: {@link
 * dev.coverage.codes.ReferenceData#bundled()} returns the domain's procedure and drug codes, the
 * ICD-10-CM codes its policies name (FY2024 to FY2027), place-of-service codes, NCCI edits among
 * the bundled codes, reference fees, the adjustment codes the findings predict (with our own
 * wording) and two sets of coverage policies, commercial and Medicare Part B.
 *
 * <p>Every bundled row carries its effective dates and a source citation; the files live under
 * {@code dev/coverage/codes/} in this jar. To check against the full official code sets, load them
 * with {@code dev.coverage.codes.load} and replace the bundled tables with {@link
 * dev.coverage.codes.ReferenceData#bundledWith()}; {@link dev.coverage.codes.Layered} keeps the
 * bundled facts where a loaded table has none.
 */
@NullMarked
@CheckReturnValue
package dev.coverage.codes;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;

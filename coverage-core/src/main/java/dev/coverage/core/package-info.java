/**
 * coverage: predicts, before a claim is submitted, which lines a payer is likely to deny, why, what
 * fixes it, and what the patient will likely owe.
 *
 * <p>Start with {@code dev.coverage.core.check.CoverageChecker}. The model lives in {@code code},
 * {@code claim} and {@code plan}; every invalid input throws {@link
 * dev.coverage.core.ValidationException}.
 */
@NullMarked
package dev.coverage.core;

import org.jspecify.annotations.NullMarked;

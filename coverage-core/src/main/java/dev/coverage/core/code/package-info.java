/**
 * Typed codes and amounts: {@link dev.coverage.core.code.ProcedureCode}, {@link
 * dev.coverage.core.code.DiagnosisCode}, {@link dev.coverage.core.code.Modifier}, {@link
 * dev.coverage.core.code.PlaceOfService}, {@link dev.coverage.core.code.Npi}, {@link
 * dev.coverage.core.code.Money} and {@link dev.coverage.core.code.Percent}.
 *
 * <p>Each validates its syntax when built and throws {@link dev.coverage.core.ValidationException}
 * otherwise; a well-formed code that does not exist on a date is a finding of the checker, never an
 * exception. These are hand-written small values rather than generated ones: they parse and
 * normalize text and sit on the checker's hot path, so they keep their hash cheap and their
 * allocation to one object.
 */
@NullMarked
package dev.coverage.core.code;

import org.jspecify.annotations.NullMarked;

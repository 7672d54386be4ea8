/**
 * The claim as a practice would submit it: {@link dev.coverage.core.claim.Claim} with its {@link
 * dev.coverage.core.claim.ClaimLine}s, the {@link dev.coverage.core.claim.Patient}, the rendering
 * {@link dev.coverage.core.claim.Provider} and the facility, and the {@link
 * dev.coverage.core.claim.ClinicalFacts} the documentation supports.
 *
 * <p>All values are immutable and validated when built; invalid input throws {@link
 * dev.coverage.core.ValidationException} naming the field. Patient identifiers (member id, names,
 * birth date) are redacted from every {@code toString()} and never appear in a message.
 */
@NullMarked
@ValueStyle
@CheckReturnValue
package dev.coverage.core.claim;

import com.google.errorprone.annotations.CheckReturnValue;
import dev.coverage.core.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;

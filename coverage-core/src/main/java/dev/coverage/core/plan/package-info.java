/**
 * The patient's plan and what the practice knows about the patient's benefits: the {@link
 * dev.coverage.core.plan.Plan} (product, network rules, cost sharing, exclusions, prior
 * authorization list, fee schedule), the {@link dev.coverage.core.plan.Accumulators} met so far,
 * {@link dev.coverage.core.plan.Authorization}s on file and the {@link
 * dev.coverage.core.plan.ServiceHistory} of prior services.
 */
@NullMarked
@ValueStyle
@CheckReturnValue
package dev.coverage.core.plan;

import com.google.errorprone.annotations.CheckReturnValue;
import dev.coverage.core.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;

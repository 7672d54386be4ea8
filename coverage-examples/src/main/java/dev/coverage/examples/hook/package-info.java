/**
 * A pre-submission hook, as a claim scrubber would write it: {@link
 * dev.coverage.examples.hook.PreSubmissionHook} shares one checker across the pipeline's threads
 * and turns each assessment into accept or hold, with messages.
 */
@NullMarked
package dev.coverage.examples.hook;

import org.jspecify.annotations.NullMarked;

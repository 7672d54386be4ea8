/**
 * Runnable examples: {@link dev.coverage.examples.Demo} checks the example claims shipped under
 * {@code dev/coverage/examples/} ({@link dev.coverage.examples.Examples}) and prints a report or
 * their JSON.
 */
@NullMarked
package dev.coverage.examples;

import org.jspecify.annotations.NullMarked;

/**
 * The plain-text report of assessments: {@link dev.coverage.examples.report.TextReport}, used by
 * the demo and by the command-line tool's text mode, and {@link dev.coverage.examples.report.Tally}
 * for its summary.
 */
@NullMarked
package dev.coverage.examples.report;

import org.jspecify.annotations.NullMarked;

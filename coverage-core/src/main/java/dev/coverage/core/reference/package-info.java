/**
 * The read-only ports through which reference data reaches the checker, and the value types they
 * return: the procedure and diagnosis catalogs, places of service, coverage policies, NCCI edits,
 * the adjustment-code map and reference fees, gathered in {@link
 * dev.coverage.core.reference.ReferenceTables}.
 *
 * <p>coverage-core knows nothing about where the data comes from: the {@code coverage-codes} module
 * implements these ports from bundled files and from the official CMS/CDC files, and a vendor can
 * implement them from its own licensed sources. Every port answers for a date: codes, policies and
 * edits are effective-dated, and a check uses what was in force on the line's date of service.
 * Implementations must be immutable, thread-safe and do no I/O when asked.
 *
 * <p>Each port has a small in-memory implementation behind a static {@code of(...)} factory that
 * indexes its rows once; those suit tests and small tables, and validate their rows (overlapping
 * effective ranges for one key are rejected).
 */
@NullMarked
@ValueStyle
@CheckReturnValue
package dev.coverage.core.reference;

import com.google.errorprone.annotations.CheckReturnValue;
import dev.coverage.core.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;

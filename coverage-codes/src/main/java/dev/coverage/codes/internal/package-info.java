/**
 * Not API: the strict readers shared by the bundled data and the loaders (lines, tab-separated and
 * comma-separated files, fixed fields, JSON), and the compact code packings the large tables use.
 * Anything here may change in any release.
 */
@NullMarked
package dev.coverage.codes.internal;

import org.jspecify.annotations.NullMarked;

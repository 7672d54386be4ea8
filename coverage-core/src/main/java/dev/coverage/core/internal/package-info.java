/**
 * Not API: helpers shared by the library's own packages. Anything here may change in any release.
 */
@NullMarked
package dev.coverage.core.internal;

import org.jspecify.annotations.NullMarked;

/**
 * jqwik generators for every value of the coverage model, for our own property tests and for
 * vendors' tests: {@link dev.coverage.core.testing.CoverageArbitraries} (static factories) and
 * {@link dev.coverage.core.testing.CoverageDomain} (the same arbitraries as a jqwik domain, so that
 * {@code @ForAll Claim claim} works).
 *
 * <p>Shipped as coverage-core's {@code tests} classifier jar, which holds this package only. Add
 * it, and jqwik itself, in test scope:
 *
 * <pre>{@code
 * <dependency>
 *   <groupId>dev.coverage</groupId>
 *   <artifactId>coverage-core</artifactId>
 *   <classifier>tests</classifier>
 *   <scope>test</scope>
 * </dependency>
 * }</pre>
 */
@NullMarked
package dev.coverage.core.testing;

import org.jspecify.annotations.NullMarked;

/**
 * Loaders for the official code files a vendor licenses or downloads: ICD-10-CM order files ({@link
 * dev.coverage.codes.load.Icd10cmLoader}), the HCPCS Level II alpha-numeric file ({@link
 * dev.coverage.codes.load.HcpcsLoader}), NCCI PTP and MUE tables ({@link
 * dev.coverage.codes.load.NcciLoader}), place-of-service codes ({@link
 * dev.coverage.codes.load.PlaceOfServiceLoader}), and coverage policies written as JSON ({@link
 * dev.coverage.codes.load.CoveragePolicyLoader}).
 *
 * <p>Each returns an immutable, thread-safe, effective-dated table that implements a port of {@code
 * dev.coverage.core.reference} and can replace the bundled one (see {@code
 * dev.coverage.codes.ReferenceData#bundledWith()}). Every loader reads strictly and completely
 * before it returns: a malformed line throws {@link dev.coverage.core.ValidationException} naming
 * the file, line and column, and nothing is half-loaded. Files are read as UTF-8; names ending in
 * {@code .gz} are gunzipped.
 */
@NullMarked
@CheckReturnValue
package dev.coverage.codes.load;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;

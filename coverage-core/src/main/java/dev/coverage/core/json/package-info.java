/**
 * JSON for the model: {@link dev.coverage.core.json.CoverageJsonModule}, the one Jackson module,
 * and {@link dev.coverage.core.json.CoverageJson}, a facade with a mapper configured for it. This
 * is the only package of the library that imports Jackson; the model carries no annotations.
 *
 * <h2>Shapes</h2>
 *
 * <ul>
 *   <li>Property names are the model's accessor names: {@code claimId}, {@code dateOfService},
 *       {@code diagnosisPointers}.
 *   <li>Codes are strings: procedure {@code "64615"}, diagnosis written dotted {@code "G43.709"}
 *       (read dotted or undotted), modifier {@code "JZ"}, place of service {@code "11"}, NPI {@code
 *       "1234567893"}, reason {@code "50"}, remark {@code "N425"}, adjustment {@code "CO-50"} or
 *       {@code "PR-96/N425"}.
 *   <li>Amounts are strings with two decimals, {@code "125.00"}; a JSON number for an amount is
 *       refused, because binary floating point loses cents. Percentages are strings too: {@code
 *       "20"}, {@code "12.5"}. The treated area of clinical facts is a JSON number, read exactly.
 *   <li>Dates are ISO strings, {@code "2026-03-02"}; enums are their constant names.
 *   <li>Maps are objects keyed by name: copays by service class, failed therapies by therapy kind,
 *       the fee schedule by procedure code, denial code overrides by finding category.
 *   <li>A service history is written {@code {"services":[...]}}; a bare array of prior services is
 *       read as well.
 *   <li>Check requests and assessments are described below.
 * </ul>
 *
 * <h2>Check requests</h2>
 *
 * A {@link dev.coverage.core.check.CheckRequest} is a claim with what the practice knows about it,
 * read and written:
 *
 * <pre>{@code
 * {"claim":{...},"authorizations":[{...}],"history":{"services":[...]},
 *  "accumulators":{"deductibleMet":"400.00","outOfPocketMet":"650.00",...},
 *  "documentation":{"headacheDaysPerMonth":20},"lineDocumentation":{"2":{"intent":"MEDICAL"}}}
 * }</pre>
 *
 * <ul>
 *   <li>Only {@code claim} is required. Absent or null {@code authorizations} means the
 *       authorizations on file are unknown; {@code []} means there are none. The two are written
 *       back as they were: {@code []} is written, unknown is omitted.
 *   <li>{@code history} is an object or a bare array of prior services, like a service history.
 *   <li>{@code accumulators} and {@code documentation} default to none and are always written.
 *   <li>{@code lineDocumentation} is keyed by line number, in digits from 1 with no sign or leading
 *       zero ({@code "2"}), and written in line order. Documentation for a line the claim does not
 *       have is an error at {@code $.lineDocumentation.3}, located at the end of the request.
 *   <li>A claims file may hold requests or bare claims: {@link
 *       dev.coverage.core.json.CoverageJson#readRequest(String)} decides from the first property
 *       name. When it is one of the request's properties above, the document is read as a request;
 *       otherwise (an empty object included) the whole document is read as a claim, giving {@code
 *       CheckRequest.of(claim)}. So a request that misspells its first property fails as a claim
 *       would ({@code $.authorisations} "is not a property of a claim"), and a failure's path is
 *       always a path into the document as written: {@code $.claim.lines[1].units} in a request,
 *       {@code $.lines[1].units} in a bare claim. {@code CoverageJson.read(json,
 *       CheckRequest.class)} and a mapper of your own read requests only.
 * </ul>
 *
 * <h2>What the checker returns</h2>
 *
 * An {@link dev.coverage.core.check.Assessment} is written, never read back (reading one is an
 * {@code IllegalArgumentException}); so are its parts on their own: {@code LineAssessment}, {@code
 * Finding}, {@code MissingInformation}, {@code Citation}, {@code Estimate}, {@code LineEstimate}.
 *
 * <pre>{@code
 * {"claimId":"T-1","verdict":"LIKELY_DENIED","referenceVersion":"2026.1",
 *  "lines":[{"line":1,"procedure":"64615","dateOfService":"2026-03-02","coverage":"CONDITIONAL",
 *            "authorization":"SATISFIED","authorizationNumber":"PA-100","verdict":"AT_RISK",
 *            "missingInformation":[{"field":"documentation.monthsOfSymptoms",
 *                                   "description":"how many months the symptoms have lasted"}],
 *            "policyId":"commercial/botulinum-toxin/chronic-migraine"}],
 *  "findings":[{"ruleId":"code.diagnosis.header","category":"INVALID_CODE","lines":[3],
 *               "severity":"DENIAL_LIKELY",
 *               "predictedAdjustment":{"group":"CO","reason":"16","remark":"M76","code":"CO-16/M76"},
 *               "message":"...","fix":"...",
 *               "source":{"title":"...","url":"https://...","secondary":false}}],
 *  "estimate":{"tier":"IN_NETWORK","inNetwork":true,"assumedInNetwork":false,
 *              "deductibleRemainingBefore":"600.00","outOfPocketRemainingBefore":"5000.00",
 *              "charge":"1900.00","allowed":"1900.00","copay":"0.00","deductible":"600.00",
 *              "coinsurance":"260.00","capReduction":"0.00","planPays":"1040.00",
 *              "patientOwes":"860.00","costShare":"860.00","balanceBill":"0.00",
 *              "patientTotal":"860.00","selfPayTotal":"0.00",
 *              "lines":[{"line":1,"basis":"BILLED_CHARGE","charge":"450.00","allowed":"450.00",
 *                        "copay":"0.00","deductible":"450.00","coinsurance":"0.00",
 *                        "capReduction":"0.00","planPays":"0.00","patientOwes":"450.00",
 *                        "balanceBill":"0.00","patientTotal":"450.00","selfPay":false,
 *                        "hsaEligible":true}]}}
 * }</pre>
 *
 * <ul>
 *   <li>A line's and a line estimate's number is {@code line}; a finding's {@code lines} are line
 *       numbers.
 *   <li>The predicted adjustment is an object under {@code predictedAdjustment}, never a bare code,
 *       so that nobody reads it as the payer's decision; {@code code} is its written form.
 *   <li>{@code selfPayTotal} is the good-faith-estimate figure: the charges of the lines the
 *       patient pays in full. {@code outOfPocketRemainingBefore} is omitted when the tier has no
 *       maximum.
 *   <li>The estimate is written by calling {@code Assessment.estimate()}, which computes it on
 *       first use.
 *   <li>No patient data: an assessment carries no member id, name or birth date, so its JSON cannot
 *       either. The same assessment is always written to the same bytes: every array is in the
 *       assessment's own order.
 * </ul>
 *
 * <h2>Writing</h2>
 *
 * Optional properties that are empty, and collections that are empty (other than the ones a value
 * requires), are omitted; properties with a default are always written.
 *
 * <h2>Reading is strict</h2>
 *
 * <ul>
 *   <li>An unknown property, a property given twice, a token of the wrong kind (a string where an
 *       object belongs, a number for an amount, {@code 3.0} for a count), a missing required
 *       property or a value the model refuses is an error.
 *   <li>{@code null} for an optional property, or one with a default, means absent; {@code null}
 *       for a required property is an error naming it. An element of an array and a value of a map
 *       must not be null.
 *   <li>Arrays read as sets (exclusions, excluded procedures, authorized codes) must not repeat an
 *       element; map keys must not repeat once normalized ({@code "j0585"} and {@code "J0585"}).
 *   <li>Properties with a default ({@code units}, {@code sex}, {@code networkStatus}, {@code
 *       filingLimitDays}...) may be omitted.
 * </ul>
 *
 * <h2>Failures</h2>
 *
 * Every failure is described by a {@link dev.coverage.core.ValidationException} whose {@code
 * field()} is the JSON path of the offending value in the document, in JSONPath dot notation
 * ({@code $.lines[1].units}, {@code $.feeSchedule.J0585}, {@code $} for the whole document; names
 * other than letters, digits and underscores are bracketed, {@code $['odd name']}), whose {@code
 * rule()} says what is wrong, and whose {@code location()} is {@code line L column C}. A rule the
 * model enforces across properties (a diagnosis pointer past the diagnoses) carries the model's
 * path under the object's path ({@code $.lines[1].diagnosisPointers[0]}) and the location of the
 * end of the object. Messages never repeat a member id, a name or a birth date.
 *
 * <p>{@link dev.coverage.core.json.CoverageJson}'s {@code read} methods throw that {@code
 * ValidationException} for every failure, syntax errors included. Through a mapper of your own, a
 * failure detected by the module is a {@link com.fasterxml.jackson.databind.JsonMappingException}
 * whose cause is the {@code ValidationException} (so that Jackson and frameworks treat it as the
 * mapping error it is), and a syntax error is Jackson's own {@code StreamReadException}: configure
 * that mapper with {@code StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION} disabled (the default since
 * Jackson 2.16) so that its messages do not quote the document.
 *
 * <h2>Speed</h2>
 *
 * Readers stream tokens from the {@code JsonParser} with a switch on property names and build
 * values with the model's builders; writers stream to the {@code JsonGenerator}. No tree model, no
 * bean introspection, no reflection.
 */
@NullMarked
@CheckReturnValue
package dev.coverage.core.json;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;

package dev.coverage.core.json;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.google.common.collect.ImmutableMap;
import dev.coverage.core.ValidationException;
import dev.coverage.core.check.Assessment;
import dev.coverage.core.check.CheckRequest;
import dev.coverage.core.claim.Claim;
import dev.coverage.core.plan.Plan;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * Reads and writes the model as JSON, with one shared, strictly configured mapper.
 *
 * <pre>{@code
 * Claim claim = CoverageJson.readClaim(Files.readAllBytes(path));
 * Plan plan = CoverageJson.readPlan(planJson);
 * CheckRequest request = CoverageJson.readRequest(requestOrClaimJson);
 * String json = CoverageJson.write(claim);
 * String result = CoverageJson.write(checker.check(request).under(plan).assess());
 * ServiceHistory history = CoverageJson.read(historyJson, ServiceHistory.class);
 *
 * try {
 *   CoverageJson.readClaim("{\"claimID\":\"C-1\"}");
 * } catch (ValidationException e) {
 *   e.field();    // "$.claimID"
 *   e.rule();     // "is not a property of a claim; the properties are claimId, patient, ..."
 *   e.location(); // Optional[line 1 column 2]
 * }
 * }</pre>
 *
 * <p>Every {@code read} method throws {@link ValidationException} for every input that is not one
 * valid value: malformed or truncated JSON, an empty document, content after the value, an unknown
 * property, a property given twice, a token of the wrong kind, a missing required property, or a
 * value that breaks a rule of the model. Its {@link ValidationException#field() field} is the JSON
 * path ({@code $} for the whole document), its {@link ValidationException#location() location}
 * reads {@code line L column C}, and no message repeats patient data. Shapes and rules are
 * described in the {@linkplain dev.coverage.core.json package documentation}.
 *
 * <p>All methods are thread-safe; nothing here can be reconfigured, by design: a caller that needs
 * other settings takes {@link #newMapper()} and changes that copy.
 */
public final class CoverageJson {
  private static final JsonMapper MAPPER;
  private static final ImmutableMap<Class<?>, ObjectReader> READERS;
  private static final ObjectWriter WRITER;

  static {
    // The model's readers refuse a repeated property themselves (with its JSON path), so the
    // parser's own duplicate detection, a hash set per object, would only cost time: it is on in
    // newMapper() only, where values other than the model's may be read.
    MAPPER = mapper(false);
    ImmutableMap.Builder<Class<?>, ObjectReader> readers = ImmutableMap.builder();
    for (Class<?> type : new CoverageJsonModule().types()) {
      // read() checks for trailing content itself, to report it with a path and a rule.
      readers.put(
          type, MAPPER.readerFor(type).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS));
    }
    READERS = readers.buildOrThrow();
    WRITER = MAPPER.writer();
  }

  private static final String NOT_TEXT = "is not JSON text in UTF-8, UTF-16 or UTF-32";

  private CoverageJson() {}

  private static JsonMapper mapper(boolean parserDetectsDuplicates) {
    JsonFactory factory =
        JsonFactory.builder()
            .configure(StreamReadFeature.STRICT_DUPLICATE_DETECTION, parserDetectsDuplicates)
            // Jackson's own messages must never quote the document: it carries patient data.
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();
    return JsonMapper.builder(factory)
        .addModule(new CoverageJsonModule())
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .build();
  }

  /**
   * A new mapper configured like the one this class uses: the {@link CoverageJsonModule}
   * registered, duplicate property names and trailing tokens refused, the source never quoted in
   * messages. Take one and keep it; it is yours to reconfigure. Reading through it, failures of the
   * module arrive as a {@link com.fasterxml.jackson.databind.JsonMappingException} whose cause is
   * the {@link ValidationException}, and syntax errors as Jackson's {@code StreamReadException}.
   *
   * @return a new, independent mapper
   */
  public static ObjectMapper newMapper() {
    return mapper(true);
  }

  /**
   * Reads a claim.
   *
   * @param json one JSON object
   * @return the claim
   * @throws ValidationException when the text is not one valid claim
   */
  public static Claim readClaim(String json) {
    return read(json, Claim.class);
  }

  /**
   * Reads a claim from bytes (UTF-8, or UTF-16/32 as detected).
   *
   * @param json one JSON object
   * @return the claim
   * @throws ValidationException when the bytes are not one valid claim
   */
  public static Claim readClaim(byte[] json) {
    return read(json, Claim.class);
  }

  /**
   * Reads a claim from a reader, to its end; the reader is closed.
   *
   * @param json one JSON object
   * @return the claim
   * @throws ValidationException when the text is not one valid claim
   * @throws UncheckedIOException when the reader fails
   */
  public static Claim readClaim(Reader json) {
    return read(json, Claim.class);
  }

  /**
   * Reads a plan.
   *
   * @param json one JSON object
   * @return the plan
   * @throws ValidationException when the text is not one valid plan
   */
  public static Plan readPlan(String json) {
    return read(json, Plan.class);
  }

  /**
   * Reads a plan from bytes (UTF-8, or UTF-16/32 as detected).
   *
   * @param json one JSON object
   * @return the plan
   * @throws ValidationException when the bytes are not one valid plan
   */
  public static Plan readPlan(byte[] json) {
    return read(json, Plan.class);
  }

  /**
   * Reads a plan from a reader, to its end; the reader is closed.
   *
   * @param json one JSON object
   * @return the plan
   * @throws ValidationException when the text is not one valid plan
   * @throws UncheckedIOException when the reader fails
   */
  public static Plan readPlan(Reader json) {
    return read(json, Plan.class);
  }

  /**
   * Reads a check request, or a bare claim as a request with the claim alone: a claims file may
   * hold either on each line. The first property name decides. When it is one of a request's
   * ({@code claim}, {@code authorizations}, {@code history}, {@code accumulators}, {@code
   * documentation}, {@code lineDocumentation}) the document is read as a request, strictly;
   * otherwise (an empty object included) the whole document is read as a claim and the result is
   * {@link CheckRequest#of(Claim)}. Either way a failure's path is a path into this document:
   * {@code $.claim.lines[0].units} in a request, {@code $.lines[0].units} in a bare claim.
   *
   * <pre>{@code
   * CheckRequest request = CoverageJson.readRequest(line);
   * Assessment assessment = checker.check(request).under(plan).assess();
   * }</pre>
   *
   * @param json one JSON object: a request or a claim
   * @return the request
   * @throws ValidationException when the text is not one valid request or claim
   */
  public static CheckRequest readRequest(String json) {
    checkNotNull(json, "json");
    try {
      return readRequest(MAPPER.createParser(json));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a check request or a bare claim from bytes (UTF-8, or UTF-16/32 as detected); see {@link
   * #readRequest(String)}.
   *
   * @param json one JSON object: a request or a claim
   * @return the request
   * @throws ValidationException when the bytes are not one valid request or claim
   */
  public static CheckRequest readRequest(byte[] json) {
    checkNotNull(json, "json");
    try {
      return readRequest(parser(json));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a check request or a bare claim from part of an array, such as one line of a JSON Lines
   * buffer, without copying it; see {@link #readRequest(byte[])}. Locations in errors count from
   * the start of the part.
   *
   * @param json the bytes
   * @param offset where the document starts
   * @param length how many bytes it has
   * @return the request
   * @throws ValidationException when the bytes are not one valid request or claim
   * @throws IndexOutOfBoundsException when the part is not inside the array
   */
  public static CheckRequest readRequest(byte[] json, int offset, int length) {
    checkNotNull(json, "json");
    Objects.checkFromIndexSize(offset, length, json.length);
    try {
      return readRequest(parser(json, offset, length));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a check request or a bare claim from a reader, to its end, and closes it; see {@link
   * #readRequest(String)}.
   *
   * @param json one JSON object: a request or a claim
   * @return the request
   * @throws ValidationException when the text is not one valid request or claim
   * @throws UncheckedIOException when the reader fails
   */
  public static CheckRequest readRequest(Reader json) {
    checkNotNull(json, "json");
    try {
      return readRequest(MAPPER.createParser(json));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads any model value: a code or amount (a JSON string), an enum (its name), or an aggregate
   * such as {@code Claim}, {@code ClaimLine}, {@code Patient}, {@code Plan}, {@code Authorization},
   * {@code ServiceHistory} or {@code CheckRequest} (a JSON object; a request only, where {@link
   * #readRequest(String)} also takes a bare claim). What the checker returns ({@code Assessment},
   * {@code Finding}, {@code Estimate}...) is written, never read.
   *
   * @param json exactly one JSON value
   * @param type the model type
   * @param <T> the model type
   * @return the value, equal to the one {@link #write(Object)} wrote
   * @throws ValidationException when the text is not one valid value of the type
   * @throws IllegalArgumentException when the type is not a model type of this library
   */
  public static <T> T read(String json, Class<T> type) {
    checkNotNull(json, "json");
    ObjectReader reader = readerFor(type);
    try {
      return read(MAPPER.createParser(json), reader, type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads any model value from bytes (UTF-8, or UTF-16/32 as detected); see {@link #read(String,
   * Class)}.
   *
   * @param json exactly one JSON value
   * @param type the model type
   * @param <T> the model type
   * @return the value
   * @throws ValidationException when the bytes are not one valid value of the type
   * @throws IllegalArgumentException when the type is not a model type of this library
   */
  public static <T> T read(byte[] json, Class<T> type) {
    checkNotNull(json, "json");
    ObjectReader reader = readerFor(type);
    try {
      return read(parser(json), reader, type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads any model value from a reader, to its end, and closes it; see {@link #read(String,
   * Class)}.
   *
   * @param json exactly one JSON value
   * @param type the model type
   * @param <T> the model type
   * @return the value
   * @throws ValidationException when the text is not one valid value of the type
   * @throws IllegalArgumentException when the type is not a model type of this library
   * @throws UncheckedIOException when the reader fails
   */
  public static <T> T read(Reader json, Class<T> type) {
    checkNotNull(json, "json");
    ObjectReader reader = readerFor(type);
    try {
      return read(MAPPER.createParser(json), reader, type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a model value, or a list or map of them, as compact JSON: amounts and codes as strings,
   * enums by name, dates as {@code 2026-03-02}, empty optional properties omitted. An {@code
   * Assessment} is written with its lines, findings and cost-share estimate (computed then, if it
   * was not yet), and the same assessment always gives the same text.
   *
   * @param value the value
   * @return the JSON text
   * @throws IllegalArgumentException when the value cannot be written as JSON
   */
  public static String write(Object value) {
    checkNotNull(value, "value");
    try {
      return WRITER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "cannot write a " + value.getClass().getName() + " as JSON", e);
    }
  }

  /**
   * Writes a model value as {@link #write(Object)} does, as UTF-8 to a stream it leaves open and
   * does not flush: the way to write many values, one after another, without building strings.
   *
   * @param value the value
   * @param out where the JSON goes
   * @throws IllegalArgumentException when the value cannot be written as JSON
   * @throws UncheckedIOException when the stream fails
   */
  public static void write(Object value, OutputStream out) {
    checkNotNull(value, "value");
    checkNotNull(out, "out");
    try (JsonGenerator g =
        MAPPER
            .getFactory()
            .createGenerator(out)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .disable(JsonGenerator.Feature.FLUSH_PASSED_TO_STREAM)) {
      if (value instanceof Assessment) {
        // What WRITER would do, without a serializer provider per value: the batch tool's path.
        AssessmentJson.write((Assessment) value, g);
      } else {
        WRITER.writeValue(g, value);
      }
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "cannot write a " + value.getClass().getName() + " as JSON", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A parser over bytes, whose encoding Jackson detects from the first four. */
  private static JsonParser parser(byte[] json) throws IOException {
    return parser(json, 0, json.length);
  }

  /** A parser over part of an array, whose encoding Jackson detects from its first four bytes. */
  private static JsonParser parser(byte[] json, int offset, int length) throws IOException {
    try {
      return MAPPER.createParser(json, offset, length);
    } catch (CharConversionException e) {
      // A byte-order mark of an encoding JSON does not use; the message may quote the bytes.
      throw new ValidationException("$", NOT_TEXT);
    }
  }

  private static ObjectReader readerFor(Class<?> type) {
    checkNotNull(type, "type");
    ObjectReader reader = READERS.get(type);
    checkArgument(
        reader != null,
        "%s is not a model type of dev.coverage.core that is read from JSON",
        type.getName());
    return reader;
  }

  private static <T> T read(JsonParser p, ObjectReader reader, Class<T> type) throws IOException {
    return read(p, type.getSimpleName(), parser -> type.cast(reader.readValue(parser)));
  }

  private static CheckRequest readRequest(JsonParser p) throws IOException {
    return read(p, "CheckRequest or Claim", CoverageJson::requestOrClaim);
  }

  /** The rule of {@link #readRequest(String)}: the first property name decides. */
  private static CheckRequest requestOrClaim(JsonParser p) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw Problems.wrongType(p, "an object (a check request or a claim)");
    }
    String first = p.nextFieldName();
    // Both readers accept an object whose first name has been consumed: no second parser needed.
    if (first != null && CheckRequestJson.FIELDS.has(first)) {
      return CheckRequestJson.read(p);
    }
    return CheckRequest.of(ClaimJson.read(p));
  }

  /**
   * Reads one document: fails on an empty document, on {@code null}, on whatever {@code body}
   * refuses and on content after the value, always with a {@link ValidationException}.
   *
   * @param what the value in words, for the messages: {@code Claim}
   * @param body reads the value from its first token
   */
  private static <T> T read(JsonParser p, String what, ReadFunction<T> body) throws IOException {
    try (p) {
      try {
        JsonToken first = p.nextToken();
        if (first == null) {
          throw Problems.validationAt(
              p.currentLocation(), "$", "is empty: a document holds one " + what);
        }
        if (first == JsonToken.VALUE_NULL) {
          throw Problems.validationAtToken(p, "$", "must be a " + what + ", got null");
        }
        T value = body.read(p);
        JsonToken next;
        try {
          next = p.nextToken();
        } catch (StreamReadException e) {
          throw Problems.validationAt(e.getLocation(), "$", trailingRule(what));
        }
        if (next != null) {
          throw Problems.validationAtToken(p, "$", trailingRule(what));
        }
        return value;
      } catch (JsonProcessingException e) {
        throw Problems.toValidation(e, p);
      } catch (CharConversionException e) {
        // Jackson decodes bytes it detects as UTF-32 itself, and reports bad ones this way, with a
        // message that may quote them: it is the document's fault, not an I/O failure.
        throw Problems.validationAt(p.currentLocation(), "$", NOT_TEXT);
      }
    }
  }

  private static String trailingRule(String what) {
    return "has content after the " + what + " ends; a document holds one value";
  }
}

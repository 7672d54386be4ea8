package dev.coverage.codes.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import dev.coverage.core.ValidationException;
import java.io.CharConversionException;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipException;

/**
 * A strict, streaming JSON reader over Jackson's parser: duplicate keys, comments, trailing tokens
 * and type mismatches are errors that name the file, line, column and JSON path.
 */
public final class JsonCursor implements AutoCloseable {
  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
          .build();

  /** Longest member name written out in a path; longer ones are cut. */
  private static final int MAX_NAME_IN_PATH = 40;

  private final String name;
  private final JsonParser parser;

  private JsonCursor(String name, JsonParser parser) {
    this.name = name;
    this.parser = parser;
  }

  /**
   * Opens a UTF-8 JSON file.
   *
   * @param file the file
   * @return the cursor, before the first token
   */
  public static JsonCursor open(TextFile file) {
    InputStream bytes = file.openBytes();
    try {
      return new JsonCursor(file.name(), FACTORY.createParser(new Utf8Reader(bytes)));
    } catch (IOException e) {
      TextFile.closeQuietly(bytes);
      throw new UncheckedIOException("cannot read " + file.name(), e);
    }
  }

  /** The file's name. */
  public String name() {
    return name;
  }

  /**
   * The path of an object's member: {@code parent.name}, or {@code parent['odd name']} for a name
   * that is not only letters, digits and underscores (escaped, cut after 40 characters), so that a
   * damaged file's key never garbles the path or floods the message.
   *
   * @param parent the object's path, or empty for the root object
   * @param name the member's name
   * @return the path
   */
  public static String member(String parent, String name) {
    boolean plain = !name.isEmpty() && name.length() <= MAX_NAME_IN_PATH;
    for (int i = 0; plain && i < name.length(); i++) {
      char c = name.charAt(i);
      plain =
          (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }
    if (plain) {
      return parent.isEmpty() ? name : parent + "." + name;
    }
    StringBuilder sb = new StringBuilder(parent.isEmpty() ? "$" : parent).append("['");
    int limit = Math.min(name.length(), MAX_NAME_IN_PATH);
    for (int i = 0; i < limit; i++) {
      char c = name.charAt(i);
      if (c == '\'' || c == '\\') {
        sb.append('\\').append(c);
      } else if (c < 0x20 || c == 0x7f || Character.isSurrogate(c)) {
        sb.append(String.format("\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.append(name.length() > limit ? "...']" : "']").toString();
  }

  /**
   * Moves to the next token.
   *
   * @param path the JSON path being read, for errors
   * @return the token, or null at the end of input
   */
  public JsonToken next(String path) {
    try {
      return parser.nextToken();
    } catch (IOException e) {
      throw failure(e, path);
    }
  }

  /**
   * What a failure of the parser means. Jackson reads lazily: a string's text, a number's value or
   * the next buffer of input is decoded when asked for, so any call may meet malformed JSON, text
   * that is not UTF-8 or a broken gzip stream, and each is an error in the file, not an I/O error.
   */
  private RuntimeException failure(IOException e, String path) {
    if (e instanceof JsonProcessingException) {
      JsonLocation at = ((JsonProcessingException) e).getLocation();
      return ValidationException.inFile(
          name,
          at == null ? location()[0] : Math.max(at.getLineNr(), 1),
          at == null ? 0 : Math.max(at.getColumnNr(), 0),
          path,
          "is not valid JSON: " + ((JsonProcessingException) e).getOriginalMessage());
    }
    if (e instanceof Utf8Reader.NotUtf8Exception) {
      return error(path, "the file " + e.getMessage());
    }
    if (e instanceof CharacterCodingException || e instanceof CharConversionException) {
      return error(path, "the file is not UTF-8 text");
    }
    if (e instanceof EOFException || e instanceof ZipException) {
      return error(path, "the file is a truncated or corrupt gzip stream");
    }
    return new UncheckedIOException("cannot read " + name, e);
  }

  /**
   * Moves to the next token and checks its kind.
   *
   * @param expected the kind wanted
   * @param path the JSON path, for errors
   * @param what the kind in words, such as {@code an object}
   */
  public void expect(JsonToken expected, String path, String what) {
    JsonToken t = next(path);
    if (t != expected) {
      throw error(path, "must be " + what + (t == null ? ", got the end of the file" : ""));
    }
  }

  /** The current token. */
  public JsonToken token() {
    return parser.currentToken();
  }

  /**
   * Inside an object: moves to the next field name.
   *
   * @param path the object's path
   * @return the field's name, or null at the end of the object
   */
  public String nextField(String path) {
    JsonToken t = next(path);
    if (t == JsonToken.END_OBJECT) {
      return null;
    }
    if (t != JsonToken.FIELD_NAME) {
      throw error(path, "must be an object");
    }
    try {
      return parser.currentName();
    } catch (IOException e) {
      throw failure(e, path);
    }
  }

  /**
   * Reads a string value.
   *
   * @param path the value's path
   * @return the string
   */
  public String string(String path) {
    if (next(path) != JsonToken.VALUE_STRING) {
      throw error(path, "must be a string");
    }
    return text(path);
  }

  /**
   * Reads a string or null.
   *
   * @param path the value's path
   * @return the string, or null
   */
  public @org.jspecify.annotations.Nullable String stringOrNull(String path) {
    JsonToken t = next(path);
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    if (t != JsonToken.VALUE_STRING) {
      throw error(path, "must be a string or null");
    }
    return text(path);
  }

  /**
   * The current token's text.
   *
   * @param path the value's path, for errors
   * @return the text
   */
  public String text(String path) {
    try {
      return parser.getText();
    } catch (IOException e) {
      throw failure(e, path);
    }
  }

  /**
   * Reads a whole number that fits an {@code int}.
   *
   * @param path the value's path
   * @return the number
   */
  public int integer(String path) {
    if (next(path) != JsonToken.VALUE_NUMBER_INT) {
      throw error(path, "must be a whole number");
    }
    return currentInt(path);
  }

  /**
   * The current token's value, a whole number that fits an {@code int}.
   *
   * @param path the value's path
   * @return the number
   */
  public int currentInt(String path) {
    try {
      if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT
          || parser.getNumberType() != JsonParser.NumberType.INT) {
        throw error(path, "must be a whole number in range");
      }
      return parser.getIntValue();
    } catch (IOException e) {
      throw failure(e, path);
    }
  }

  /**
   * Reads a boolean.
   *
   * @param path the value's path
   * @return the value
   */
  public boolean bool(String path) {
    JsonToken t = next(path);
    if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
      throw error(path, "must be true or false");
    }
    return t == JsonToken.VALUE_TRUE;
  }

  /**
   * Reads a date written {@code YYYY-MM-DD}.
   *
   * @param path the value's path
   * @return the date
   */
  public LocalDate date(String path) {
    return parseDate(string(path), path);
  }

  /**
   * Reads a date or null.
   *
   * @param path the value's path
   * @return the date, or null
   */
  public @org.jspecify.annotations.Nullable LocalDate dateOrNull(String path) {
    String s = stringOrNull(path);
    return s == null ? null : parseDate(s, path);
  }

  private LocalDate parseDate(String s, String path) {
    if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
      try {
        return LocalDate.parse(s);
      } catch (DateTimeException e) {
        // reported below
      }
    }
    throw error(
        path, "is a date written YYYY-MM-DD, got " + dev.coverage.core.internal.Checks.quote(s));
  }

  /**
   * Reads an array of strings.
   *
   * @param path the array's path
   * @return the strings
   */
  public List<String> strings(String path) {
    expect(JsonToken.START_ARRAY, path, "an array of strings");
    List<String> out = new ArrayList<>();
    while (true) {
      JsonToken t = next(path + "[" + out.size() + "]");
      if (t == JsonToken.END_ARRAY) {
        return out;
      }
      if (t != JsonToken.VALUE_STRING) {
        throw error(path + "[" + out.size() + "]", "must be a string");
      }
      out.add(text(path + "[" + out.size() + "]"));
    }
  }

  /**
   * Reads an array of enum constants written as their names.
   *
   * @param path the array's path
   * @param type the enum
   * @param <E> the enum type
   * @return the constants, in order
   */
  public <E extends Enum<E>> List<E> enums(String path, Class<E> type) {
    expect(JsonToken.START_ARRAY, path, "an array of names");
    List<E> out = new ArrayList<>();
    while (true) {
      String p = path + "[" + out.size() + "]";
      JsonToken t = next(p);
      if (t == JsonToken.END_ARRAY) {
        return out;
      }
      if (t != JsonToken.VALUE_STRING) {
        throw error(p, "must be a string");
      }
      out.add(enumOf(text(p), p, type));
    }
  }

  /**
   * Reads an enum constant written as its name.
   *
   * @param path the value's path
   * @param type the enum
   * @param <E> the enum type
   * @return the constant
   */
  public <E extends Enum<E>> E enumValue(String path, Class<E> type) {
    return enumOf(string(path), path, type);
  }

  /**
   * Converts a name to an enum constant, or throws naming the current location.
   *
   * @param text the name
   * @param path the value's path
   * @param type the enum
   * @param <E> the enum type
   * @return the constant
   */
  public <E extends Enum<E>> E enumOf(String text, String path, Class<E> type) {
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(text)) {
        return e;
      }
    }
    StringBuilder names = new StringBuilder();
    for (E e : type.getEnumConstants()) {
      names.append(names.length() == 0 ? "" : ", ").append(e.name());
    }
    throw error(
        path, "is one of " + names + ", got " + dev.coverage.core.internal.Checks.quote(text));
  }

  /**
   * Skips the next value (an object or array is skipped whole).
   *
   * @param path the value's path, for errors
   */
  public void skipValue(String path) {
    next(path);
    try {
      parser.skipChildren();
    } catch (IOException e) {
      throw failure(e, path);
    }
  }

  /** Where the current token starts: line (at least 1) and column (0 when unknown). */
  public long[] location() {
    JsonLocation at = parser.currentTokenLocation();
    return new long[] {Math.max(at.getLineNr(), 1), Math.max(at.getColumnNr(), 0)};
  }

  /**
   * An error at the current token.
   *
   * @param path the JSON path at fault
   * @param rule the rule broken
   * @return the exception, to throw
   */
  public ValidationException error(String path, String rule) {
    long[] at = location();
    return ValidationException.inFile(name, at[0], (int) at[1], path, rule);
  }

  /** Checks that nothing follows the root value. */
  public void end() {
    JsonToken t = next("$");
    if (t != null) {
      throw error("$", "nothing may follow the root object");
    }
  }

  @Override
  public void close() {
    try {
      parser.close();
    } catch (IOException ignored) {
      // Reading is over.
    }
  }
}

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
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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
      return new JsonCursor(
          file.name(),
          FACTORY.createParser(
              new InputStreamReader(
                  bytes,
                  StandardCharsets.UTF_8
                      .newDecoder()
                      .onMalformedInput(CodingErrorAction.REPORT)
                      .onUnmappableCharacter(CodingErrorAction.REPORT))));
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
   * Moves to the next token.
   *
   * @param path the JSON path being read, for errors
   * @return the token, or null at the end of input
   */
  public JsonToken next(String path) {
    try {
      return parser.nextToken();
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw ValidationException.inFile(
          name,
          at == null ? 0 : Math.max(at.getLineNr(), 0),
          at == null ? 0 : Math.max(at.getColumnNr(), 0),
          path,
          "is not valid JSON: " + e.getOriginalMessage());
    } catch (CharacterCodingException | CharConversionException e) {
      throw error(path, "the file is not UTF-8 text");
    } catch (EOFException | ZipException e) {
      throw error(path, "the file is a truncated or corrupt gzip stream");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
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
      throw new UncheckedIOException(e);
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
    return text();
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
    return text();
  }

  /** The current token's text. */
  public String text() {
    try {
      return parser.getText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
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
      throw new UncheckedIOException(e);
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
      out.add(text());
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
      out.add(enumOf(text(), p, type));
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

  /** Skips the value just started (an object or array is skipped whole). */
  public void skipValue() {
    next("$");
    try {
      parser.skipChildren();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Where the current token starts: line and column, from 1. */
  public long[] location() {
    JsonLocation at = parser.currentTokenLocation();
    return new long[] {Math.max(at.getLineNr(), 0), Math.max(at.getColumnNr(), 0)};
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

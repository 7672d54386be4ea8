package dev.coverage.core.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.google.common.collect.ImmutableSet;
import dev.coverage.core.ValidationException;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Turns what went wrong while reading into a {@link ValidationException} that names the JSON path
 * and the rule, located at a line and column.
 *
 * <p>Inside the module a failure travels as a {@link JsonMappingException} whose cause is that
 * {@code ValidationException}, so that Jackson (and whatever embeds our types in its own documents)
 * handles it as the mapping error it is. Messages are built here from paths and rules only: never
 * from the offending text of a token, which may be patient data.
 */
final class Problems {
  /** Longest property name quoted in a path; longer ones are cut. */
  private static final int MAX_NAME_IN_PATH = 40;

  private Problems() {}

  /** The JSON path of the value the parser is on, such as {@code $.lines[1].units}. */
  static String path(JsonParser p) {
    return path(p, false);
  }

  /**
   * The path, where names that are not property names of the model show as {@code *}. For syntax
   * errors: in a damaged document a name may be anything, a patient's name included.
   */
  private static String path(JsonParser p, boolean knownNamesOnly) {
    try {
      StringBuilder sb = new StringBuilder(32).append('$');
      append(sb, p.getParsingContext(), knownNamesOnly);
      return sb.toString();
    } catch (RuntimeException e) {
      // A parser that failed half-way may hold an inconsistent context: the root is still true.
      return "$";
    }
  }

  private static void append(
      StringBuilder sb, @Nullable JsonStreamContext ctx, boolean knownNamesOnly) {
    if (ctx == null || ctx.inRoot()) {
      return;
    }
    append(sb, ctx.getParent(), knownNamesOnly);
    if (ctx.inObject()) {
      String name = ctx.getCurrentName();
      if (name != null) {
        if (knownNamesOnly && !KnownNames.ALL.contains(name)) {
          sb.append(".*");
        } else {
          appendName(sb, name);
        }
      }
    } else if (ctx.inArray() && ctx.hasCurrentIndex()) {
      sb.append('[').append(ctx.getCurrentIndex()).append(']');
    }
  }

  /** The path of the object the parser is in, without the name it is on. */
  static String enclosingPath(JsonParser p) {
    JsonStreamContext ctx = p.getParsingContext();
    StringBuilder sb = new StringBuilder(32).append('$');
    append(sb, ctx.inObject() ? ctx.getParent() : ctx, false);
    return sb.toString();
  }

  /** {@code .name} for plain names, {@code ['odd name']} for the rest, cut when very long. */
  private static void appendName(StringBuilder sb, String name) {
    boolean plain = !name.isEmpty() && name.length() <= MAX_NAME_IN_PATH;
    for (int i = 0; plain && i < name.length(); i++) {
      char c = name.charAt(i);
      plain =
          (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }
    if (plain) {
      sb.append('.').append(name);
      return;
    }
    sb.append("['");
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
    sb.append(name.length() > limit ? "...']" : "']");
  }

  /**
   * A failure of the value the parser is on.
   *
   * @param rule the rule broken, without the offending value when it may be patient data
   */
  static JsonMappingException here(JsonParser p, String rule) {
    return at(p, path(p), rule);
  }

  /** A failure of a named property of the object the parser has just closed. */
  static JsonMappingException missing(JsonParser p, String property) {
    return at(p, path(p) + "." + property, "is required");
  }

  /** The token is of the wrong kind: a string where an object belongs, a number for an amount. */
  static JsonMappingException wrongType(JsonParser p, String expected) {
    return here(p, "must be " + expected + ", got " + describe(p.currentToken()));
  }

  /** A value type refused the text: its rule, at the path of the value. */
  static JsonMappingException refused(JsonParser p, ValidationException e) {
    return here(p, e.rule());
  }

  /**
   * A builder refused the object the parser has just closed: the builder's field path gains the
   * object's path as a prefix.
   */
  static JsonMappingException invalid(JsonParser p, ValidationException e) {
    return wrap(p, e.within(path(p)));
  }

  /** A failure at an explicit path. */
  static JsonMappingException at(JsonParser p, String field, String rule) {
    return wrap(p, new ValidationException(field, rule));
  }

  private static JsonMappingException wrap(JsonParser p, ValidationException unlocated) {
    JsonLocation where = p.currentTokenLocation();
    ValidationException located = locate(unlocated, where);
    // Jackson appends its own location to the message; ours goes in the cause.
    return JsonMappingException.from(p, unlocated.getMessage(), located);
  }

  private static ValidationException locate(ValidationException e, @Nullable JsonLocation where) {
    if (where == null || where.getLineNr() < 1) {
      return e;
    }
    return e.at(where.getLineNr(), Math.max(where.getColumnNr(), 0));
  }

  /**
   * The {@link ValidationException} for any failure of reading a document, for the facade.
   *
   * @param e what Jackson or the module threw
   * @param p the parser that was reading, for the path of a syntax error
   */
  static ValidationException toValidation(JsonProcessingException e, JsonParser p) {
    if (e.getCause() instanceof ValidationException) {
      return (ValidationException) e.getCause();
    }
    return locate(new ValidationException(path(p, true), ruleOf(e)), e.getLocation());
  }

  /** An error located at the parser's current token, for the facade's own checks. */
  static ValidationException validationAtToken(JsonParser p, String field, String rule) {
    return locate(new ValidationException(field, rule), p.currentTokenLocation());
  }

  /** An error located where Jackson says, for the facade's own checks. */
  static ValidationException validationAt(@Nullable JsonLocation where, String field, String rule) {
    return locate(new ValidationException(field, rule), where);
  }

  /**
   * A rule in words for a syntax error. Jackson's own messages quote the offending input (an
   * unquoted name, a bad token), so they are classified, never copied.
   */
  private static String ruleOf(JsonProcessingException e) {
    if (e instanceof JsonEOFException) {
      return "the document ends before this value is complete (truncated input)";
    }
    if (e instanceof StreamConstraintsException) {
      return "exceeds a reading limit (nesting depth, length of a number, string or name)";
    }
    String original = e.getOriginalMessage();
    String m = original == null ? "" : original;
    if (e instanceof StreamReadException) {
      if (m.startsWith("Duplicate")) {
        return "appears twice in the same object";
      }
      if (m.startsWith("Unexpected end-of-input")) {
        return "the document ends before this value is complete (truncated input)";
      }
      if (m.startsWith("Unrecognized token") || m.startsWith("Unrecognized character")) {
        return "is not JSON: a string must be in double quotes; literals are true, false, null";
      }
      if (m.startsWith("Invalid UTF-8") || m.startsWith("Invalid UTF-32")) {
        return "is not valid UTF-8 text";
      }
      if (m.startsWith("Illegal unquoted character")) {
        return "a control character in a string must be escaped";
      }
      if (m.contains("was expecting a colon")) {
        return "a property name must be followed by a colon";
      }
      if (m.contains("was expecting comma")) {
        return "a comma must separate the entries of an object or an array";
      }
      if (m.contains("was expecting double-quote to start field name")) {
        return "a property name must be a string in double quotes";
      }
      if (m.startsWith("Unexpected close marker")) {
        return "a closing bracket does not match its opening one";
      }
      if (m.contains("numeric value") || m.startsWith("Invalid number")) {
        return "is not a well-formed JSON number";
      }
      return "is not well-formed JSON";
    }
    return "could not be read";
  }

  /** A token kind in words, for "must be X, got Y". */
  static String describe(@Nullable JsonToken token) {
    if (token == null) {
      return "the end of the input";
    }
    switch (token) {
      case START_OBJECT:
      case FIELD_NAME:
        return "an object";
      case START_ARRAY:
        return "an array";
      case VALUE_STRING:
        return "a string";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "a number";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "a boolean";
      case VALUE_NULL:
        return "null";
      default:
        return "the token " + token;
    }
  }

  /** Every property name of the model's JSON shapes: safe to show in any path. */
  private static final class KnownNames {
    static final ImmutableSet<String> ALL =
        Stream.of(
                ClaimJson.FIELDS,
                ClaimLineJson.FIELDS,
                PatientJson.FIELDS,
                ProviderJson.FIELDS,
                ClinicalFactsJson.FIELDS,
                PlanJson.FIELDS,
                CostSharingJson.FIELDS,
                AccumulatorsJson.FIELDS,
                AuthorizationJson.FIELDS,
                PriorServiceJson.FIELDS,
                ServiceHistoryJson.FIELDS,
                CheckRequestJson.FIELDS)
            .flatMap(f -> f.names().stream())
            .collect(ImmutableSet.toImmutableSet());
  }
}

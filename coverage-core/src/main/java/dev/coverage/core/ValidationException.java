package dev.coverage.core;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The one exception the library throws for invalid input: a value that breaks a rule when it is
 * built, a JSON document that does not map, or a reference-data file that does not parse.
 *
 * <p>It names the {@linkplain #field() field} (a path such as {@code lines[2].units}) and the
 * {@linkplain #rule() rule} broken and, for files, the {@linkplain #location() file, line and
 * column}. Its message never carries patient data: member ids, names and birth dates are never
 * echoed, whatever their validity.
 *
 * <p>It extends {@link IllegalArgumentException}, so callers that already treat bad arguments
 * generically keep working.
 */
public final class ValidationException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private static final Pattern MISSING_ATTRIBUTES =
      Pattern.compile("Cannot build (\\w+), some of required attributes are not set \\[(.*)]");
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z][A-Za-z0-9]*");
  private static final Pattern PART = Pattern.compile("([A-Za-z][A-Za-z0-9]*) (element|key|value)");

  private final String field;
  private final String rule;
  private final @Nullable String location;

  /**
   * Creates an exception for a field and the rule it breaks.
   *
   * @param field the path of the offending field, such as {@code lines[2].units}
   * @param rule the rule broken, in words, such as {@code must be at least 1}
   */
  public ValidationException(String field, String rule) {
    this(field, rule, null, null);
  }

  /**
   * Used by the generated value builders, which report either a missing required attribute or a
   * null passed for one; the message is turned into a field and a rule.
   *
   * @param generatedMessage the builder's message: an attribute name, or its list of missing ones
   */
  public ValidationException(String generatedMessage) {
    this(fieldOf(generatedMessage), ruleOf(generatedMessage), null, null);
  }

  private ValidationException(
      String field, String rule, @Nullable String location, @Nullable Throwable cause) {
    super(render(field, rule, location), cause);
    this.field = field;
    this.rule = rule;
    this.location = location;
  }

  /**
   * An error at a place in a file: reference data, a claims file or a JSON document.
   *
   * @param file the file's name as the user gave it
   * @param line the line, counted from 1
   * @param column the column, counted from 1, or 0 when the whole line is at fault
   * @param field the column name or JSON path at fault
   * @param rule the rule broken
   * @return the exception, to be thrown by the caller
   */
  public static ValidationException inFile(
      String file, long line, int column, String field, String rule) {
    return new ValidationException(field, rule, file + " " + where(line, column), null);
  }

  /**
   * The same error seen from an enclosing object: the field path gains a prefix. Used when a nested
   * value is validated on its own and its container knows where it sits.
   *
   * @param prefix the container's path, such as {@code lines[2]}
   * @return a new exception with the longer path and this one as its cause
   */
  public ValidationException within(String prefix) {
    String path = field.isEmpty() ? prefix : prefix + (field.startsWith("[") ? "" : ".") + field;
    return new ValidationException(path, rule, location, this);
  }

  /**
   * The same error located in a file.
   *
   * @param file the file's name
   * @param line the line, counted from 1
   * @param column the column, or 0
   * @return a new exception with the location and this one as its cause
   */
  public ValidationException at(String file, long line, int column) {
    return new ValidationException(field, rule, file + " " + where(line, column), this);
  }

  /**
   * The same error located in a document that has no file name, such as a JSON string given to
   * {@code CoverageJson}: the location reads {@code line 3 column 14}.
   *
   * @param line the line, counted from 1
   * @param column the column, or 0
   * @return a new exception with the location and this one as its cause
   */
  public ValidationException at(long line, int column) {
    return new ValidationException(field, rule, where(line, column), this);
  }

  /** The path of the field at fault, such as {@code lines[2].diagnosisPointers}; never null. */
  public String field() {
    return field;
  }

  /** The rule broken, in words. */
  public String rule() {
    return rule;
  }

  /** Where in a file the error is, such as {@code policies.json line 12 column 4}. */
  public Optional<String> location() {
    return Optional.ofNullable(location);
  }

  private static String where(long line, int column) {
    return "line " + line + (column > 0 ? " column " + column : "");
  }

  private static String render(String field, String rule, @Nullable String location) {
    String base = field.isEmpty() ? rule : field + ": " + rule;
    return location == null ? base : location + ": " + base;
  }

  private static String fieldOf(String generated) {
    Matcher m = MISSING_ATTRIBUTES.matcher(generated);
    if (m.matches()) {
      return m.group(2);
    }
    Matcher part = PART.matcher(generated);
    if (part.matches()) {
      return part.group(1);
    }
    return IDENTIFIER.matcher(generated).matches() ? generated : "";
  }

  private static String ruleOf(String generated) {
    Matcher m = MISSING_ATTRIBUTES.matcher(generated);
    if (m.matches()) {
      return "is required (" + m.group(1) + ")";
    }
    Matcher part = PART.matcher(generated);
    if (part.matches()) {
      return "must not contain a null " + part.group(2);
    }
    return IDENTIFIER.matcher(generated).matches() ? "is required" : generated;
  }
}

package dev.coverage.codes.internal;

import dev.coverage.core.ValidationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A strict reader of tab-separated files with one header row: the header must be exactly the
 * expected columns, every row has exactly that many fields, and no line is blank. Optionally,
 * {@code #} comment lines are allowed before the header (and only there), for a file's citation.
 *
 * <p>Every error names the file, the line, the column (counted in characters from 1) and the
 * column's name.
 */
public final class TsvReader implements AutoCloseable {
  private final LineReader lines;
  private final List<String> header;
  private final boolean commentsAtTop;
  private final int[] bounds;
  private final String[] fields;
  private final List<String> comments = new ArrayList<>();
  private boolean headerRead;
  private int rows;

  private TsvReader(LineReader lines, List<String> header, boolean commentsAtTop) {
    this.lines = lines;
    this.header = List.copyOf(header);
    this.commentsAtTop = commentsAtTop;
    this.bounds = new int[2 * (header.size() + 1)];
    this.fields = new String[header.size()];
  }

  /**
   * Opens a file.
   *
   * @param file the file
   * @param header the expected column names, in order
   * @param commentsAtTop whether {@code #} lines may precede the header
   * @return the reader, before the header
   */
  public static TsvReader open(TextFile file, List<String> header, boolean commentsAtTop) {
    return new TsvReader(LineReader.open(file), header, commentsAtTop);
  }

  /** The file's name. */
  public String name() {
    return lines.name();
  }

  /** The comment lines before the header, without their {@code #}. */
  public List<String> comments() {
    return List.copyOf(comments);
  }

  /**
   * Moves to the next row, reading and checking the header first.
   *
   * @return false at the end of the file
   * @throws ValidationException for a missing or wrong header, a blank line, a comment after the
   *     header, or a wrong number of fields
   */
  public boolean next() {
    if (!headerRead) {
      readHeader();
    }
    if (!lines.next()) {
      return false;
    }
    if (lines.length() == 0 || lines.isBlank()) {
      throw lines.error(0, "line", "is blank; a row has " + header.size() + " fields");
    }
    if (lines.chars()[lines.start()] == '#') {
      throw lines.error(1, "line", "comments are allowed only above the header");
    }
    int n = lines.splitTabs(bounds, header.size());
    if (n != header.size()) {
      throw lines.error(
          n > header.size() ? lines.column(bounds[2 * header.size() - 1]) + 1 : 0,
          "line",
          "has "
              + (n > header.size() ? "more than " + header.size() : Integer.toString(n))
              + " tab-separated fields; expected "
              + header.size()
              + " ("
              + String.join(", ", header)
              + ")");
    }
    for (int i = 0; i < fields.length; i++) {
      fields[i] = null;
    }
    rows++;
    return true;
  }

  private void readHeader() {
    headerRead = true;
    while (true) {
      if (!lines.next()) {
        throw lines.errorAfterLast("header", "the file is empty: expected a header row");
      }
      if (commentsAtTop && lines.length() > 0 && lines.chars()[lines.start()] == '#') {
        comments.add(lines.text().substring(1).trim());
        continue;
      }
      break;
    }
    String expected = String.join("\t", header);
    if (!Chars.equals(lines.chars(), lines.start(), lines.end(), expected)) {
      throw lines.error(1, "header", "must be exactly: " + String.join(" <tab> ", header) + "");
    }
  }

  /** The rows read so far. */
  public int rowCount() {
    return rows;
  }

  /** The current line number. */
  public long lineNumber() {
    return lines.lineNumber();
  }

  /**
   * Throws unless at least one row was read; call after {@link #next()} returned false.
   *
   * @throws ValidationException for a file with a header and no rows
   */
  public void requireRows() {
    if (rows == 0) {
      throw lines.errorAfterLast("line", "the file has a header but no rows");
    }
  }

  /**
   * A field of the current row.
   *
   * @param i the column index, from 0
   * @return its text, possibly empty
   */
  public String get(int i) {
    String f = fields[i];
    if (f == null) {
      f = new String(lines.chars(), bounds[2 * i], bounds[2 * i + 1] - bounds[2 * i]);
      fields[i] = f;
    }
    return f;
  }

  /**
   * A field that must not be empty nor start or end with a space.
   *
   * @param i the column index
   * @return the text
   */
  public String required(int i) {
    String f = get(i);
    if (f.isEmpty()) {
      throw error(i, "is required");
    }
    if (f.charAt(0) == ' ' || f.charAt(f.length() - 1) == ' ') {
      throw error(i, "must not start or end with a space");
    }
    return f;
  }

  /**
   * A field that may be empty; when present, like {@link #required(int)}.
   *
   * @param i the column index
   * @return the text, or null when empty
   */
  public @Nullable String optional(int i) {
    return get(i).isEmpty() ? null : required(i);
  }

  /**
   * A date written {@code YYYY-MM-DD}.
   *
   * @param i the column index
   * @return the date
   */
  public LocalDate date(int i) {
    return LocalDate.ofEpochDay(
        Chars.isoDate(lines, bounds[2 * i], bounds[2 * i + 1], header.get(i)));
  }

  /**
   * An optional date written {@code YYYY-MM-DD}.
   *
   * @param i the column index
   * @return the date, or null when empty
   */
  public @Nullable LocalDate optionalDate(int i) {
    return get(i).isEmpty() ? null : date(i);
  }

  /**
   * A whole number from 0.
   *
   * @param i the column index
   * @return the value
   */
  public int nonNegativeInt(int i) {
    return Chars.nonNegativeInt(lines, bounds[2 * i], bounds[2 * i + 1], header.get(i));
  }

  /**
   * A flag written {@code 1} or {@code 0}.
   *
   * @param i the column index
   * @return true for 1
   */
  public boolean flag(int i) {
    String f = get(i);
    if (f.equals("1")) {
      return true;
    }
    if (f.equals("0")) {
      return false;
    }
    throw error(i, "is 1 or 0, got " + Chars.quote(lines, bounds[2 * i], bounds[2 * i + 1]));
  }

  /**
   * A constant of an enum, written as its name in upper case.
   *
   * @param i the column index
   * @param type the enum
   * @param <E> the enum type
   * @return the constant
   */
  public <E extends Enum<E>> E enumValue(int i, Class<E> type) {
    String f = get(i);
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(f)) {
        return e;
      }
    }
    StringBuilder names = new StringBuilder();
    for (E e : type.getEnumConstants()) {
      names.append(names.length() == 0 ? "" : ", ").append(e.name());
    }
    throw error(
        i, "is one of " + names + ", got " + Chars.quote(lines, bounds[2 * i], bounds[2 * i + 1]));
  }

  /**
   * An error on a field of the current row.
   *
   * @param i the column index
   * @param rule the rule broken
   * @return the exception, to throw
   */
  public ValidationException error(int i, String rule) {
    return lines.error(lines.column(bounds[2 * i]), header.get(i), rule);
  }

  /**
   * The same error located at a field of the current row: used when a value built from the row
   * fails its own validation.
   *
   * @param i the column index
   * @param e the value's error
   * @return the exception, to throw
   */
  public ValidationException error(int i, ValidationException e) {
    return ValidationException.inFile(
        lines.name(), lines.lineNumber(), lines.column(bounds[2 * i]), header.get(i), e.rule());
  }

  /**
   * An error on the whole current row.
   *
   * @param field the field or fields at fault
   * @param rule the rule broken
   * @return the exception, to throw
   */
  public ValidationException rowError(String field, String rule) {
    return lines.error(0, field, rule);
  }

  @Override
  public void close() {
    lines.close();
  }
}

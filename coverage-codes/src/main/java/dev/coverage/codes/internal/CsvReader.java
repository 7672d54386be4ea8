package dev.coverage.codes.internal;

import dev.coverage.core.ValidationException;
import java.util.ArrayList;
import java.util.List;

/**
 * A strict reader of comma-separated records (RFC 4180): fields may be quoted, a quoted field may
 * hold commas, doubled quotes and line breaks. A quote that is never closed, or text after a
 * closing quote, is an error naming the file, line and column.
 */
public final class CsvReader implements AutoCloseable {
  private final LineReader lines;
  private final List<String> fields = new ArrayList<>();
  private final List<long[]> positions = new ArrayList<>();
  private long recordLine;

  private CsvReader(LineReader lines) {
    this.lines = lines;
  }

  /**
   * Opens a file.
   *
   * @param file the file
   * @return the reader, before the first record
   */
  public static CsvReader open(TextFile file) {
    return new CsvReader(LineReader.open(file));
  }

  /** The file's name. */
  public String name() {
    return lines.name();
  }

  /**
   * Reads the next record.
   *
   * @return false at the end of the file
   */
  public boolean next() {
    fields.clear();
    positions.clear();
    if (!lines.next()) {
      return false;
    }
    recordLine = lines.lineNumber();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean inQuotes = false;
    boolean afterQuote = false;
    long fieldLine = lines.lineNumber();
    int fieldColumn = 1;
    while (true) {
      char[] c = lines.chars();
      int end = lines.end();
      for (int i = lines.start(); i < end; i++) {
        char ch = c[i];
        if (inQuotes) {
          if (ch == '"') {
            if (i + 1 < end && c[i + 1] == '"') {
              field.append('"');
              i++;
            } else {
              inQuotes = false;
              afterQuote = true;
            }
          } else {
            field.append(ch);
          }
        } else if (ch == ',') {
          add(field, fieldLine, fieldColumn);
          field.setLength(0);
          quoted = false;
          afterQuote = false;
          fieldLine = lines.lineNumber();
          fieldColumn = lines.column(i) + 1;
        } else if (afterQuote) {
          throw lines.error(lines.column(i), "csv", "only a comma may follow a closing quote");
        } else if (ch == '"') {
          if (field.length() > 0 || quoted) {
            throw lines.error(lines.column(i), "csv", "a quote may only open a field");
          }
          quoted = true;
          inQuotes = true;
        } else {
          field.append(ch);
        }
      }
      if (!inQuotes) {
        break;
      }
      field.append('\n');
      if (!lines.next()) {
        throw ValidationException.inFile(
            lines.name(), fieldLine, fieldColumn, "csv", "a quoted field is never closed");
      }
    }
    add(field, fieldLine, fieldColumn);
    return true;
  }

  private void add(StringBuilder field, long line, int column) {
    fields.add(field.toString());
    positions.add(new long[] {line, column});
  }

  /** The line the current record starts on. */
  public long lineNumber() {
    return recordLine;
  }

  /** The current record's fields. */
  public List<String> fields() {
    return List.copyOf(fields);
  }

  /** The number of fields in the current record. */
  public int size() {
    return fields.size();
  }

  /**
   * A field of the current record.
   *
   * @param i from 0
   * @return its text
   */
  public String get(int i) {
    return fields.get(i);
  }

  /**
   * An error on a field of the current record.
   *
   * @param i the field's index
   * @param field the field's name
   * @param rule the rule broken
   * @return the exception, to throw
   */
  public ValidationException error(int i, String field, String rule) {
    long[] p = positions.get(Math.min(i, positions.size() - 1));
    return ValidationException.inFile(lines.name(), p[0], (int) p[1], field, rule);
  }

  /**
   * An error on the whole current record.
   *
   * @param field the field at fault
   * @param rule the rule broken
   * @return the exception, to throw
   */
  public ValidationException recordError(String field, String rule) {
    return ValidationException.inFile(lines.name(), recordLine, 0, field, rule);
  }

  /**
   * An error after the last record.
   *
   * @param field the field at fault
   * @param rule the rule broken
   * @return the exception, to throw
   */
  public ValidationException errorAfterLast(String field, String rule) {
    return lines.errorAfterLast(field, rule);
  }

  @Override
  public void close() {
    lines.close();
  }
}

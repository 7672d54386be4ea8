package dev.coverage.codes.internal;

import dev.coverage.core.ValidationException;
import java.io.EOFException;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.zip.ZipException;

/**
 * Reads a UTF-8 text file line by line without allocating per line: the current line is a range of
 * a reused character buffer. Accepts LF and CRLF line ends and ignores a leading byte-order mark.
 * Every problem becomes a {@link ValidationException} naming the file and line: text that is not
 * UTF-8, a truncated gzip stream, a line that never ends.
 */
public final class LineReader implements AutoCloseable {
  /** Longer lines are taken for binary data. */
  static final int MAX_LINE = 1 << 20;

  private final String name;
  private final Reader reader;
  private char[] buf = new char[1 << 16];
  private int pos;
  private int limit;
  private int scanFrom;
  private boolean eof;
  private int lineStart;
  private int lineEnd;
  private long lineNumber;

  private LineReader(String name, Reader reader) {
    this.name = name;
    this.reader = reader;
  }

  /**
   * Opens a file for reading.
   *
   * @param file the file
   * @return the reader, positioned before the first line
   * @throws UncheckedIOException when the file cannot be opened
   * @throws ValidationException when a {@code .gz} file is not gzip
   */
  public static LineReader open(TextFile file) {
    return new LineReader(file.name(), new Utf8Reader(file.openBytes()));
  }

  /** The file's name. */
  public String name() {
    return name;
  }

  /**
   * Moves to the next line.
   *
   * @return false at the end of the file
   * @throws ValidationException when the file cannot be decoded or decompressed
   */
  public boolean next() {
    while (true) {
      for (int i = scanFrom; i < limit; i++) {
        if (buf[i] == '\n') {
          setLine(pos, i);
          pos = i + 1;
          scanFrom = pos;
          return true;
        }
      }
      scanFrom = limit;
      if (eof) {
        if (pos < limit) {
          setLine(pos, limit);
          pos = limit;
          return true;
        }
        return false;
      }
      fill();
    }
  }

  private void setLine(int start, int end) {
    if (end > start && buf[end - 1] == '\r') {
      end--;
    }
    if (lineNumber == 0 && end > start && buf[start] == '\uFEFF') {
      start++;
    }
    lineStart = start;
    lineEnd = end;
    lineNumber++;
  }

  private void fill() {
    if (pos > 0) {
      System.arraycopy(buf, pos, buf, 0, limit - pos);
      limit -= pos;
      scanFrom -= pos;
      pos = 0;
    }
    if (limit == buf.length) {
      if (buf.length >= MAX_LINE) {
        throw errorAfterLast(
            "file", "has a line longer than " + MAX_LINE + " characters (binary data?)");
      }
      buf = java.util.Arrays.copyOf(buf, buf.length * 2);
    }
    int n;
    try {
      n = reader.read(buf, limit, buf.length - limit);
    } catch (CharacterCodingException e) {
      // The reader hands out every character before the bad bytes: they are on the line being
      // read, after the characters already buffered.
      throw ValidationException.inFile(
          name, lineNumber + 1, limit - pos + 1, "file", String.valueOf(e.getMessage()));
    } catch (EOFException | ZipException e) {
      throw errorAfterLast(
          "file", "is a truncated or corrupt gzip stream (" + e.getMessage() + ")");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name + ": " + e.getMessage(), e);
    }
    if (n < 0) {
      eof = true;
    } else {
      limit += n;
    }
  }

  /** The line number of the current line, from 1; while reading ahead, of the line being read. */
  public long lineNumber() {
    return lineNumber;
  }

  /** The buffer holding the current line; valid until the next call to {@link #next()}. */
  public char[] chars() {
    return buf;
  }

  /** Where the current line starts in {@link #chars()}. */
  public int start() {
    return lineStart;
  }

  /** Where the current line ends in {@link #chars()} (exclusive, line end removed). */
  public int end() {
    return lineEnd;
  }

  /** The current line's length. */
  public int length() {
    return lineEnd - lineStart;
  }

  /** The current line as a string. */
  public String text() {
    return new String(buf, lineStart, lineEnd - lineStart);
  }

  /** Whether the current line is empty or only spaces and tabs. */
  public boolean isBlank() {
    for (int i = lineStart; i < lineEnd; i++) {
      if (buf[i] != ' ' && buf[i] != '\t') {
        return false;
      }
    }
    return true;
  }

  /**
   * Splits the current line at tabs.
   *
   * @param bounds receives start and end offsets (into {@link #chars()}) of each field, in pairs
   * @param max the most fields wanted; {@code bounds} holds at least {@code 2 * max}
   * @return the number of fields, or {@code max + 1} when there are more
   */
  public int splitTabs(int[] bounds, int max) {
    int count = 0;
    int from = lineStart;
    for (int i = lineStart; i <= lineEnd; i++) {
      if (i == lineEnd || buf[i] == '\t') {
        if (count == max) {
          return max + 1;
        }
        bounds[2 * count] = from;
        bounds[2 * count + 1] = i;
        count++;
        from = i + 1;
      }
    }
    return count;
  }

  /**
   * The 1-based column of a buffer offset on the current line.
   *
   * @param offset an offset into {@link #chars()} within the current line
   * @return the column
   */
  public int column(int offset) {
    return offset - lineStart + 1;
  }

  /**
   * An error on the current line.
   *
   * @param column the 1-based column, or 0 for the whole line
   * @param field the column's name or the field at fault
   * @param rule the rule broken
   * @return the exception, to throw
   */
  public ValidationException error(int column, String field, String rule) {
    return ValidationException.inFile(name, Math.max(lineNumber, 1), column, field, rule);
  }

  /**
   * An error on the line being read when the file ends or breaks, one after the last complete line.
   *
   * @param field the field at fault
   * @param rule the rule broken
   * @return the exception, to throw
   */
  public ValidationException errorAfterLast(String field, String rule) {
    return ValidationException.inFile(name, lineNumber + 1, 0, field, rule);
  }

  @Override
  public void close() {
    try {
      reader.close();
    } catch (IOException ignored) {
      // Reading is over; a failure to close changes nothing already read.
    }
  }
}

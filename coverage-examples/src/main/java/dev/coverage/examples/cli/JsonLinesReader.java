package dev.coverage.examples.cli;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines with bounded memory, whatever the file's size or the length of
 * its lines: a line longer than the limit is skipped to its end and reported as too long, never
 * buffered. Lines end at {@code \n}; a {@code \r} before it is dropped. Not thread-safe.
 *
 * <pre>{@code
 * JsonLinesReader lines = new JsonLinesReader(in, 1 << 20);
 * while (lines.next()) {
 *   if (!lines.tooLong()) use(lines.buffer(), lines.offset(), lines.length(), lines.number());
 * }
 * }</pre>
 */
public final class JsonLinesReader {
  private static final int CHUNK = 1 << 16;

  private final InputStream in;
  private final int maxLineBytes;
  private byte[] buffer = new byte[CHUNK];
  private int start;
  private int end;
  private boolean eof;

  private byte[] lineBuffer;
  private int lineOffset;
  private int lineLength;
  private long number;
  private boolean tooLong;

  /**
   * @param in the stream; the caller closes it
   * @param maxLineBytes the longest line kept, in bytes, without its line break
   */
  public JsonLinesReader(InputStream in, int maxLineBytes) {
    this.in = checkNotNull(in, "in");
    checkArgument(maxLineBytes > 0, "maxLineBytes must be positive");
    this.maxLineBytes = maxLineBytes;
  }

  /**
   * Moves to the next line.
   *
   * @return false at the end of the stream
   * @throws IOException when the stream fails
   */
  public boolean next() throws IOException {
    tooLong = false;
    int scanned = 0;
    while (true) {
      int newline = indexOf((byte) '\n', start + scanned, end);
      if (newline >= 0) {
        number++;
        take(start, newline);
        start = newline + 1;
        return true;
      }
      if (end - start > maxLineBytes + 1) { // + 1: room for a \r
        // Longer than allowed already: drop it through its line break, keeping nothing.
        number++;
        skipRestOfLine();
        tooLong = true;
        lineLength = 0;
        return true;
      }
      if (eof) {
        if (start == end) {
          return false;
        }
        number++;
        take(start, end);
        start = end;
        return true;
      }
      scanned = end - start; // fill() may move the line to the buffer's start
      fill();
    }
  }

  private void take(int from, int to) {
    int length = to - from;
    if (length > 0 && buffer[to - 1] == '\r') {
      length--;
    }
    if (length > maxLineBytes) {
      tooLong = true;
      length = 0;
    }
    lineBuffer = buffer;
    lineOffset = from;
    lineLength = length;
  }

  private void skipRestOfLine() throws IOException {
    while (true) {
      int newline = indexOf((byte) '\n', start, end);
      if (newline >= 0) {
        start = newline + 1;
        return;
      }
      start = end;
      if (eof) {
        return;
      }
      fill();
    }
  }

  /** Reads more bytes after the kept part of the buffer, compacting or growing it as needed. */
  private void fill() throws IOException {
    if (start > 0) {
      System.arraycopy(buffer, start, buffer, 0, end - start);
      end -= start;
      start = 0;
    }
    if (end == buffer.length) {
      // Only while a line is shorter than the limit (checked by the caller), so bounded.
      buffer = Arrays.copyOf(buffer, buffer.length * 2);
    }
    int read = in.read(buffer, end, buffer.length - end);
    if (read < 0) {
      eof = true;
    } else {
      end += read;
    }
  }

  private int indexOf(byte b, int from, int to) {
    byte[] bytes = buffer;
    for (int i = from; i < to; i++) {
      if (bytes[i] == b) {
        return i;
      }
    }
    return -1;
  }

  /** The array holding the current line; valid until the next call of {@link #next()}. */
  public byte[] buffer() {
    return lineBuffer;
  }

  /** Where the current line starts in {@link #buffer()}. */
  public int offset() {
    return lineOffset;
  }

  /** The current line's length in bytes, without its line break; 0 when it is too long. */
  public int length() {
    return lineLength;
  }

  /** The current line's number, from 1. */
  public long number() {
    return number;
  }

  /** Whether the current line was longer than the limit and was skipped. */
  public boolean tooLong() {
    return tooLong;
  }

  /** Whether the current line holds nothing but spaces and tabs. */
  public boolean blank() {
    for (int i = lineOffset, to = lineOffset + lineLength; i < to; i++) {
      byte b = lineBuffer[i];
      if (b != ' ' && b != '\t') {
        return false;
      }
    }
    return !tooLong;
  }
}

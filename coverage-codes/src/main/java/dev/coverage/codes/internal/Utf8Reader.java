package dev.coverage.codes.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes strict UTF-8 and, unlike {@link java.io.InputStreamReader}, hands out every character
 * decoded before a failure (bytes that are not UTF-8, or a broken gzip stream underneath) and only
 * then throws: so a reader counting lines knows exactly which line the failure is on. A byte-order
 * mark at the start is dropped.
 */
final class Utf8Reader extends Reader {
  /** Bytes that are not UTF-8; the message says which, and names UTF-16 when it looks like it. */
  static final class NotUtf8Exception extends CharacterCodingException {
    private static final long serialVersionUID = 1L;

    private final String rule;

    NotUtf8Exception(String rule) {
      this.rule = rule;
    }

    @Override
    public String getMessage() {
      return rule;
    }
  }

  private final InputStream in;
  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(1 << 13).flip();
  private boolean endOfBytes;
  private boolean done;
  private boolean started;
  private IOException failure;

  Utf8Reader(InputStream in) {
    this.in = in;
  }

  @Override
  public int read(char[] chars, int off, int len) throws IOException {
    if (failure != null) {
      throw failure;
    }
    if (len == 0) {
      return 0;
    }
    while (true) {
      CharBuffer out = CharBuffer.wrap(chars, off, len);
      while (out.position() == off && !done) {
        CoderResult result = decoder.decode(bytes, out, endOfBytes);
        if (result.isError()) {
          return fail(chars, off, out, notUtf8());
        }
        if (result.isOverflow()) {
          break;
        }
        if (endOfBytes) {
          if (decoder.flush(out).isOverflow()) {
            break;
          }
          done = true;
          break;
        }
        try {
          refill();
        } catch (IOException e) {
          return fail(chars, off, out, e);
        }
      }
      int n = deliver(chars, off, out.position() - off);
      if (n > 0) {
        return n;
      }
      if (done) {
        return -1;
      }
    }
  }

  /** Drops a byte-order mark at the very start, which UTF-8 allows and JSON does not expect. */
  private int deliver(char[] chars, int off, int n) {
    if (!started && n > 0) {
      started = true;
      if (chars[off] == '\uFEFF') {
        System.arraycopy(chars, off + 1, chars, off, n - 1);
        return n - 1;
      }
    }
    return n;
  }

  private void refill() throws IOException {
    bytes.compact();
    try {
      int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
      if (n < 0) {
        endOfBytes = true;
      } else {
        bytes.position(bytes.position() + n);
      }
    } finally {
      bytes.flip();
    }
  }

  /** Returns what was decoded before the failure, which the next read throws; or throws now. */
  private int fail(char[] chars, int off, CharBuffer out, IOException e) throws IOException {
    failure = e;
    int n = deliver(chars, off, out.position() - off);
    if (n == 0) {
      throw e;
    }
    return n;
  }

  private NotUtf8Exception notUtf8() {
    int at = bytes.position();
    int first = bytes.get(at) & 0xFF;
    if (!started && at == 0 && bytes.limit() >= 2) {
      int second = bytes.get(1) & 0xFF;
      if ((first == 0xFF && second == 0xFE) || (first == 0xFE && second == 0xFF)) {
        return new NotUtf8Exception("is UTF-16 text (it starts with a UTF-16 byte-order mark)");
      }
    }
    return new NotUtf8Exception(
        String.format(
            "is not UTF-8 text: the byte 0x%02X cannot start or continue a character"
                + " (Latin-1 or Windows-1252 text?)",
            first));
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}

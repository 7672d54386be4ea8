package dev.coverage.codes;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;

/** Small in-memory files for loader tests. */
public final class Streams {
  private Streams() {}

  /** UTF-8 text as a stream. */
  public static InputStream text(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  /** Raw bytes as a stream. */
  public static InputStream bytes(byte[] bytes) {
    return new ByteArrayInputStream(bytes);
  }

  /** UTF-8 text gzipped. */
  public static byte[] gzip(String text) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(text.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** UTF-8 text gzipped, then cut short. */
  public static InputStream truncatedGzip(String text) {
    byte[] full = gzip(text);
    return bytes(Arrays.copyOf(full, full.length * 2 / 3));
  }

  /** Bytes that are not UTF-8 text. */
  public static InputStream binaryGarbage() {
    byte[] b = new byte[512];
    for (int i = 0; i < b.length; i++) {
      b[i] = (byte) (0x80 + (i * 37) % 120);
    }
    return bytes(b);
  }
}

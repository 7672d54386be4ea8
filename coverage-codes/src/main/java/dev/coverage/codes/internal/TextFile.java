package dev.coverage.codes.internal;

import dev.coverage.core.ValidationException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.zip.GZIPInputStream;

/**
 * A text file to read once: its name, as errors name it, and how to open it. Names ending in {@code
 * .gz} are gunzipped; the text is always UTF-8.
 */
public final class TextFile {
  /** Opens the raw bytes of a file. */
  @FunctionalInterface
  public interface Opener {
    /**
     * Opens the stream.
     *
     * @return the raw bytes
     * @throws IOException when it cannot be opened
     */
    InputStream open() throws IOException;
  }

  private final String name;
  private final Opener opener;

  private TextFile(String name, Opener opener) {
    this.name = name;
    this.opener = opener;
  }

  /**
   * A file on disk, named by its file name.
   *
   * @param path the file
   * @return the file
   */
  public static TextFile of(Path path) {
    Objects.requireNonNull(path, "path");
    Path fileName = path.getFileName();
    return new TextFile(
        fileName == null ? path.toString() : fileName.toString(), () -> Files.newInputStream(path));
  }

  /**
   * A stream the caller opened; it is read once and closed.
   *
   * @param name the name errors give, such as the original file name ({@code .gz} means gzip)
   * @param in the stream
   * @return the file
   */
  public static TextFile of(String name, InputStream in) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(in, "in");
    return new TextFile(name, () -> in);
  }

  /**
   * A classpath resource.
   *
   * @param owner the class whose loader and package resolve the name
   * @param resource the resource name, relative to the owner's package
   * @return the file
   */
  public static TextFile resource(Class<?> owner, String resource) {
    return new TextFile(
        resource,
        () -> {
          InputStream in = owner.getResourceAsStream(resource);
          if (in == null) {
            throw new java.io.FileNotFoundException("classpath resource " + resource);
          }
          return in;
        });
  }

  /** The name errors give. */
  public String name() {
    return name;
  }

  /**
   * Opens the decompressed bytes.
   *
   * @return the stream, buffered
   * @throws UncheckedIOException when the file cannot be opened
   * @throws ValidationException when a {@code .gz} file does not start like gzip
   */
  InputStream openBytes() {
    InputStream raw;
    try {
      raw = opener.open();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open " + name + ": " + e.getMessage(), e);
    }
    if (!name.endsWith(".gz")) {
      return new BufferedInputStream(raw, 1 << 16);
    }
    try {
      return new GZIPInputStream(raw, 1 << 16);
    } catch (IOException e) {
      closeQuietly(raw);
      throw ValidationException.inFile(name, 1, 0, "file", "is not a gzip file: " + e.getMessage());
    }
  }

  static void closeQuietly(InputStream in) {
    try {
      in.close();
    } catch (IOException ignored) {
      // Nothing to report: the read already failed or finished.
    }
  }

  @Override
  public String toString() {
    return name;
  }
}

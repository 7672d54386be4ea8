package dev.coverage.codes.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coverage.codes.Streams;
import dev.coverage.core.ValidationException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;

/**
 * Arbitrary text and bytes, and mutations of valid files, fed to every loader in every layout it
 * reads (see {@link LoaderFormat}): the result is a loaded table or a {@link ValidationException}
 * that names the file and a line, never any other exception. Ten thousand tries each, in every
 * build.
 */
class LoaderFuzzProperties {
  private static final int TRIES = 10_000;

  @Test
  void every_valid_file_loads_plain_gzipped_and_with_a_byte_order_mark() {
    for (LoaderFormat f : LoaderFormat.values()) {
      assertThat(f.load(f.validBytes())).as(f.name()).isNotNull();
      assertThat(f.load(f.fileName() + ".gz", Streams.gzip(f.valid()))).as(f.name()).isNotNull();
      assertThat(f.load("\uFEFF" + f.valid())).as("%s with a byte-order mark", f).isNotNull();
    }
  }

  @Property(tries = TRIES)
  void arbitrary_text_gives_a_table_or_a_located_error(@ForAll("texts") String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    for (LoaderFormat f : LoaderFormat.values()) {
      tableOrLocatedError(f, f.fileName(), bytes);
    }
  }

  @Property(tries = TRIES)
  void arbitrary_bytes_give_a_table_or_a_located_error(@ForAll("bytes") byte[] bytes) {
    for (LoaderFormat f : LoaderFormat.values()) {
      tableOrLocatedError(f, f.fileName(), bytes);
    }
  }

  /** The same edits applied to the valid file of every layout. */
  @Property(tries = TRIES)
  void mutated_valid_files_give_a_table_or_a_located_error(@ForAll("edits") List<Edit> edits) {
    for (LoaderFormat f : LoaderFormat.values()) {
      tableOrLocatedError(f, f.fileName(), Edit.applyAll(edits, f.validBytes()));
    }
  }

  /**
   * Valid files gzipped, then damaged, and arbitrary bytes named {@code .gz}: the gzip layer's
   * errors are located too. One layout per try (an inflater is costly to set up), so about a
   * thousand tries each.
   */
  @Property(tries = TRIES)
  void damaged_gzip_files_give_a_table_or_a_located_error(
      @ForAll LoaderFormat format,
      @ForAll("byteEdits") List<Edit> edits,
      @ForAll("bytes") byte[] bytes) {
    String name = format.fileName() + ".gz";
    tableOrLocatedError(format, name, Edit.applyAll(edits, Streams.gzip(format.valid())));
    tableOrLocatedError(format, name, bytes);
  }

  private static void tableOrLocatedError(LoaderFormat format, String name, byte[] bytes) {
    Object table;
    try {
      table = format.load(name, bytes);
    } catch (ValidationException e) {
      assertThat(e.location())
          .as("%s: location of %s", format, e.getMessage())
          .hasValueSatisfying(
              l ->
                  assertThat(l)
                      .matches(Pattern.quote(name) + " line [1-9][0-9]*( column [1-9][0-9]*)?"));
      assertThat(e.field()).as("%s: field of %s", format, e.getMessage()).isNotBlank();
      assertThat(e.rule()).as("%s: rule of %s", format, e.getMessage()).isNotBlank();
      return;
    }
    assertThat(table).as(format.name()).isNotNull();
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(400),
        Arbitraries.strings().withCharRange('\u0000', '\u007f').ofMaxLength(400),
        // The characters the layouts are made of, so that lines get past the first checks.
        Arbitraries.strings().withChars("0123456789AJGL.-*\t\n\r ,\"{}[]:").ofMaxLength(400));
  }

  @Provide
  Arbitrary<byte[]> bytes() {
    return Arbitraries.bytes().array(byte[].class).ofMaxSize(400);
  }

  @Provide
  Arbitrary<List<Edit>> edits() {
    return edit(Op.values()).list().ofMinSize(1).ofMaxSize(4);
  }

  @Provide
  Arbitrary<List<Edit>> byteEdits() {
    return edit(new Op[] {Op.DELETE, Op.INSERT, Op.REPLACE, Op.TRUNCATE, Op.FLIP})
        .list()
        .ofMinSize(1)
        .ofMaxSize(3);
  }

  private static Arbitrary<Edit> edit(Op[] ops) {
    Arbitrary<String> text =
        Arbitraries.oneOf(
            Arbitraries.strings().ofMaxLength(4),
            Arbitraries.of(
                "\t",
                "\n",
                "\r\n",
                ",",
                "\"",
                " ",
                "0",
                "1",
                "9",
                "*",
                "-",
                ".",
                "{",
                "}",
                "[",
                "]",
                ":",
                "null",
                "\"x\"",
                "\\u0000",
                "99999999999",
                "2026-02-30",
                "20261301",
                "J0585",
                "00001",
                "\uFEFF",
                "é",
                "\uD83D\uDE00"));
    return Combinators.combine(
            Arbitraries.of(ops),
            Arbitraries.integers().between(0, 1 << 20),
            Arbitraries.integers().between(0, 1 << 20),
            text)
        .as(Edit::new);
  }

  /** The kinds of damage done to a file. */
  enum Op {
    DELETE,
    INSERT,
    REPLACE,
    TRUNCATE,
    FLIP,
    NUL,
    INVALID_UTF8,
    DUPLICATE_LINE,
    DELETE_LINE,
    SWAP_LINES,
    SWAP_COLUMNS
  }

  /**
   * One edit; {@code a} and {@code b} are positions taken modulo the file's size or line count, so
   * one edit applies to a file of any size.
   */
  record Edit(Op op, int a, int b, String text) {
    private static final byte[][] INVALID_UTF8 = {
      {(byte) 0xFF},
      {(byte) 0xC3},
      {(byte) 0x80},
      {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
      {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80},
      {(byte) 0xE2, (byte) 0x82}
    };

    static byte[] applyAll(List<Edit> edits, byte[] file) {
      // Latin-1 maps each byte to one char and back, so bytes survive string editing unchanged.
      String s = new String(file, StandardCharsets.ISO_8859_1);
      for (Edit e : edits) {
        s = e.apply(s);
      }
      return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    private String apply(String s) {
      int n = s.length();
      int at = n == 0 ? 0 : a % (n + 1);
      int end = Math.min(n, at + b % 12 + 1);
      String bytes = new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
      switch (op) {
        case DELETE:
          return s.substring(0, at) + s.substring(end);
        case INSERT:
          return s.substring(0, at) + bytes + s.substring(at);
        case REPLACE:
          return s.substring(0, at) + bytes + s.substring(end);
        case TRUNCATE:
          return s.substring(0, at);
        case FLIP:
          if (at == n) {
            return s;
          }
          return s.substring(0, at)
              + (char) ((s.charAt(at) ^ (1 << (b % 8))) & 0xFF)
              + s.substring(at + 1);
        case NUL:
          return s.substring(0, at) + '\0' + s.substring(at);
        case INVALID_UTF8:
          return s.substring(0, at)
              + new String(INVALID_UTF8[b % INVALID_UTF8.length], StandardCharsets.ISO_8859_1)
              + s.substring(at);
        default:
          return lines(s);
      }
    }

    private String lines(String s) {
      List<String> lines = new ArrayList<>(List.of(s.split("\n", -1)));
      int i = a % lines.size();
      int j = b % lines.size();
      switch (op) {
        case DUPLICATE_LINE:
          lines.add(j, lines.get(i));
          break;
        case DELETE_LINE:
          lines.remove(i);
          break;
        case SWAP_LINES:
          String line = lines.get(i);
          lines.set(i, lines.get(j));
          lines.set(j, line);
          break;
        default:
          lines.set(i, swapColumns(lines.get(i), b));
          break;
      }
      return String.join("\n", lines);
    }

    /** Swaps two tab- or comma-separated fields or, in a fixed-width line, two 5-char columns. */
    private static String swapColumns(String line, int pick) {
      String separator = line.indexOf('\t') >= 0 ? "\t" : line.indexOf(',') >= 0 ? "," : null;
      if (separator == null) {
        if (line.length() < 10) {
          return line;
        }
        int x = pick % (line.length() - 9);
        return line.substring(0, x)
            + line.substring(x + 5, x + 10)
            + line.substring(x, x + 5)
            + line.substring(x + 10);
      }
      List<String> fields = new ArrayList<>(List.of(line.split(Pattern.quote(separator), -1)));
      int x = pick % fields.size();
      int y = (pick / 7 + 1) % fields.size();
      String field = fields.get(x);
      fields.set(x, fields.get(y));
      fields.set(y, field);
      return String.join(separator, fields);
    }

    @Override
    public String toString() {
      return Tuple.of(op, a, b, text).toString();
    }
  }
}

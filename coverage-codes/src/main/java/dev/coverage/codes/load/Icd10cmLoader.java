package dev.coverage.codes.load;

import dev.coverage.codes.internal.Chars;
import dev.coverage.codes.internal.CodePacking;
import dev.coverage.codes.internal.LineReader;
import dev.coverage.codes.internal.TextFile;
import dev.coverage.core.ValidationException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Loads the official ICD-10-CM code files of one or more fiscal years into one {@link
 * Icd10cmCodeSet}, so that a check uses the year in force on each date of service.
 *
 * <p>Two layouts are read:
 *
 * <ul>
 *   <li>the CDC/CMS <em>order file</em> ({@code icd10cm_order_2026.txt}), fixed width: order number
 *       (columns 1-5, digits), code without its dot (7-13, left-justified), {@code 0} for a header
 *       or {@code 1} for a billable code (15), short title (17-76), long title (78 to the end),
 *       each field followed by one space;
 *   <li>a tab-separated file with the header {@code code, code_dotted, billable, long_description}
 *       (the layout of the project's shared reference copies).
 * </ul>
 *
 * <p>Reading is strict: a malformed line throws {@link ValidationException} naming the file, the
 * line and the column, and nothing is returned. Titles are checked but not kept. Files are UTF-8;
 * names ending in {@code .gz} are gunzipped.
 *
 * <pre>{@code
 * Icd10cmCodeSet icd10 = Icd10cmLoader.create()
 *     .orderFile(2026, Path.of("icd10cm_order_2026.txt"))
 *     .orderFile(2027, Path.of("icd10cm_order_2027.txt"))
 *     .load();
 * }</pre>
 *
 * <p>A loader is a mutable builder, for one thread; {@link #load()} may be called once.
 */
public final class Icd10cmLoader {
  private static final String TSV_HEADER = "code\tcode_dotted\tbillable\tlong_description";

  private enum Layout {
    ORDER_FILE,
    TSV
  }

  private static final class Source {
    final int fiscalYear;
    final TextFile file;
    final Layout layout;

    Source(int fiscalYear, TextFile file, Layout layout) {
      this.fiscalYear = fiscalYear;
      this.file = file;
      this.layout = layout;
    }
  }

  private final List<Source> sources = new ArrayList<>();
  private boolean loaded;

  private Icd10cmLoader() {}

  /** A loader with no files yet. */
  public static Icd10cmLoader create() {
    return new Icd10cmLoader();
  }

  /**
   * Adds a fiscal year's order file.
   *
   * @param fiscalYear the fiscal year it is for, such as 2026
   * @param file the file
   * @return this loader
   * @throws ValidationException when the year is out of range or already added
   */
  public Icd10cmLoader orderFile(int fiscalYear, Path file) {
    return add(fiscalYear, TextFile.of(file), Layout.ORDER_FILE);
  }

  /**
   * Adds a fiscal year's order file from a stream, which {@link #load()} reads and closes.
   *
   * @param fiscalYear the fiscal year it is for
   * @param name the name errors give ({@code .gz} means gzip)
   * @param in the stream
   * @return this loader
   */
  public Icd10cmLoader orderFile(int fiscalYear, String name, InputStream in) {
    return add(fiscalYear, TextFile.of(name, in), Layout.ORDER_FILE);
  }

  /**
   * Adds a fiscal year's tab-separated file.
   *
   * @param fiscalYear the fiscal year it is for
   * @param file the file
   * @return this loader
   */
  public Icd10cmLoader tsv(int fiscalYear, Path file) {
    return add(fiscalYear, TextFile.of(file), Layout.TSV);
  }

  /**
   * Adds a fiscal year's tab-separated file from a stream, which {@link #load()} reads and closes.
   *
   * @param fiscalYear the fiscal year it is for
   * @param name the name errors give ({@code .gz} means gzip)
   * @param in the stream
   * @return this loader
   */
  public Icd10cmLoader tsv(int fiscalYear, String name, InputStream in) {
    return add(fiscalYear, TextFile.of(name, in), Layout.TSV);
  }

  private Icd10cmLoader add(int fiscalYear, TextFile file, Layout layout) {
    if (fiscalYear < 2016 || fiscalYear > 2099) {
      throw new ValidationException(
          "fiscalYear", "ICD-10-CM fiscal years run from 2016, got " + fiscalYear);
    }
    for (Source s : sources) {
      if (s.fiscalYear == fiscalYear) {
        throw new ValidationException("fiscalYear", "FY" + fiscalYear + " is already added");
      }
    }
    if (sources.size() == Icd10cmCodeSet.MAX_FISCAL_YEARS) {
      throw new ValidationException(
          "fiscalYear", "at most " + Icd10cmCodeSet.MAX_FISCAL_YEARS + " fiscal years at once");
    }
    sources.add(new Source(fiscalYear, file, layout));
    return this;
  }

  /**
   * Reads every file and builds the code set.
   *
   * @return the code set, complete for each fiscal year added
   * @throws ValidationException for the first malformed line, naming file, line and column
   * @throws java.io.UncheckedIOException when a file cannot be opened or read
   * @throws IllegalStateException when called twice or with no files
   */
  public Icd10cmCodeSet load() {
    if (loaded) {
      throw new IllegalStateException("load() was already called");
    }
    if (sources.isEmpty()) {
      throw new IllegalStateException("no ICD-10-CM file was added");
    }
    loaded = true;
    int[] years = new int[sources.size()];
    for (int i = 0; i < years.length; i++) {
      years[i] = sources.get(i).fiscalYear;
    }
    Arrays.sort(years);
    Icd10cmCodeSet.Table table = new Icd10cmCodeSet.Table();
    StringBuilder description = new StringBuilder("ICD-10-CM");
    for (int s = 0; s < years.length; s++) {
      Source source = sourceFor(years[s]);
      try (LineReader r = LineReader.open(source.file)) {
        if (source.layout == Layout.ORDER_FILE) {
          readOrderFile(r, table, s);
        } else {
          readTsv(r, table, s);
        }
      }
      description
          .append(s == 0 ? " " : ", ")
          .append("FY")
          .append(years[s])
          .append(" (")
          .append(source.file.name())
          .append(')');
    }
    return new Icd10cmCodeSet(table, years, description.toString());
  }

  private Source sourceFor(int year) {
    for (Source s : sources) {
      if (s.fiscalYear == year) {
        return s;
      }
    }
    throw new IllegalStateException("FY" + year);
  }

  private static void readTsv(LineReader r, Icd10cmCodeSet.Table table, int slot) {
    if (!r.next()) {
      throw r.errorAfterLast("header", "the file is empty: expected the header " + header());
    }
    if (!Chars.equals(r.chars(), r.start(), r.end(), TSV_HEADER)) {
      throw r.error(1, "header", "must be exactly " + header());
    }
    int[] b = new int[10];
    int rows = 0;
    while (r.next()) {
      char[] c = r.chars();
      int n = r.splitTabs(b, 4);
      if (n != 4) {
        throw r.error(
            0,
            "line",
            "has " + (n > 4 ? "more than 4" : n) + " tab-separated fields; expected 4 " + header());
      }
      long key = CodePacking.icd(c, b[0], b[1]);
      if (key == 0) {
        throw r.error(
            r.column(b[0]),
            "code",
            "is not an ICD-10-CM code without its dot: " + Chars.quote(r, b[0], b[1]));
      }
      if (!dottedMatches(c, b[0], b[1], b[2], b[3])) {
        throw r.error(
            r.column(b[2]),
            "code_dotted",
            "must be the code with a dot after its third character, got "
                + Chars.quote(r, b[2], b[3]));
      }
      boolean billable = flag(r, b[4], b[5], "billable");
      if (Chars.isBlank(c, b[6], b[7])) {
        throw r.error(r.column(b[6]), "long_description", "is required");
      }
      if (!table.add(key, slot, billable)) {
        throw r.error(r.column(b[0]), "code", "is listed twice: " + Chars.quote(r, b[0], b[1]));
      }
      rows++;
    }
    if (rows == 0) {
      throw r.errorAfterLast("line", "the file has a header but no codes");
    }
  }

  private static String header() {
    return "(code, code_dotted, billable, long_description)";
  }

  private static boolean dottedMatches(char[] c, int codeStart, int codeEnd, int start, int end) {
    int n = codeEnd - codeStart;
    if (n == 3) {
      return end - start == 3 && Arrays.equals(c, codeStart, codeEnd, c, start, end);
    }
    return end - start == n + 1
        && Arrays.equals(c, codeStart, codeStart + 3, c, start, start + 3)
        && c[start + 3] == '.'
        && Arrays.equals(c, codeStart + 3, codeEnd, c, start + 4, end);
  }

  private static boolean flag(LineReader r, int start, int end, String field) {
    if (end - start == 1) {
      char f = r.chars()[start];
      if (f == '1') {
        return true;
      }
      if (f == '0') {
        return false;
      }
    }
    throw r.error(
        r.column(start), field, "is 1 (billable) or 0 (header), got " + Chars.quote(r, start, end));
  }

  /** Column positions of the order file, from 0. */
  private static final int CODE = 6;

  private static final int FLAG = 14;
  private static final int SHORT_TITLE = 16;
  private static final int LONG_TITLE = 77;

  private static void readOrderFile(LineReader r, Icd10cmCodeSet.Table table, int slot) {
    int rows = 0;
    int previousOrder = 0;
    while (r.next()) {
      char[] c = r.chars();
      int s = r.start();
      int n = r.length();
      if (n < LONG_TITLE + 1) {
        throw r.error(
            0,
            "line",
            "is "
                + n
                + " characters long; an order-file line has the long title from column "
                + (LONG_TITLE + 1));
      }
      int order = 0;
      for (int i = 0; i < 5; i++) {
        char ch = c[s + i];
        if (ch < '0' || ch > '9') {
          throw r.error(
              1, "orderNumber", "is five digits in columns 1-5, got " + Chars.quote(r, s, s + 5));
        }
        order = order * 10 + (ch - '0');
      }
      if (order <= previousOrder) {
        throw r.error(
            1,
            "orderNumber",
            "must increase from line to line (" + order + " after " + previousOrder + ")");
      }
      previousOrder = order;
      space(r, s + 5);
      int codeEnd = Chars.trimEnd(c, s + CODE, s + CODE + 7);
      long key = CodePacking.icd(c, s + CODE, codeEnd);
      if (key == 0) {
        throw r.error(
            CODE + 1,
            "code",
            "is an ICD-10-CM code without its dot, left-justified in columns 7-13, got "
                + Chars.quote(r, s + CODE, s + CODE + 7));
      }
      space(r, s + 13);
      boolean billable = flag(r, s + FLAG, s + FLAG + 1, "billable");
      space(r, s + 15);
      if (Chars.isBlank(c, s + SHORT_TITLE, s + SHORT_TITLE + 60)) {
        throw r.error(SHORT_TITLE + 1, "shortTitle", "is required in columns 17-76");
      }
      space(r, s + 76);
      if (Chars.isBlank(c, s + LONG_TITLE, r.end())) {
        throw r.error(LONG_TITLE + 1, "longTitle", "is required from column 78");
      }
      if (!table.add(key, slot, billable)) {
        throw r.error(CODE + 1, "code", "is listed twice: " + Chars.quote(r, s + CODE, codeEnd));
      }
      rows++;
    }
    if (rows == 0) {
      throw r.errorAfterLast("line", "the file is empty: expected order-file lines");
    }
  }

  private static void space(LineReader r, int at) {
    if (r.chars()[at] != ' ') {
      throw r.error(
          r.column(at),
          "layout",
          "column " + r.column(at) + " must be a space (fixed-width order file)");
    }
  }
}

package dev.coverage.codes.load;

import com.google.common.collect.ImmutableMap;
import dev.coverage.codes.internal.Chars;
import dev.coverage.codes.internal.CodePacking;
import dev.coverage.codes.internal.CsvReader;
import dev.coverage.codes.internal.LineReader;
import dev.coverage.codes.internal.TextFile;
import dev.coverage.codes.internal.TsvReader;
import dev.coverage.core.ValidationException;
import dev.coverage.core.code.ProcedureCode;
import dev.coverage.core.reference.EffectiveDates;
import dev.coverage.core.reference.MueAdjudication;
import dev.coverage.core.reference.MueLimit;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Loads CMS NCCI practitioner edits, procedure-to-procedure (PTP) and medically unlikely (MUE),
 * into one {@link NcciTable}.
 *
 * <p>Layouts read:
 *
 * <ul>
 *   <li>PTP, CMS tab-delimited text ({@link #ptpText}): header lines, then rows of Column 1, Column
 *       2, the prior-to-1996 flag ({@code *} or empty), effective date {@code YYYYMMDD}, deletion
 *       date {@code YYYYMMDD} or {@code *}, modifier indicator ({@code 0}, {@code 1}, {@code 9})
 *       and rationale. CMS splits the practitioner edits over several files: add each.
 *   <li>PTP, tab-separated with the header {@code column1, column2, deletion_date,
 *       modifier_indicator, ptp_edit_rationale} ({@link #ptpTsv}), dates {@code YYYY-MM-DD}. This
 *       layout has no effective dates: an edit is taken as in force until its deletion date and,
 *       when a pair is listed again (deleted, then re-added), each later row as starting the day
 *       after the previous row's deletion date.
 *   <li>MUE, CMS comma-separated ({@link #mueCsv}): preamble records, a header whose first cell is
 *       {@code HCPCS/CPT Code}, then code, units, adjudication indicator (its leading digit 1, 2 or
 *       3) and rationale.
 *   <li>MUE, tab-separated with the header {@code hcpcs_code, mue_practitioner_units,
 *       mue_adjudication_indicator, mue_rationale} ({@link #mueTsv}).
 * </ul>
 *
 * <p>The deletion date is the last day an edit is in force. MUE files carry no dates; their limits
 * hold on every date. A pair listed twice with the same dates and indicator is kept once; two rows
 * of one pair whose dates overlap otherwise are an error, as is any malformed line: the exception
 * names the file, line and column, and nothing is returned.
 *
 * <p>A loader is a mutable builder, for one thread; {@link #load()} may be called once. At most 256
 * files load together, and at most 4,194,303 PTP rows.
 */
public final class NcciLoader {
  static final List<String> PTP_TSV_COLUMNS =
      List.of("column1", "column2", "deletion_date", "modifier_indicator", "ptp_edit_rationale");
  static final List<String> MUE_TSV_COLUMNS =
      List.of(
          "hcpcs_code", "mue_practitioner_units", "mue_adjudication_indicator", "mue_rationale");
  private static final int MAX_HEADER_LINES = 20;
  private static final int MAX_ROWS = (1 << 22) - 1;

  /** Rows remember their file in a byte. */
  static final int MAX_FILES = 256;

  private enum Kind {
    PTP_TEXT,
    PTP_TSV,
    MUE_CSV,
    MUE_TSV
  }

  private final List<TextFile> files = new ArrayList<>();
  private final List<Kind> kinds = new ArrayList<>();
  private boolean loaded;

  private NcciLoader() {}

  /** A loader with no files yet. */
  public static NcciLoader create() {
    return new NcciLoader();
  }

  /**
   * Adds a PTP file in the CMS tab-delimited text layout.
   *
   * @param file the file
   * @return this loader
   */
  public NcciLoader ptpText(Path file) {
    return add(TextFile.of(file), Kind.PTP_TEXT);
  }

  /**
   * Adds a PTP file in the CMS tab-delimited text layout from a stream, read and closed by {@link
   * #load()}.
   *
   * @param name the name errors give ({@code .gz} means gzip)
   * @param in the stream
   * @return this loader
   */
  public NcciLoader ptpText(String name, InputStream in) {
    return add(TextFile.of(name, in), Kind.PTP_TEXT);
  }

  /**
   * Adds a PTP file in the tab-separated layout.
   *
   * @param file the file
   * @return this loader
   */
  public NcciLoader ptpTsv(Path file) {
    return add(TextFile.of(file), Kind.PTP_TSV);
  }

  /**
   * Adds a PTP file in the tab-separated layout from a stream, read and closed by {@link #load()}.
   *
   * @param name the name errors give ({@code .gz} means gzip)
   * @param in the stream
   * @return this loader
   */
  public NcciLoader ptpTsv(String name, InputStream in) {
    return add(TextFile.of(name, in), Kind.PTP_TSV);
  }

  /**
   * Adds an MUE file in the CMS comma-separated layout.
   *
   * @param file the file
   * @return this loader
   */
  public NcciLoader mueCsv(Path file) {
    return add(TextFile.of(file), Kind.MUE_CSV);
  }

  /**
   * Adds an MUE file in the CMS comma-separated layout from a stream, read and closed by {@link
   * #load()}.
   *
   * @param name the name errors give ({@code .gz} means gzip)
   * @param in the stream
   * @return this loader
   */
  public NcciLoader mueCsv(String name, InputStream in) {
    return add(TextFile.of(name, in), Kind.MUE_CSV);
  }

  /**
   * Adds an MUE file in the tab-separated layout.
   *
   * @param file the file
   * @return this loader
   */
  public NcciLoader mueTsv(Path file) {
    return add(TextFile.of(file), Kind.MUE_TSV);
  }

  /**
   * Adds an MUE file in the tab-separated layout from a stream, read and closed by {@link #load()}.
   *
   * @param name the name errors give ({@code .gz} means gzip)
   * @param in the stream
   * @return this loader
   */
  public NcciLoader mueTsv(String name, InputStream in) {
    return add(TextFile.of(name, in), Kind.MUE_TSV);
  }

  private NcciLoader add(TextFile file, Kind kind) {
    if (files.size() == MAX_FILES) {
      throw new ValidationException("files", "at most " + MAX_FILES + " NCCI files at once");
    }
    files.add(file);
    kinds.add(kind);
    return this;
  }

  /**
   * Reads every file and builds the table.
   *
   * @return the edits
   * @throws ValidationException for the first malformed line or overlapping rows
   * @throws java.io.UncheckedIOException when a file cannot be opened or read
   * @throws IllegalStateException when called twice or with no files
   */
  public NcciTable load() {
    if (loaded) {
      throw new IllegalStateException("load() was already called");
    }
    if (files.isEmpty()) {
      throw new IllegalStateException("no NCCI file was added");
    }
    loaded = true;
    PtpRows ptp = new PtpRows();
    Map<ProcedureCode, MueLimit> mue = new LinkedHashMap<>();
    Map<ProcedureCode, String> mueWhere = new HashMap<>();
    for (int f = 0; f < files.size(); f++) {
      TextFile file = files.get(f);
      switch (kinds.get(f)) {
        case PTP_TEXT:
          readPtpText(file, f, ptp);
          break;
        case PTP_TSV:
          readPtpTsv(file, f, ptp);
          break;
        case MUE_CSV:
          readMueCsv(file, mue, mueWhere);
          break;
        default:
          readMueTsv(file, mue, mueWhere);
          break;
      }
    }
    StringBuilder description = new StringBuilder("NCCI practitioner edits (");
    for (int f = 0; f < files.size(); f++) {
      description.append(f == 0 ? "" : ", ").append(files.get(f).name());
    }
    description.append(')');
    return ptp.build(files, ImmutableMap.copyOf(mue), description.toString());
  }

  // ---------------------------------------------------------------------------------------------
  // PTP

  private static void readPtpTsv(TextFile file, int fileIndex, PtpRows out) {
    try (LineReader r = LineReader.open(file)) {
      if (!r.next()) {
        throw r.errorAfterLast(
            "header", "the file is empty: expected the header " + PTP_TSV_COLUMNS);
      }
      if (!Chars.equals(r.chars(), r.start(), r.end(), String.join("\t", PTP_TSV_COLUMNS))) {
        throw r.error(1, "header", "must be exactly " + String.join(", ", PTP_TSV_COLUMNS));
      }
      int[] b = new int[12];
      int rows = 0;
      while (r.next()) {
        int n = r.splitTabs(b, 5);
        if (n != 5) {
          throw r.error(
              0,
              "line",
              "has "
                  + (n > 5 ? "more than 5" : n)
                  + " tab-separated fields; expected 5 "
                  + PTP_TSV_COLUMNS);
        }
        int c1 = code(r, b[0], b[1], "column1");
        int c2 = code(r, b[2], b[3], "column2");
        if (c1 == c2) {
          throw r.error(r.column(b[2]), "column2", "must differ from column1");
        }
        int deletion =
            b[4] == b[5] ? NcciTable.OPEN_END : Chars.isoDate(r, b[4], b[5], "deletion_date");
        int indicator = indicator(r, b[6], b[7], "modifier_indicator");
        out.add(
            c1,
            c2,
            PtpRows.UNKNOWN_START,
            deletion,
            indicator,
            out.rationale(r, b[8], b[9]),
            r,
            fileIndex);
        rows++;
      }
      if (rows == 0) {
        throw r.errorAfterLast("line", "the file has a header but no edits");
      }
    }
  }

  private static void readPtpText(TextFile file, int fileIndex, PtpRows out) {
    try (LineReader r = LineReader.open(file)) {
      int[] b = new int[16];
      int rows = 0;
      int headerLines = 0;
      long blankAt = 0;
      while (r.next()) {
        if (r.isBlank()) {
          if (rows > 0 && blankAt == 0) {
            blankAt = r.lineNumber();
          } else if (rows == 0) {
            headerLines++;
          }
          continue;
        }
        int n = r.splitTabs(b, 7);
        boolean data = n == 7 && CodePacking.procedure(r.chars(), b[0], b[1]) >= 0;
        if (rows == 0 && !data) {
          if (++headerLines > MAX_HEADER_LINES) {
            throw r.error(
                0,
                "line",
                "no PTP row in the first "
                    + MAX_HEADER_LINES
                    + " lines: expected Column 1 <tab> Column 2 <tab> ... (7 fields)");
          }
          continue;
        }
        if (blankAt != 0) {
          throw ValidationException.inFile(
              file.name(), blankAt, 0, "line", "is blank between PTP rows");
        }
        if (n != 7) {
          throw r.error(
              0,
              "line",
              "has "
                  + (n > 7 ? "more than 7" : n)
                  + " tab-separated fields; expected 7 (Column 1, Column 2, prior to 1996, effective date, deletion date, modifier indicator, rationale)");
        }
        int c1 = code(r, b[0], b[1], "column1");
        int c2 = code(r, b[2], b[3], "column2");
        if (c1 == c2) {
          throw r.error(r.column(b[2]), "column2", "must differ from column1");
        }
        if (!(b[4] == b[5] || Chars.equals(r.chars(), b[4], b[5], "*"))) {
          throw r.error(
              r.column(b[4]), "priorTo1996", "is * or empty, got " + Chars.quote(r, b[4], b[5]));
        }
        int effective = Chars.compactDate(r, b[6], b[7], "effectiveDate");
        int deletion =
            Chars.equals(r.chars(), b[8], b[9], "*")
                ? NcciTable.OPEN_END
                : Chars.compactDate(r, b[8], b[9], "deletionDate");
        if (deletion < effective) {
          throw r.error(r.column(b[8]), "deletionDate", "is before the effective date");
        }
        int indicator = indicator(r, b[10], b[11], "modifierIndicator");
        out.add(
            c1, c2, effective, deletion, indicator, out.rationale(r, b[12], b[13]), r, fileIndex);
        rows++;
      }
      if (rows == 0) {
        throw r.errorAfterLast("line", "the file has no PTP rows");
      }
    }
  }

  private static int code(LineReader r, int start, int end, String field) {
    int packed = CodePacking.procedure(r.chars(), start, end);
    if (packed < 0) {
      throw r.error(
          r.column(start),
          field,
          "is not a CPT or HCPCS Level II code: " + Chars.quote(r, start, end));
    }
    return packed;
  }

  /** Returns the ordinal of the {@link dev.coverage.core.reference.ModifierIndicator}. */
  private static int indicator(LineReader r, int start, int end, String field) {
    if (end - start == 1) {
      switch (r.chars()[start]) {
        case '0':
          return 0;
        case '1':
          return 1;
        case '9':
          return 2;
        default:
          break;
      }
    }
    throw r.error(r.column(start), field, "is 0, 1 or 9, got " + Chars.quote(r, start, end));
  }

  /** PTP rows as parallel arrays while loading. */
  static final class PtpRows {
    static final int UNKNOWN_START = Integer.MIN_VALUE + 1;

    int n;
    int[] c1 = new int[1 << 12];
    int[] c2 = new int[1 << 12];
    int[] from = new int[1 << 12];
    int[] to = new int[1 << 12];
    byte[] meta = new byte[1 << 12];
    byte[] rationale = new byte[1 << 12];
    int[] line = new int[1 << 12];
    byte[] file = new byte[1 << 12];
    final Map<String, Integer> rationaleIds = new HashMap<>();
    final List<String> rationaleTexts = new ArrayList<>(List.of(""));
    private final StringBuilder scratch = new StringBuilder();
    private int lastRationale;

    int rationale(LineReader r, int start, int end) {
      if (start == end) {
        return 0;
      }
      // Rows come in runs with one rationale: compare before building a string.
      if (lastRationale > 0
          && Chars.equals(r.chars(), start, end, rationaleTexts.get(lastRationale))) {
        return lastRationale;
      }
      scratch.setLength(0);
      scratch.append(r.chars(), start, end - start);
      String text = scratch.toString();
      Integer id = rationaleIds.get(text);
      if (id == null) {
        if (rationaleTexts.size() == 256) {
          throw r.error(r.column(start), "rationale", "more than 255 distinct rationales");
        }
        id = rationaleTexts.size();
        rationaleIds.put(text, id);
        rationaleTexts.add(text);
      }
      lastRationale = id;
      return id;
    }

    void add(
        int a, int b, int start, int end, int indicator, int why, LineReader r, int fileIndex) {
      if (n == MAX_ROWS) {
        throw r.error(0, "line", "is one PTP row too many: at most " + MAX_ROWS + " in all files");
      }
      if (n == c1.length) {
        int size = c1.length * 2;
        c1 = Arrays.copyOf(c1, size);
        c2 = Arrays.copyOf(c2, size);
        from = Arrays.copyOf(from, size);
        to = Arrays.copyOf(to, size);
        meta = Arrays.copyOf(meta, size);
        rationale = Arrays.copyOf(rationale, size);
        line = Arrays.copyOf(line, size);
        file = Arrays.copyOf(file, size);
      }
      c1[n] = a;
      c2[n] = b;
      from[n] = start;
      to[n] = end;
      meta[n] = (byte) indicator;
      rationale[n] = (byte) why;
      line[n] = (int) Math.min(r.lineNumber(), Integer.MAX_VALUE);
      file[n] = (byte) fileIndex;
      n++;
    }

    NcciTable build(
        List<TextFile> files, ImmutableMap<ProcedureCode, MueLimit> mue, String description) {
      long[] order = new long[n];
      for (int i = 0; i < n; i++) {
        order[i] = ((((long) c1[i] << 19) | c2[i]) << 22) | i;
      }
      Arrays.sort(order);
      int[] kept = new int[n];
      int keptCount = 0;
      int[] group = new int[8];
      int i = 0;
      while (i < n) {
        long pair = order[i] >>> 22;
        int j = i;
        int size = 0;
        while (j < n && (order[j] >>> 22) == pair) {
          if (size == group.length) {
            group = Arrays.copyOf(group, size * 2);
          }
          group[size++] = (int) (order[j] & ((1 << 22) - 1));
          j++;
        }
        keptCount = resolve(group, size, kept, keptCount, files);
        i = j;
      }
      // Retained arrays, in (column 1, column 2, start) order.
      int[] dateValues = new int[2 * keptCount + 2];
      int d = 0;
      for (int k = 0; k < keptCount; k++) {
        dateValues[d++] = from[kept[k]];
        dateValues[d++] = to[kept[k]];
      }
      dateValues[d++] = NcciTable.OPEN_START;
      dateValues[d++] = NcciTable.OPEN_END;
      int[] dates = distinct(dateValues, d);
      if (dates.length > Character.MAX_VALUE) {
        throw new ValidationException(
            "ptp", "more than " + (int) Character.MAX_VALUE + " distinct dates");
      }
      int[] rows = new int[keptCount];
      char[] fromIdx = new char[keptCount];
      char[] toIdx = new char[keptCount];
      int[] column1 = new int[keptCount];
      int[] firstRow = new int[keptCount + 1];
      int groups = 0;
      for (int k = 0; k < keptCount; k++) {
        int row = kept[k];
        rows[k] = NcciTable.row(c2[row], meta[row], rationale[row] & 0xFF);
        fromIdx[k] = (char) Arrays.binarySearch(dates, from[row]);
        toIdx[k] = (char) Arrays.binarySearch(dates, to[row]);
        if (groups == 0 || column1[groups - 1] != c1[row]) {
          column1[groups] = c1[row];
          firstRow[groups] = k;
          groups++;
        }
      }
      firstRow[groups] = keptCount;
      String[] texts = rationaleTexts.toArray(new String[0]);
      texts[0] = null;
      return new NcciTable(
          Arrays.copyOf(column1, groups),
          Arrays.copyOf(firstRow, groups + 1),
          rows,
          fromIdx,
          toIdx,
          dates,
          texts,
          mue,
          n,
          description);
    }

    /**
     * Orders one pair's rows by date, infers unknown starts, merges exact duplicates and rejects
     * overlaps. Appends the kept rows to {@code kept}.
     */
    private int resolve(int[] group, int size, int[] kept, int keptCount, List<TextFile> files) {
      if (size == 1) {
        if (from[group[0]] == UNKNOWN_START) {
          from[group[0]] = NcciTable.OPEN_START;
        }
        kept[keptCount] = group[0];
        return keptCount + 1;
      }
      // By end date (open last), then start, then input order.
      Integer[] byEnd = new Integer[size];
      for (int k = 0; k < size; k++) {
        byEnd[k] = group[k];
      }
      Arrays.sort(
          byEnd,
          (x, y) -> {
            int c = Integer.compare(to[x], to[y]);
            if (c == 0) {
              c = Integer.compare(from[x], from[y]);
            }
            return c != 0 ? c : Integer.compare(x, y);
          });
      int previousEnd = Integer.MIN_VALUE;
      int previous = -1;
      int start = keptCount;
      for (int k = 0; k < size; k++) {
        int row = byEnd[k];
        if (previous >= 0
            && to[row] == to[previous]
            && (from[row] == from[previous] || from[row] == UNKNOWN_START)
            && meta[row] == meta[previous]) {
          continue; // the same edit listed twice: keep the first
        }
        if (previous >= 0 && previousEnd == NcciTable.OPEN_END) {
          throw overlap(row, previous, files);
        }
        if (from[row] == UNKNOWN_START) {
          from[row] = previous < 0 ? NcciTable.OPEN_START : previousEnd + 1;
          if (previous >= 0 && to[row] < from[row]) {
            throw overlap(row, previous, files);
          }
        }
        if (previous >= 0 && from[row] <= previousEnd) {
          throw overlap(row, previous, files);
        }
        kept[keptCount++] = row;
        previous = row;
        previousEnd = to[row];
      }
      // Kept rows of a pair go in start order (already, as ranges do not overlap).
      sortByStart(kept, start, keptCount);
      return keptCount;
    }

    private void sortByStart(int[] kept, int start, int end) {
      for (int a = start + 1; a < end; a++) {
        int row = kept[a];
        int b = a - 1;
        while (b >= start && from[kept[b]] > from[row]) {
          kept[b + 1] = kept[b];
          b--;
        }
        kept[b + 1] = row;
      }
    }

    private ValidationException overlap(int row, int other, List<TextFile> files) {
      return ValidationException.inFile(
          files.get(file[row] & 0xFF).name(),
          line[row],
          0,
          "column1, column2",
          "the pair "
              + CodePacking.procedureCode(c1[row])
              + "/"
              + CodePacking.procedureCode(c2[row])
              + " is also listed at "
              + files.get(file[other] & 0xFF).name()
              + " line "
              + line[other]
              + " with overlapping dates or another modifier indicator");
    }

    private static int[] distinct(int[] values, int count) {
      Arrays.sort(values, 0, count);
      int m = 0;
      for (int k = 0; k < count; k++) {
        if (m == 0 || values[m - 1] != values[k]) {
          values[m++] = values[k];
        }
      }
      return Arrays.copyOf(values, m);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // MUE

  private static void readMueTsv(
      TextFile file, Map<ProcedureCode, MueLimit> out, Map<ProcedureCode, String> where) {
    try (TsvReader t = TsvReader.open(file, MUE_TSV_COLUMNS, false)) {
      while (t.next()) {
        ProcedureCode code =
            procedure(
                t.get(0), () -> t.error(0, "is not a CPT or HCPCS Level II code: " + t.get(0)));
        int units = t.nonNegativeInt(1);
        MueAdjudication mai =
            mai(t.get(2), true, () -> t.error(2, "is 1, 2 or 3, got " + t.get(2)));
        String rationale = t.optional(3);
        put(
            out,
            where,
            code,
            units,
            mai,
            rationale,
            file.name() + " line " + t.lineNumber(),
            rule -> t.error(0, rule));
      }
      t.requireRows();
    }
  }

  private static void readMueCsv(
      TextFile file, Map<ProcedureCode, MueLimit> out, Map<ProcedureCode, String> where) {
    try (CsvReader r = CsvReader.open(file)) {
      int preamble = 0;
      while (true) {
        if (!r.next()) {
          throw r.errorAfterLast("header", "no header row whose first cell is HCPCS/CPT Code");
        }
        String first = withoutSpaces(r.get(0));
        if (first.equals("HCPCS/CPTCODE")) {
          break;
        }
        if (++preamble > MAX_HEADER_LINES) {
          throw r.recordError(
              "header",
              "no header row whose first cell is HCPCS/CPT Code in the first "
                  + MAX_HEADER_LINES
                  + " records");
        }
      }
      if (r.size() != 4) {
        throw r.recordError(
            "header",
            "has "
                + r.size()
                + " cells; expected 4 (code, units, adjudication indicator, rationale)");
      }
      int rows = 0;
      while (r.next()) {
        if (r.size() != 4) {
          throw r.recordError(
              "record",
              "has "
                  + r.size()
                  + " cells; expected 4 (code, units, adjudication indicator, rationale)");
        }
        String text = r.get(0).trim();
        ProcedureCode code =
            procedure(
                text, () -> r.error(0, "code", "is not a CPT or HCPCS Level II code: " + text));
        String unitsText = r.get(1).trim();
        int units =
            units(
                unitsText,
                () -> r.error(1, "units", "is a whole number from 0, got \"" + unitsText + "\""));
        MueAdjudication mai =
            mai(
                r.get(2).trim(),
                false,
                () ->
                    r.error(
                        2,
                        "adjudicationIndicator",
                        "starts with 1, 2 or 3, got \"" + r.get(2) + "\""));
        String rationale = r.get(3).trim();
        put(
            out,
            where,
            code,
            units,
            mai,
            rationale.isEmpty() ? null : rationale,
            file.name() + " line " + r.lineNumber(),
            rule -> r.error(0, "code", rule));
        rows++;
      }
      if (rows == 0) {
        throw r.errorAfterLast("record", "the file has a header but no MUE rows");
      }
    }
  }

  private static ProcedureCode procedure(String text, Supplier<ValidationException> error) {
    char[] c = text.toCharArray();
    if (CodePacking.procedure(c, 0, c.length) < 0) {
      throw error.get();
    }
    return ProcedureCode.of(text);
  }

  private static int units(String text, Supplier<ValidationException> error) {
    if (text.isEmpty() || text.length() > 9) {
      throw error.get();
    }
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        throw error.get();
      }
    }
    return Integer.parseInt(text);
  }

  private static MueAdjudication mai(
      String text, boolean digitOnly, Supplier<ValidationException> error) {
    if (text.isEmpty()
        || (digitOnly && text.length() != 1)
        || (text.length() > 1 && text.charAt(1) != ' ')) {
      throw error.get();
    }
    switch (text.charAt(0)) {
      case '1':
        return MueAdjudication.LINE;
      case '2':
        return MueAdjudication.DATE_OF_SERVICE_POLICY;
      case '3':
        return MueAdjudication.DATE_OF_SERVICE_CLINICAL;
      default:
        throw error.get();
    }
  }

  private static void put(
      Map<ProcedureCode, MueLimit> out,
      Map<ProcedureCode, String> where,
      ProcedureCode code,
      int units,
      MueAdjudication mai,
      @Nullable String rationale,
      String location,
      Function<String, ValidationException> error) {
    String first = where.get(code);
    if (first != null) {
      throw error.apply("is listed twice (first at " + first + ")");
    }
    out.put(
        code,
        MueLimit.builder()
            .code(code)
            .units(units)
            .adjudication(mai)
            .effective(EffectiveDates.always())
            .rationale(Optional.ofNullable(rationale))
            .build());
    where.put(code, location);
  }

  private static String withoutSpaces(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        sb.append(Character.toUpperCase(text.charAt(i)));
      }
    }
    return sb.toString();
  }
}

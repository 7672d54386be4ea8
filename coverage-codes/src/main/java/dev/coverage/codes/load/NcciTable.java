package dev.coverage.codes.load;

import com.google.common.collect.ImmutableMap;
import dev.coverage.codes.internal.CodePacking;
import dev.coverage.core.code.ProcedureCode;
import dev.coverage.core.reference.EffectiveDates;
import dev.coverage.core.reference.ModifierIndicator;
import dev.coverage.core.reference.MueLimit;
import dev.coverage.core.reference.NcciEdits;
import dev.coverage.core.reference.PtpEdit;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * NCCI procedure-to-procedure edits and medically unlikely edits loaded from CMS files by {@link
 * NcciLoader}: immutable, thread-safe and compact. The millions of PTP rows hold no object each:
 * rows are sorted by column-1 code, then column-2 code, then date; each is one {@code int} (the
 * packed column-2 code, its modifier indicator and rationale) and two {@code char} indexes into a
 * table of dates. A lookup is two binary searches and allocates only the edit it returns.
 */
public final class NcciTable implements NcciEdits {
  static final int OPEN_START = Integer.MIN_VALUE;
  static final int OPEN_END = Integer.MAX_VALUE;
  private static final ModifierIndicator[] INDICATORS = ModifierIndicator.values();

  private final int[] column1;
  private final int[] firstRow;
  private final int[] rows;
  private final char[] from;
  private final char[] to;
  private final int[] dates;
  private final @Nullable String[] rationales;
  private final ImmutableMap<ProcedureCode, MueLimit> mue;
  private final int ptpRowsRead;
  private final String description;

  NcciTable(
      int[] column1,
      int[] firstRow,
      int[] rows,
      char[] from,
      char[] to,
      int[] dates,
      @Nullable String[] rationales,
      ImmutableMap<ProcedureCode, MueLimit> mue,
      int ptpRowsRead,
      String description) {
    this.column1 = column1;
    this.firstRow = firstRow;
    this.rows = rows;
    this.from = from;
    this.to = to;
    this.dates = dates;
    this.rationales = rationales;
    this.mue = mue;
    this.ptpRowsRead = ptpRowsRead;
    this.description = description;
  }

  /** Packs the parts of a retained PTP row. */
  static int row(int column2, int indicator, int rationale) {
    return column2 | (indicator << 19) | (rationale << 21);
  }

  @Override
  public Optional<PtpEdit> ptp(ProcedureCode c1, ProcedureCode c2, LocalDate date) {
    int k = Arrays.binarySearch(column1, CodePacking.procedure(c1));
    if (k < 0) {
      return Optional.empty();
    }
    int target = CodePacking.procedure(c2);
    int lo = firstRow[k];
    int hi = firstRow[k + 1] - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if ((rows[mid] & 0x7FFFF) < target) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    long day = date.toEpochDay();
    for (int i = lo; i < firstRow[k + 1] && (rows[i] & 0x7FFFF) == target; i++) {
      if (dates[from[i]] <= day && day <= dates[to[i]]) {
        return Optional.of(edit(c1, c2, i));
      }
    }
    return Optional.empty();
  }

  private PtpEdit edit(ProcedureCode c1, ProcedureCode c2, int i) {
    int r = rows[i];
    int f = dates[from[i]];
    int t = dates[to[i]];
    String rationale = rationales[(r >>> 21) & 0xFF];
    return PtpEdit.builder()
        .column1(c1)
        .column2(c2)
        .modifierIndicator(INDICATORS[(r >>> 19) & 3])
        .effective(
            EffectiveDates.between(
                f == OPEN_START ? LocalDate.MIN : LocalDate.ofEpochDay(f),
                t == OPEN_END ? null : LocalDate.ofEpochDay(t)))
        .rationale(Optional.ofNullable(rationale))
        .build();
  }

  @Override
  public Optional<MueLimit> mue(ProcedureCode code, LocalDate date) {
    MueLimit limit = mue.get(code);
    return limit != null && limit.effective().contains(date)
        ? Optional.of(limit)
        : Optional.empty();
  }

  /** PTP lines read, before exact duplicates were merged. */
  public int ptpRowsRead() {
    return ptpRowsRead;
  }

  /** PTP edits kept: one per pair and date range. */
  public int ptpEdits() {
    return rows.length;
  }

  /**
   * How many PTP edits are in force on a date (a scan, for reports and tests).
   *
   * @param date the date
   * @return the count
   */
  public int ptpEditsInForce(LocalDate date) {
    long day = date.toEpochDay();
    int n = 0;
    for (int i = 0; i < rows.length; i++) {
      if (dates[from[i]] <= day && day <= dates[to[i]]) {
        n++;
      }
    }
    return n;
  }

  /**
   * Every PTP edit whose column-1 code is the given code (for reports and tests).
   *
   * @param c1 the column-1 code
   * @return the edits, by column-2 code then date
   */
  public List<PtpEdit> ptpEditsFor(ProcedureCode c1) {
    int k = Arrays.binarySearch(column1, CodePacking.procedure(c1));
    if (k < 0) {
      return List.of();
    }
    PtpEdit[] out = new PtpEdit[firstRow[k + 1] - firstRow[k]];
    for (int i = firstRow[k]; i < firstRow[k + 1]; i++) {
      out[i - firstRow[k]] = edit(c1, CodePacking.procedureCode(rows[i] & 0x7FFFF), i);
    }
    return List.of(out);
  }

  /** The number of MUE limits. */
  public int mueLimits() {
    return mue.size();
  }

  /** What was loaded: the files. */
  public String description() {
    return description;
  }

  @Override
  public String toString() {
    return description + ", " + rows.length + " PTP edits, " + mue.size() + " MUE limits";
  }
}

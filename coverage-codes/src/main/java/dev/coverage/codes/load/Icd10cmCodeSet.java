package dev.coverage.codes.load;

import dev.coverage.codes.internal.CodePacking;
import dev.coverage.core.code.DiagnosisCode;
import dev.coverage.core.reference.DiagnosisCatalog;
import dev.coverage.core.reference.DiagnosisStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The ICD-10-CM code sets of one or more fiscal years, loaded from the official files by {@link
 * Icd10cmLoader}: immutable, thread-safe, and compact (a packed {@code long} per code and a few
 * bits per fiscal year; no titles).
 *
 * <p>Fiscal year N is in force from October 1 of N-1 through September 30 of N. For a date in a
 * loaded fiscal year the set is complete: a code it does not list is {@link
 * DiagnosisStatus#NOT_IN_CODE_SET}. For any other date every code is {@link
 * DiagnosisStatus#UNKNOWN}.
 */
public final class Icd10cmCodeSet implements DiagnosisCatalog {
  /** The most fiscal years one set holds. */
  public static final int MAX_FISCAL_YEARS = 16;

  private final long[] keys;
  private final int[] flags;
  private final int shift;
  private final int[] years;
  private final int firstYear;
  private final byte[] slotOfYear;
  private final int[] codeCounts;
  private final int[] billableCounts;
  private final int distinct;
  private final String description;

  Icd10cmCodeSet(Table table, int[] years, String description) {
    this.keys = table.keys;
    this.flags = table.flags;
    this.shift = 64 - Integer.numberOfTrailingZeros(table.keys.length);
    this.years = years.clone();
    this.firstYear = years.length == 0 ? 0 : years[0];
    int span = years.length == 0 ? 0 : years[years.length - 1] - firstYear + 1;
    this.slotOfYear = new byte[span];
    java.util.Arrays.fill(slotOfYear, (byte) -1);
    for (int s = 0; s < years.length; s++) {
      slotOfYear[years[s] - firstYear] = (byte) s;
    }
    this.codeCounts = new int[years.length];
    this.billableCounts = new int[years.length];
    int n = 0;
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] != 0) {
        n++;
        for (int s = 0; s < years.length; s++) {
          if ((flags[i] & (1 << s)) != 0) {
            codeCounts[s]++;
            if ((flags[i] & (1 << (16 + s))) != 0) {
              billableCounts[s]++;
            }
          }
        }
      }
    }
    this.distinct = n;
    this.description = description;
  }

  /**
   * The fiscal year in force on a date: October 1 starts the next one.
   *
   * @param date a date
   * @return the fiscal year, such as 2026 for 2025-10-01 through 2026-09-30
   */
  public static int fiscalYearOf(LocalDate date) {
    return date.getMonthValue() >= 10 ? date.getYear() + 1 : date.getYear();
  }

  @Override
  public DiagnosisStatus status(DiagnosisCode code, LocalDate date) {
    return status(code, fiscalYearOf(date));
  }

  /**
   * The status of a code in a fiscal year.
   *
   * @param code the code
   * @param fiscalYear the fiscal year
   * @return billable, header, not in the code set, or unknown when that year was not loaded
   */
  public DiagnosisStatus status(DiagnosisCode code, int fiscalYear) {
    int offset = fiscalYear - firstYear;
    if (offset < 0 || offset >= slotOfYear.length || slotOfYear[offset] < 0) {
      return DiagnosisStatus.UNKNOWN;
    }
    int slot = slotOfYear[offset];
    int i = find(CodePacking.icd(code.undotted()));
    if (i < 0 || (flags[i] & (1 << slot)) == 0) {
      return DiagnosisStatus.NOT_IN_CODE_SET;
    }
    return (flags[i] & (1 << (16 + slot))) != 0 ? DiagnosisStatus.BILLABLE : DiagnosisStatus.HEADER;
  }

  private int find(long key) {
    if (key == 0) {
      return -1;
    }
    int mask = keys.length - 1;
    int i = Table.hash(key, shift);
    while (true) {
      long k = keys[i];
      if (k == key) {
        return i;
      }
      if (k == 0) {
        return -1;
      }
      i = (i + 1) & mask;
    }
  }

  /** The fiscal years loaded, ascending. */
  public List<Integer> fiscalYears() {
    List<Integer> out = new ArrayList<>(years.length);
    for (int y : years) {
      out.add(y);
    }
    return List.copyOf(out);
  }

  /**
   * How many codes, headers included, a fiscal year lists.
   *
   * @param fiscalYear a loaded fiscal year
   * @return the count, or 0 when the year was not loaded
   */
  public int codeCount(int fiscalYear) {
    int s = slot(fiscalYear);
    return s < 0 ? 0 : codeCounts[s];
  }

  /**
   * How many billable codes a fiscal year lists.
   *
   * @param fiscalYear a loaded fiscal year
   * @return the count, or 0 when the year was not loaded
   */
  public int billableCount(int fiscalYear) {
    int s = slot(fiscalYear);
    return s < 0 ? 0 : billableCounts[s];
  }

  /** How many distinct codes appear in any loaded year. */
  public int distinctCodes() {
    return distinct;
  }

  private int slot(int fiscalYear) {
    int offset = fiscalYear - firstYear;
    return offset < 0 || offset >= slotOfYear.length ? -1 : slotOfYear[offset];
  }

  /** What was loaded, such as {@code ICD-10-CM FY2026 (icd10cm_order_2026.txt)}. */
  public String description() {
    return description;
  }

  @Override
  public String toString() {
    return description + ", " + distinct + " codes";
  }

  /**
   * The open-addressing table the loader fills: packed codes, and per code a present bit and a
   * billable bit for each fiscal-year slot. Kept at most half full.
   */
  static final class Table {
    long[] keys = new long[1 << 10];
    int[] flags = new int[1 << 10];
    private int size;

    static int hash(long key, int shift) {
      return (int) ((key * 0x9E3779B97F4A7C15L) >>> shift);
    }

    /**
     * Records a code in a slot.
     *
     * @return false when the slot already has the code
     */
    boolean add(long key, int slot, boolean billable) {
      if (2 * (size + 1) > keys.length) {
        grow();
      }
      int shift = 64 - Integer.numberOfTrailingZeros(keys.length);
      int mask = keys.length - 1;
      int i = hash(key, shift);
      while (keys[i] != 0 && keys[i] != key) {
        i = (i + 1) & mask;
      }
      if (keys[i] == 0) {
        keys[i] = key;
        size++;
      } else if ((flags[i] & (1 << slot)) != 0) {
        return false;
      }
      flags[i] |= (1 << slot) | (billable ? 1 << (16 + slot) : 0);
      return true;
    }

    private void grow() {
      long[] oldKeys = keys;
      int[] oldFlags = flags;
      keys = new long[oldKeys.length * 2];
      flags = new int[oldKeys.length * 2];
      int shift = 64 - Integer.numberOfTrailingZeros(keys.length);
      int mask = keys.length - 1;
      for (int j = 0; j < oldKeys.length; j++) {
        if (oldKeys[j] != 0) {
          int i = hash(oldKeys[j], shift);
          while (keys[i] != 0) {
            i = (i + 1) & mask;
          }
          keys[i] = oldKeys[j];
          flags[i] = oldFlags[j];
        }
      }
    }
  }
}

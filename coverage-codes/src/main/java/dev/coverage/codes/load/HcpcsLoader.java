package dev.coverage.codes.load;

import dev.coverage.codes.internal.Chars;
import dev.coverage.codes.internal.CodePacking;
import dev.coverage.codes.internal.LineReader;
import dev.coverage.codes.internal.TextFile;
import dev.coverage.codes.internal.TsvReader;
import dev.coverage.core.ValidationException;
import dev.coverage.core.code.CodeSystem;
import dev.coverage.core.code.ProcedureCode;
import dev.coverage.core.reference.EffectiveDates;
import dev.coverage.core.reference.ProcedureInfo;
import dev.coverage.core.reference.ProcedureKind;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Loads the HCPCS Level II code set from a CMS release into an {@link HcpcsCodeSet}.
 *
 * <p>Two layouts are read:
 *
 * <ul>
 *   <li>the CMS <em>alpha-numeric file</em> ({@code HCPC2024_JUL_ANWEB.txt}), fixed-width records
 *       of up to 320 characters: code (columns 1-5), sequence number (6-10), record id (11: 3 for a
 *       code's first record, 4 for a continuation of its long description, 7 and 8 for modifiers,
 *       which are skipped), long description (12-91), short description (92-119), coverage code
 *       (230), add date (269-276), action effective date (277-284), termination date (285-292),
 *       action code (293); dates are {@code YYYYMMDD};
 *   <li>a tab-separated file with the 21 columns of the project's shared reference copy, from
 *       {@code hcpcs_code} to {@code action_effective_date}, dates written {@code YYYY-MM-DD}.
 * </ul>
 *
 * <p>A code is in force from its add date through its termination date, both inclusive. Reading is
 * strict and all-or-nothing: a malformed line throws {@link ValidationException} naming the file,
 * line and column.
 */
public final class HcpcsLoader {
  /** The columns of the tab-separated layout. */
  static final List<String> TSV_COLUMNS =
      List.of(
          "hcpcs_code",
          "long_description",
          "short_description",
          "pricing_indicator",
          "multiple_pricing_indicator",
          "coverage_code",
          "betos",
          "type_of_service",
          "action_code",
          "cim_reference",
          "mcm_reference",
          "statute",
          "lab_certification",
          "cross_reference",
          "asc_payment_group",
          "processing_note",
          "anesthesia_base_units",
          "termination_date",
          "add_date",
          "asc_group_effective_date",
          "action_effective_date");

  private HcpcsLoader() {}

  /**
   * Reads a CMS alpha-numeric file.
   *
   * @param file the file
   * @return the code set
   * @throws ValidationException for a malformed record
   */
  public static HcpcsCodeSet alphaNumericFile(Path file) {
    return readAlphaNumeric(TextFile.of(file));
  }

  /**
   * Reads a CMS alpha-numeric file from a stream, and closes it.
   *
   * @param name the name errors give ({@code .gz} means gzip)
   * @param in the stream
   * @return the code set
   */
  public static HcpcsCodeSet alphaNumericFile(String name, InputStream in) {
    return readAlphaNumeric(TextFile.of(name, in));
  }

  /**
   * Reads the tab-separated layout.
   *
   * @param file the file
   * @return the code set
   */
  public static HcpcsCodeSet tsv(Path file) {
    return readTsv(TextFile.of(file));
  }

  /**
   * Reads the tab-separated layout from a stream, and closes it.
   *
   * @param name the name errors give ({@code .gz} means gzip)
   * @param in the stream
   * @return the code set
   */
  public static HcpcsCodeSet tsv(String name, InputStream in) {
    return readTsv(TextFile.of(name, in));
  }

  private static HcpcsCodeSet readTsv(TextFile file) {
    List<ProcedureInfo> entries = new ArrayList<>(8192);
    BitSet seen = new BitSet(CodePacking.PROCEDURE_LIMIT);
    try (TsvReader t = TsvReader.open(file, TSV_COLUMNS, false)) {
      while (t.next()) {
        ProcedureCode code = levelTwo(t, 0);
        int packed = CodePacking.procedure(code);
        if (seen.get(packed)) {
          throw t.error(0, "is listed twice: " + code);
        }
        seen.set(packed);
        String longDescription = t.required(1);
        String shortDescription = t.optional(2);
        for (int i : new int[] {19, 20}) {
          t.optionalDate(i);
        }
        LocalDate added = t.date(18);
        LocalDate terminated = t.optionalDate(17);
        if (terminated != null && terminated.isBefore(added)) {
          throw t.error(17, "is before add_date " + added);
        }
        entries.add(entry(code, longDescription, shortDescription, added, terminated));
      }
      t.requireRows();
    }
    return new HcpcsCodeSet(entries, "HCPCS Level II (" + file.name() + ")");
  }

  private static ProcedureCode levelTwo(TsvReader t, int i) {
    String text = t.get(i);
    ProcedureCode code;
    try {
      code = ProcedureCode.parse("hcpcs_code", text);
    } catch (ValidationException e) {
      throw t.error(i, e);
    }
    if (code.system() != CodeSystem.HCPCS_LEVEL_II || !code.value().equals(text)) {
      throw t.error(
          i, "is not an upper-case HCPCS Level II code (a letter and four digits): " + text);
    }
    return code;
  }

  static ProcedureInfo entry(
      ProcedureCode code,
      String longDescription,
      @Nullable String shortDescription,
      LocalDate added,
      @Nullable LocalDate terminated) {
    boolean drug = code.value().charAt(0) == 'J';
    String label = shortDescription != null ? shortDescription : longDescription;
    if (label.length() > 80) {
      label = label.substring(0, 80).trim();
    }
    return ProcedureInfo.builder()
        .code(code)
        .label(label)
        .kind(drug ? ProcedureKind.DRUG : ProcedureKind.OTHER)
        .billingUnit(drug ? unitOf(longDescription) : Optional.empty())
        .effective(EffectiveDates.between(added, terminated))
        .build();
  }

  /** The billing unit written at the end of a drug's description, such as "1 unit" or "10 mg". */
  static Optional<String> unitOf(String longDescription) {
    int comma = longDescription.lastIndexOf(',');
    if (comma < 0) {
      return Optional.empty();
    }
    String tail = longDescription.substring(comma + 1).trim();
    if (tail.isEmpty() || tail.length() > 40) {
      return Optional.empty();
    }
    char first = tail.charAt(0);
    boolean unit =
        (first >= '0' && first <= '9')
            || first == '.'
            || tail.startsWith("per ")
            || tail.startsWith("up to ");
    return unit ? Optional.of(tail) : Optional.empty();
  }

  /** Alpha-numeric record fields: from (0-based) and length. */
  private static final int RECORD_MIN = 293;

  private static final int RECORD_MAX = 320;

  private static HcpcsCodeSet readAlphaNumeric(TextFile file) {
    List<ProcedureInfo> entries = new ArrayList<>(8192);
    BitSet seen = new BitSet(CodePacking.PROCEDURE_LIMIT);
    try (LineReader r = LineReader.open(file)) {
      Pending pending = null;
      int records = 0;
      while (r.next()) {
        int n = r.length();
        if (n < RECORD_MIN || n > RECORD_MAX) {
          throw r.error(
              0,
              "record",
              "is "
                  + n
                  + " characters long; an alpha-numeric record is "
                  + RECORD_MIN
                  + " to "
                  + RECORD_MAX);
        }
        records++;
        char[] c = r.chars();
        int s = r.start();
        char recordId = c[s + 10];
        int sequence = Chars.nonNegativeInt(r, s + 5, s + 10, "sequenceNumber");
        String longPart = new String(c, s + 11, 80).trim();
        if (recordId == '7' || recordId == '8') {
          int end = Chars.trimEnd(c, s, s + 5);
          if (end - s != 2) {
            throw r.error(
                1,
                "code",
                "a modifier record (id 7 or 8) has a two-character modifier, got "
                    + Chars.quote(r, s, s + 5));
          }
          continue;
        }
        if (recordId != '3' && recordId != '4') {
          throw r.error(
              11,
              "recordId",
              "is 3 or 4 for a code, 7 or 8 for a modifier, got " + Chars.quote(r, s + 10, s + 11));
        }
        int packed = CodePacking.procedure(c, s, s + 5);
        if (!CodePacking.isHcpcsLevelTwo(packed)) {
          throw r.error(
              1,
              "code",
              "is not a HCPCS Level II code (a letter and four digits): "
                  + Chars.quote(r, s, s + 5));
        }
        if (recordId == '4') {
          if (pending == null || pending.packed != packed || sequence <= pending.sequence) {
            throw r.error(
                11, "recordId", "a continuation record (id 4) must follow its code's first record");
          }
          pending.longDescription.append(' ').append(longPart);
          pending.sequence = sequence;
          continue;
        }
        if (pending != null) {
          entries.add(pending.build());
        }
        if (seen.get(packed)) {
          throw r.error(1, "code", "has two first records (id 3): " + Chars.quote(r, s, s + 5));
        }
        seen.set(packed);
        if (longPart.isEmpty()) {
          throw r.error(12, "longDescription", "is required in columns 12-91");
        }
        String shortPart = new String(c, s + 91, 28).trim();
        char coverage = c[s + 229];
        if ("CDIMS ".indexOf(coverage) < 0) {
          throw r.error(
              230, "coverageCode", "is C, D, I, M or S, got " + Chars.quote(r, s + 229, s + 230));
        }
        LocalDate added = LocalDate.ofEpochDay(Chars.compactDate(r, s + 268, s + 276, "addDate"));
        if (!Chars.isBlank(c, s + 276, s + 284)) {
          Chars.compactDate(r, s + 276, s + 284, "actionEffectiveDate");
        }
        LocalDate terminated =
            Chars.isBlank(c, s + 284, s + 292)
                ? null
                : LocalDate.ofEpochDay(Chars.compactDate(r, s + 284, s + 292, "terminationDate"));
        if (terminated != null && terminated.isBefore(added)) {
          throw r.error(285, "terminationDate", "is before the add date " + added);
        }
        pending =
            new Pending(
                packed,
                sequence,
                longPart,
                shortPart.isEmpty() ? null : shortPart,
                added,
                terminated);
      }
      if (pending != null) {
        entries.add(pending.build());
      }
      if (records == 0) {
        throw r.errorAfterLast("record", "the file is empty");
      }
      if (entries.isEmpty()) {
        throw r.errorAfterLast("record", "the file lists no HCPCS code (only modifiers)");
      }
    }
    return new HcpcsCodeSet(entries, "HCPCS Level II (" + file.name() + ")");
  }

  /** A code whose long description may continue on the next records. */
  private static final class Pending {
    final int packed;
    int sequence;
    final StringBuilder longDescription;
    final @Nullable String shortDescription;
    final LocalDate added;
    final @Nullable LocalDate terminated;

    Pending(
        int packed,
        int sequence,
        String longDescription,
        @Nullable String shortDescription,
        LocalDate added,
        @Nullable LocalDate terminated) {
      this.packed = packed;
      this.sequence = sequence;
      this.longDescription = new StringBuilder(longDescription);
      this.shortDescription = shortDescription;
      this.added = added;
      this.terminated = terminated;
    }

    ProcedureInfo build() {
      return entry(
          CodePacking.procedureCode(packed),
          longDescription.toString(),
          shortDescription,
          added,
          terminated);
    }
  }
}

package dev.coverage.examples.cli;

import dev.coverage.codes.Layered;
import dev.coverage.codes.ReferenceData;
import dev.coverage.codes.load.HcpcsLoader;
import dev.coverage.codes.load.Icd10cmLoader;
import dev.coverage.codes.load.NcciLoader;
import dev.coverage.codes.load.PlaceOfServiceLoader;
import dev.coverage.core.code.ProcedureCode;
import dev.coverage.core.reference.MueLimit;
import dev.coverage.core.reference.NcciEdits;
import dev.coverage.core.reference.ProcedureCatalog;
import dev.coverage.core.reference.PtpEdit;
import dev.coverage.core.reference.ReferenceTables;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Builds reference tables from official files named on the command line, over the bundled data:
 * each kind of file given replaces the bundled table of that kind. A file's kind is read from its
 * name (the names CMS and CDC use, and those of the shared TSV layouts):
 *
 * <ul>
 *   <li>ICD-10-CM: {@code icd10cm_fy2026.tsv[.gz]} (TSV) or {@code icd10cm_order_2026.txt} (the
 *       order file), the fiscal year from the name; several years load together.
 *   <li>HCPCS Level II: {@code hcpcs*.tsv[.gz]} (TSV) or {@code HCPC*.txt} (the alpha-numeric
 *       file); layered under the bundled procedures, which keep their richer facts.
 *   <li>NCCI: {@code *ptp*.tsv[.gz]} or {@code *ptp*.txt} / {@code ccipra*.txt} (PTP), {@code
 *       *mue*.tsv} or {@code *mue*.csv} (MUE). PTP files replace the bundled PTP edits; MUE files
 *       replace the bundled MUE limits; either alone keeps the other bundled.
 *   <li>Place of service: {@code place_of_service*.tsv} or {@code pos*.tsv}.
 * </ul>
 *
 * <p>A directory stands for the files in it and in its subdirectories one level down, sorted by
 * name; files of no known kind, and files whose name says {@code subset}, are skipped there and
 * listed in the notes. A file named directly must be of a known kind.
 */
final class ReferenceFiles {
  private static final Pattern ICD_TSV = Pattern.compile("icd10cm_fy(\\d{4})\\.tsv(\\.gz)?");
  private static final Pattern ICD_ORDER =
      Pattern.compile("icd10cm_order_(\\d{4})(_.*)?\\.txt(\\.gz)?");

  private enum Kind {
    ICD_TSV,
    ICD_ORDER,
    HCPCS_TSV,
    HCPCS_TEXT,
    PTP_TSV,
    PTP_TEXT,
    MUE_TSV,
    MUE_CSV,
    POS_TSV
  }

  private final List<String> notes = new ArrayList<>();
  private final List<Path> files = new ArrayList<>();

  /**
   * Collects the files a list of paths stands for.
   *
   * @param paths files and directories as given
   * @throws UsageException when a path does not exist or a file named directly is of no known kind
   */
  ReferenceFiles(List<Path> paths) throws UsageException {
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        collect(path, 1);
      } else if (Files.isRegularFile(path)) {
        if (kind(path).isEmpty()) {
          throw new UsageException(
              "--reference-data "
                  + path
                  + ": not a kind of file this tool reads (see --help for the names it knows)");
        }
        files.add(path);
      } else {
        throw new UsageException("--reference-data " + path + ": no such file or directory");
      }
    }
  }

  private void collect(Path directory, int depth) throws UsageException {
    List<Path> children;
    try (Stream<Path> list = Files.list(directory)) {
      children = list.sorted().collect(Collectors.toList());
    } catch (IOException e) {
      throw new UsageException("--reference-data " + directory + ": cannot list it (" + e + ")");
    }
    for (Path child : children) {
      if (Files.isDirectory(child)) {
        if (depth > 0) {
          collect(child, depth - 1);
        }
      } else if (kind(child).isEmpty()) {
        notes.add("skipped " + child + " (not a kind of file this tool reads)");
      } else if (name(child).contains("subset")) {
        notes.add("skipped " + child + " (a subset; name it to use it)");
      } else {
        files.add(child);
      }
    }
  }

  /** What was skipped, one note per file. */
  List<String> notes() {
    return notes;
  }

  /** The files that will be loaded, in order. */
  List<Path> files() {
    return files;
  }

  /**
   * Loads the files over the bundled data.
   *
   * @return the tables
   * @throws dev.coverage.core.ValidationException naming the file, line and column of the first
   *     malformed line
   * @throws java.io.UncheckedIOException when a file cannot be read
   */
  ReferenceTables load() {
    ReferenceTables bundled = ReferenceData.bundled();
    ReferenceData.Builder tables = ReferenceData.bundledWith();
    Icd10cmLoader icd = null;
    NcciLoader ptp = null;
    NcciLoader mue = null;
    List<ProcedureCatalog> hcpcs = new ArrayList<>();
    for (Path file : files) {
      Kind kind = kind(file).orElseThrow();
      switch (kind) {
        case ICD_TSV:
        case ICD_ORDER:
          Matcher m = (kind == Kind.ICD_TSV ? ICD_TSV : ICD_ORDER).matcher(name(file));
          m.matches();
          int year = Integer.parseInt(m.group(1));
          icd = icd == null ? Icd10cmLoader.create() : icd;
          icd = kind == Kind.ICD_TSV ? icd.tsv(year, file) : icd.orderFile(year, file);
          break;
        case HCPCS_TSV:
          hcpcs.add(HcpcsLoader.tsv(file));
          break;
        case HCPCS_TEXT:
          hcpcs.add(HcpcsLoader.alphaNumericFile(file));
          break;
        case PTP_TSV:
          ptp = (ptp == null ? NcciLoader.create() : ptp).ptpTsv(file);
          break;
        case PTP_TEXT:
          ptp = (ptp == null ? NcciLoader.create() : ptp).ptpText(file);
          break;
        case MUE_TSV:
          mue = (mue == null ? NcciLoader.create() : mue).mueTsv(file);
          break;
        case MUE_CSV:
          mue = (mue == null ? NcciLoader.create() : mue).mueCsv(file);
          break;
        case POS_TSV:
          tables.placesOfService(PlaceOfServiceLoader.tsv(file));
          break;
      }
    }
    if (icd != null) {
      tables.diagnoses(Layered.diagnoses(icd.load(), bundled.diagnoses()));
    }
    if (!hcpcs.isEmpty()) {
      tables.procedures(
          Layered.procedures(bundled.procedures(), hcpcs.toArray(new ProcedureCatalog[0])));
    }
    if (ptp != null || mue != null) {
      NcciEdits ptpEdits = ptp == null ? bundled.ncci() : ptp.load();
      NcciEdits mueLimits = mue == null ? bundled.ncci() : mue.load();
      tables.ncci(new SplitEdits(ptpEdits, mueLimits));
    }
    if (!files.isEmpty()) {
      tables.version(bundled.version() + " with " + describe());
    }
    return tables.build();
  }

  private String describe() {
    StringBuilder s = new StringBuilder();
    for (Path f : files) {
      s.append(s.length() == 0 ? "" : ", ").append(f.getFileName());
    }
    return s.toString();
  }

  private static String name(Path file) {
    return file.getFileName().toString().toLowerCase(Locale.ROOT);
  }

  private static Optional<Kind> kind(Path file) {
    String n = name(file);
    if (ICD_TSV.matcher(n).matches()) {
      return Optional.of(Kind.ICD_TSV);
    }
    if (ICD_ORDER.matcher(n).matches()) {
      return Optional.of(Kind.ICD_ORDER);
    }
    boolean tsv = n.endsWith(".tsv") || n.endsWith(".tsv.gz");
    boolean text = n.endsWith(".txt") || n.endsWith(".txt.gz");
    if (n.startsWith("hcpcs") && tsv) {
      return Optional.of(Kind.HCPCS_TSV);
    }
    if (n.startsWith("hcpc") && text) {
      return Optional.of(Kind.HCPCS_TEXT);
    }
    if (n.contains("ptp") && tsv) {
      return Optional.of(Kind.PTP_TSV);
    }
    if ((n.contains("ptp") || n.startsWith("ccipra")) && text) {
      return Optional.of(Kind.PTP_TEXT);
    }
    if (n.contains("mue") && tsv) {
      return Optional.of(Kind.MUE_TSV);
    }
    if (n.contains("mue") && (n.endsWith(".csv") || n.endsWith(".csv.gz"))) {
      return Optional.of(Kind.MUE_CSV);
    }
    if ((n.startsWith("place_of_service") || n.startsWith("pos")) && tsv) {
      return Optional.of(Kind.POS_TSV);
    }
    return Optional.empty();
  }

  /** PTP edits from one table and MUE limits from another. */
  private static final class SplitEdits implements NcciEdits {
    private final NcciEdits ptp;
    private final NcciEdits mue;

    SplitEdits(NcciEdits ptp, NcciEdits mue) {
      this.ptp = ptp;
      this.mue = mue;
    }

    @Override
    public Optional<PtpEdit> ptp(ProcedureCode column1, ProcedureCode column2, LocalDate date) {
      return ptp.ptp(column1, column2, date);
    }

    @Override
    public Optional<MueLimit> mue(ProcedureCode code, LocalDate date) {
      return mue.mue(code, date);
    }
  }
}

package dev.coverage.examples.cli;

import dev.coverage.core.ValidationException;
import dev.coverage.core.check.CoverageChecker;
import dev.coverage.core.json.CoverageJson;
import dev.coverage.core.plan.Plan;
import dev.coverage.core.reference.ReferenceTables;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * The {@code coverage} command: {@code coverage check --plan plan.json claims.jsonl}. Run {@code
 * java -jar coverage.jar --help} for the options; {@link #HELP} is the same text.
 *
 * <p>Exit status: 0 when every claim was handled (and none reached {@code --fail-on}), 1 when a
 * claim reached the {@code --fail-on} outcome, 2 when the command could not run (a bad option, an
 * unreadable or invalid plan, input or reference file).
 */
public final class CoverageCommand {
  /** Every claim handled, none at the {@code --fail-on} outcome. */
  public static final int OK = 0;

  /** A claim reached the {@code --fail-on} outcome. */
  public static final int FAILED_ON = 1;

  /** The command could not run as given. */
  public static final int CANNOT_RUN = 2;

  static final String HELP =
      String.join(
          "\n",
          "Usage: coverage check --plan PLAN.json [options] CLAIMS.jsonl",
          "       coverage --help",
          "",
          "Checks claims for likely denials before they are submitted. CLAIMS.jsonl holds one",
          "claim, or one check request (a claim with its authorizations, history, accumulators",
          "and documentation), as a JSON object per line; - reads standard input, and a name",
          "ending in .gz is gunzipped. Each claim is checked under the plan and gets one record,",
          "in input order. A line that is not a valid claim gets an error record with its line",
          "number and the rule it breaks, and the run goes on. Blank lines are skipped.",
          "",
          "Options:",
          "  --plan FILE            the plan every claim is checked under, as JSON (required)",
          "  --format jsonl|text    jsonl (default): one JSON object per claim,",
          "                           {\"line\":N,\"assessment\":{...}} or {\"line\":N,\"error\":{...}};",
          "                         text: a readable report",
          "  --output FILE          write the records to FILE instead of standard output",
          "  --reference-data PATH  check against official files instead of the bundled tables;",
          "                         repeat it or give a directory. Known names: icd10cm_fy2026.tsv[.gz],",
          "                         icd10cm_order_2026.txt, hcpcs*.tsv[.gz], HCPC*.txt, *ptp*.tsv[.gz],",
          "                         *ptp*.txt, *mue*.tsv, *mue*.csv, place_of_service*.tsv. In a",
          "                         directory, other files and files named *subset* are skipped",
          "  --fail-on OUTCOME      exit with status 1 when any claim is OUTCOME or worse:",
          "                         AT_RISK, LIKELY_DENIED or REJECTED (worst)",
          "  --threads N            check on N threads (default 1); the output does not change",
          "  --progress             report claims and claims per second on standard error",
          "                         (the default when run at a terminal)",
          "  --no-progress          do not",
          "  --help                 print this help",
          "",
          "At the end, a summary on standard error counts clean, at risk, likely denied and",
          "rejected claims.",
          "",
          "Exit status: 0 when every claim was handled, 1 when a claim reached --fail-on,",
          "2 when the command could not run (bad option, unreadable or invalid plan, input or",
          "reference file).",
          "");

  private CoverageCommand() {}

  /**
   * Runs the command and exits with its status.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    int status = run(args, System.in, System.out, System.err, System.console() != null);
    System.exit(status);
  }

  /**
   * Runs the command.
   *
   * @param args the command line
   * @param stdin standard input, read for {@code -}
   * @param stdout standard output: the records unless {@code --output}
   * @param stderr standard error: progress, the summary and problems
   * @param terminal whether a person is watching, which turns progress on by default
   * @return the exit status
   */
  public static int run(
      String[] args, InputStream stdin, PrintStream stdout, PrintStream stderr, boolean terminal) {
    Options options;
    try {
      options = Options.parse(args);
    } catch (UsageException e) {
      stderr.println("coverage: " + e.getMessage());
      stderr.println("Run coverage --help for the options.");
      return CANNOT_RUN;
    }
    if (options.help) {
      stdout.print(HELP);
      stdout.flush();
      return OK;
    }
    try {
      return check(options, stdin, stdout, stderr, terminal);
    } catch (UsageException e) {
      stderr.println("coverage: " + e.getMessage());
      return CANNOT_RUN;
    }
  }

  private static int check(
      Options options, InputStream stdin, PrintStream stdout, PrintStream stderr, boolean terminal)
      throws UsageException {
    Plan plan = readPlan(options.plan);
    ReferenceTables reference = reference(options.referenceData, stderr);
    CoverageChecker checker = CoverageChecker.using(reference);
    RecordFormat format = options.format.create(reference, plan);
    BatchCheck batch = BatchCheck.of(checker, plan, format).threads(options.threads);
    boolean progress = options.progress != null ? options.progress : terminal;
    ProgressLine line = new ProgressLine(stderr, progress, System.nanoTime());
    Summary summary;
    try (InputStream in = open(options.input, stdin);
        OutputStream out = output(options.output, stdout)) {
      summary = batch.run(in, out, line::written);
    } catch (IOException | UncheckedIOException e) {
      line.finish();
      stderr.println("coverage: " + where(options) + ": " + e.getMessage());
      return CANNOT_RUN;
    }
    line.finish();
    stderr.println("coverage: " + summary + line.rate(summary.claims()));
    if (options.failOn != null
        && summary.worst().map(w -> w.compareTo(options.failOn) >= 0).orElse(false)) {
      long failing = countFrom(summary, options.failOn);
      stderr.println(
          "coverage: failing: "
              + String.format("%,d", failing)
              + (failing == 1 ? " claim is " : " claims are ")
              + options.failOn.words()
              + " or worse (--fail-on "
              + options.failOn
              + ")");
      return FAILED_ON;
    }
    return OK;
  }

  private static long countFrom(Summary summary, Outcome from) {
    long n = 0;
    for (Outcome o : Outcome.values()) {
      if (o.compareTo(from) >= 0) {
        n += summary.count(o);
      }
    }
    return n;
  }

  private static String where(Options options) {
    return options.input.equals("-") ? "standard input" : options.input;
  }

  private static Plan readPlan(Path file) throws UsageException {
    byte[] json;
    try {
      json = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new UsageException("--plan " + file + ": no such file");
    } catch (IOException e) {
      throw new UsageException("--plan " + file + ": cannot read it (" + e.getMessage() + ")");
    }
    try {
      return CoverageJson.readPlan(json);
    } catch (ValidationException e) {
      throw new UsageException(
          "--plan "
              + file
              + ": "
              + e.field()
              + e.location().map(l -> " (" + l + ")").orElse("")
              + " "
              + e.rule());
    }
  }

  private static ReferenceTables reference(List<Path> paths, PrintStream stderr)
      throws UsageException {
    ReferenceFiles files = new ReferenceFiles(paths);
    for (String note : files.notes()) {
      stderr.println("coverage: reference data: " + note);
    }
    try {
      ReferenceTables tables = files.load();
      if (!files.files().isEmpty()) {
        stderr.println("coverage: reference data: " + tables.version());
      }
      return tables;
    } catch (ValidationException e) {
      throw new UsageException("--reference-data: " + e.getMessage());
    } catch (UncheckedIOException e) {
      throw new UsageException("--reference-data: cannot read a file (" + e.getMessage() + ")");
    }
  }

  private static InputStream open(String input, InputStream stdin) throws UsageException {
    if (input.equals("-")) {
      return new NonClosing(stdin);
    }
    Path file = Path.of(input);
    try {
      InputStream in = Files.newInputStream(file);
      return input.toLowerCase(Locale.ROOT).endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
    } catch (NoSuchFileException e) {
      throw new UsageException(input + ": no such file");
    } catch (IOException e) {
      throw new UsageException(input + ": cannot read it (" + e.getMessage() + ")");
    }
  }

  private static OutputStream output(Path file, PrintStream stdout) throws UsageException {
    if (file == null) {
      return new BufferedOutputStream(new NonClosingOutput(stdout), 1 << 16);
    }
    try {
      return new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
    } catch (IOException e) {
      throw new UsageException("--output " + file + ": cannot write it (" + e.getMessage() + ")");
    }
  }

  /** Leaves standard streams open when the run's streams are closed. */
  private static final class NonClosing extends java.io.FilterInputStream {
    NonClosing(InputStream in) {
      super(in);
    }

    @Override
    public void close() {}
  }

  /** Leaves standard output open when the run's output is closed, and writes arrays whole. */
  private static final class NonClosingOutput extends java.io.FilterOutputStream {
    NonClosingOutput(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }

  /** The parsed command line. */
  static final class Options {
    boolean help;
    Path plan;
    String input;
    Format format = Format.JSONL;
    Path output;
    final List<Path> referenceData = new ArrayList<>();
    Outcome failOn;
    int threads = 1;
    Boolean progress;

    static Options parse(String[] args) throws UsageException {
      Options o = new Options();
      List<String> positional = new ArrayList<>();
      for (int i = 0; i < args.length; i++) {
        String arg = args[i];
        switch (arg) {
          case "--help":
          case "-h":
            o.help = true;
            return o;
          case "--plan":
            o.plan = Path.of(value(args, ++i, arg));
            break;
          case "--format":
            o.format = Format.parse(value(args, ++i, arg));
            break;
          case "--output":
            o.output = Path.of(value(args, ++i, arg));
            break;
          case "--reference-data":
            o.referenceData.add(Path.of(value(args, ++i, arg)));
            break;
          case "--fail-on":
            o.failOn = outcome(value(args, ++i, arg));
            break;
          case "--threads":
            o.threads = threads(value(args, ++i, arg));
            break;
          case "--progress":
            o.progress = true;
            break;
          case "--no-progress":
            o.progress = false;
            break;
          default:
            if (arg.startsWith("--")) {
              throw new UsageException("unknown option " + arg);
            }
            positional.add(arg);
        }
      }
      if (positional.isEmpty()) {
        throw new UsageException("missing the command: coverage check --plan PLAN.json CLAIMS");
      }
      if (!positional.get(0).equals("check")) {
        throw new UsageException("unknown command " + positional.get(0) + "; the command is check");
      }
      if (positional.size() != 2) {
        throw new UsageException(
            positional.size() < 2
                ? "missing the claims file (- for standard input)"
                : "one claims file at a time, got " + (positional.size() - 1));
      }
      o.input = positional.get(1);
      if (o.plan == null) {
        throw new UsageException("missing --plan FILE: the plan the claims are checked under");
      }
      return o;
    }

    private static String value(String[] args, int i, String option) throws UsageException {
      if (i >= args.length || args[i].startsWith("--")) {
        throw new UsageException(option + " needs a value");
      }
      return args[i];
    }

    private static Outcome outcome(String value) throws UsageException {
      try {
        Outcome o = Outcome.valueOf(value.toUpperCase(Locale.ROOT).replace('-', '_'));
        if (o == Outcome.CLEAN) {
          throw new IllegalArgumentException();
        }
        return o;
      } catch (IllegalArgumentException e) {
        throw new UsageException(
            "--fail-on takes AT_RISK, LIKELY_DENIED or REJECTED, got " + value);
      }
    }

    private static int threads(String value) throws UsageException {
      try {
        int n = Integer.parseInt(value);
        if (n >= 1 && n <= 64) {
          return n;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      throw new UsageException("--threads takes a number from 1 to 64, got " + value);
    }
  }

  /** The output formats. */
  enum Format {
    JSONL,
    TEXT;

    static Format parse(String value) throws UsageException {
      switch (value.toLowerCase(Locale.ROOT)) {
        case "jsonl":
        case "json":
          return JSONL;
        case "text":
          return TEXT;
        default:
          throw new UsageException("--format takes jsonl or text, got " + value);
      }
    }

    RecordFormat create(ReferenceTables reference, Plan plan) {
      return this == TEXT ? new TextFormat(reference, plan) : new JsonLinesFormat();
    }
  }

  /** Claims and claims per second on standard error, at most about once a second. */
  private static final class ProgressLine {
    private static final long EVERY_NANOS = 1_000_000_000L;
    private final PrintStream stderr;
    private final boolean on;
    private final long started;
    private long lastShown;
    private boolean shown;

    ProgressLine(PrintStream stderr, boolean on, long started) {
      this.stderr = stderr;
      this.on = on;
      this.started = started;
      this.lastShown = started;
    }

    void written(long claims) {
      if (!on) {
        return;
      }
      long now = System.nanoTime();
      if (now - lastShown >= EVERY_NANOS) {
        lastShown = now;
        shown = true;
        stderr.print("\rcoverage: " + String.format("%,d", claims) + " claims" + rate(claims));
        stderr.flush();
      }
    }

    void finish() {
      if (shown) {
        stderr.println();
      }
    }

    String rate(long claims) {
      double seconds = (System.nanoTime() - started) / 1e9;
      return String.format(
          " in %.1f s (%,d claims/s)", seconds, seconds > 0 ? Math.round(claims / seconds) : 0);
    }
  }
}

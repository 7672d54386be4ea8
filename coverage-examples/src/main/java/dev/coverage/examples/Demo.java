package dev.coverage.examples;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.coverage.codes.ReferenceData;
import dev.coverage.core.check.Assessment;
import dev.coverage.core.check.CoverageChecker;
import dev.coverage.core.json.CoverageJson;
import dev.coverage.examples.report.Tally;
import dev.coverage.examples.report.TextReport;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The demo: checks every example claim shipped with this module ({@link Examples#bundled()})
 * against the bundled reference data, with one shared checker, and prints a report a billing person
 * can read, or with {@code --json} the same assessments as JSON.
 *
 * <p>Run it from the repository root with {@code ./mvnw -q -Pdemo -DskipTests package}, adding
 * {@code -Ddemo.args=--json} for JSON.
 *
 * <p>The JSON form is one pretty-printed array with an object per example, in order: {@code {"id":
 * ..., "title": ..., "plan": <plan id>, "assessment": <the assessment as CoverageJson writes it>}}.
 *
 * <p>The output depends only on the examples and the reference data: no clock, no locale, {@code
 * \n} line ends. It carries no patient data.
 */
public final class Demo {
  private static final String USAGE =
      "Usage: Demo [--json] [--help]\n"
          + "Checks the example claims against the bundled reference data and prints a report.\n"
          + "  --json  print the assessments as one JSON array instead\n"
          + "  --help  print this text\n";

  private static final JsonMapper MAPPER = new JsonMapper();

  private static final ObjectWriter PRETTY =
      MAPPER.writer(
          new DefaultPrettyPrinter()
              .withObjectIndenter(new DefaultIndenter("  ", "\n"))
              .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  private Demo() {}

  /**
   * Runs the demo.
   *
   * @param args {@code --json} for JSON, {@code --help} for usage
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    int status = run(args, out, System.err);
    out.flush();
    if (status != 0) {
      System.exit(status);
    }
  }

  /**
   * Runs the demo with given streams.
   *
   * @param args the arguments; blank ones are ignored
   * @param out where the report or JSON goes
   * @param err where usage errors go
   * @return the exit status: 0, or 2 for an unknown argument
   */
  static int run(String[] args, PrintStream out, PrintStream err) {
    boolean json = false;
    for (String arg : args) {
      switch (arg.strip()) {
        case "" -> {}
        case "--json" -> json = true;
        case "--help", "-h" -> {
          out.print(USAGE);
          return 0;
        }
        default -> {
          err.print("Unknown argument: " + arg + "\n" + USAGE);
          return 2;
        }
      }
    }
    CoverageChecker checker = CoverageChecker.using(ReferenceData.bundled());
    List<Example> examples = Examples.bundled();
    out.print(json ? json(examples, checker) : text(examples, checker));
    return 0;
  }

  /**
   * The text report of examples: an introduction, one block per example, and a summary.
   *
   * @param examples the examples
   * @param checker the checker, shared by all
   * @return the report
   */
  public static String text(List<Example> examples, CoverageChecker checker) {
    TextReport report = TextReport.using(checker.reference());
    Tally tally = new Tally();
    StringBuilder out = new StringBuilder();
    try {
      report.renderParagraph(
          "coverage demo: "
              + examples.size()
              + " example claims checked before submission. Their claims, plans and what the"
              + " practice knows are JSON files in coverage-examples/src/main/resources"
              + Examples.FOLDER,
          out);
      report.renderParagraph("Reference data: " + checker.reference().version(), out);
      out.append('\n');
      for (Example e : examples) {
        Assessment a = e.check(checker);
        report.render(e.number() + "  " + e.title(), e.plan(), a, out);
        tally.add(a.verdict());
      }
      report.renderSummary(tally, out);
    } catch (IOException impossible) {
      throw new UncheckedIOException(impossible); // a StringBuilder does not fail
    }
    return out.toString();
  }

  /**
   * The assessments of examples as one JSON array, each with the example's id, title and plan id.
   *
   * @param examples the examples
   * @param checker the checker, shared by all
   * @return the JSON text, ending in a line end
   */
  public static String json(List<Example> examples, CoverageChecker checker) {
    ArrayNode array = MAPPER.createArrayNode();
    try {
      for (Example e : examples) {
        ObjectNode o = array.addObject();
        o.put("id", e.id());
        o.put("title", e.title());
        o.put("plan", e.plan().id());
        o.set("assessment", MAPPER.readTree(CoverageJson.write(e.check(checker))));
      }
      return PRETTY.writeValueAsString(array) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot rewrite the assessments' own JSON", e);
    }
  }
}

package dev.coverage.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.coverage.core.ValidationException;
import dev.coverage.core.check.Assessment;
import dev.coverage.core.check.Verdict;
import dev.coverage.core.plan.Plan;
import dev.coverage.core.reference.ReferenceTables;
import dev.coverage.examples.report.Tally;
import dev.coverage.examples.report.TextReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * The readable report, the demo's: one block per input claim titled with its line number, a block
 * for each rejected line, and the summary at the end.
 */
final class TextFormat implements RecordFormat {
  private final TextReport report;
  private final Plan plan;

  TextFormat(ReferenceTables reference, Plan plan) {
    this.report = TextReport.using(reference);
    this.plan = plan;
  }

  @Override
  public void assessment(long line, Assessment assessment, ByteArrayOutputStream out) {
    StringBuilder text = new StringBuilder(2048);
    try {
      report.render("line " + line, plan, assessment, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringBuilder does not fail
    }
    out.writeBytes(text.toString().getBytes(UTF_8));
  }

  @Override
  public void rejected(long line, ValidationException problem, ByteArrayOutputStream out) {
    StringBuilder text = new StringBuilder(256);
    try {
      report.renderRejected("line " + line, problem, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.writeBytes(text.toString().getBytes(UTF_8));
  }

  @Override
  public void end(Summary summary, OutputStream out) throws IOException {
    // Tally counts in ints, as a report of more than two billion claims is not read by a person.
    Tally tally = new Tally().addRejected(Math.toIntExact(summary.count(Outcome.REJECTED)));
    for (Verdict v : Verdict.values()) {
      tally.add(v, Math.toIntExact(summary.count(Outcome.of(v))));
    }
    StringBuilder text = new StringBuilder();
    report.renderSummary(tally, text);
    out.write(text.toString().getBytes(UTF_8));
  }
}

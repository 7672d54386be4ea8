package dev.coverage.examples.cli;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import dev.coverage.core.ValidationException;
import dev.coverage.core.check.Assessment;
import dev.coverage.core.json.CoverageJson;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * One JSON object per input claim, on one line, in input order:
 *
 * <pre>
 * {"line":1,"assessment":{"claimId":"C-1","verdict":"CLEAN",...}}
 * {"line":2,"error":{"field":"$.lines[0].units","rule":"must be at least 1","location":"line 1 column 311"}}
 * </pre>
 *
 * <p>{@code line} is the input line number; {@code assessment} is {@link CoverageJson#write} of the
 * assessment; {@code error} names the JSON path, the rule broken and where in the line. Nothing
 * follows the last record: the summary goes to standard error.
 */
final class JsonLinesFormat implements RecordFormat {
  private static final byte[] ASSESSMENT = bytes(",\"assessment\":");
  private static final byte[] ERROR = bytes(",\"error\":{\"field\":");
  private static final byte[] LINE = bytes("{\"line\":");
  private static final byte[] RULE = bytes(",\"rule\":");
  private static final byte[] LOCATION = bytes(",\"location\":");

  @Override
  public void assessment(long line, Assessment assessment, ByteArrayOutputStream out) {
    out.writeBytes(LINE);
    writeNumber(line, out);
    out.writeBytes(ASSESSMENT);
    CoverageJson.write(assessment, out);
    out.write('}');
    out.write('\n');
  }

  @Override
  public void rejected(long line, ValidationException problem, ByteArrayOutputStream out) {
    out.writeBytes(LINE);
    writeNumber(line, out);
    out.writeBytes(ERROR);
    writeString(problem.field(), out);
    out.writeBytes(RULE);
    writeString(problem.rule(), out);
    if (problem.location().isPresent()) {
      out.writeBytes(LOCATION);
      writeString(problem.location().get(), out);
    }
    out.write('}');
    out.write('}');
    out.write('\n');
  }

  @Override
  public void end(Summary summary, OutputStream out) {}

  private static void writeNumber(long n, ByteArrayOutputStream out) {
    out.writeBytes(bytes(Long.toString(n)));
  }

  private static void writeString(String s, ByteArrayOutputStream out) {
    out.write('"');
    out.writeBytes(JsonStringEncoder.getInstance().quoteAsUTF8(s));
    out.write('"');
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}

package dev.coverage.core.check;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import dev.coverage.core.json.CoverageJson;
import java.io.IOException;
import java.io.OutputStream;

/**
 * A rough measure of assessment writing on one thread, the golden assessment (3 lines, 4 findings,
 * its estimate) each time: through {@link CoverageJson#write(Object)} to a string, and through a
 * {@link SequenceWriter} to a stream, one assessment per line, as a batch tool writes. Not a unit
 * test, so that a busy machine cannot fail the build; run it by hand after changing a writer:
 *
 * <pre>{@code
 * java -cp <test classpath> dev.coverage.core.check.AssessmentWritingThroughput
 * }</pre>
 *
 * <p>The batch tool needs at least 100,000 assessments a second on one core.
 */
final class AssessmentWritingThroughput {
  private AssessmentWritingThroughput() {}

  public static void main(String[] args) throws IOException {
    Assessment a = AssessmentJsonTest.botoxWithASameDayVisit();
    a.estimate(); // computed once here: what is measured is the writing
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    int perRound = 500_000;
    long sink = 0;
    for (int round = 0; round < rounds; round++) {
      long start = System.nanoTime();
      for (int i = 0; i < perRound; i++) {
        sink += CoverageJson.write(a).length();
      }
      report(
          "to a string", round, perRound, System.nanoTime() - start, sink / perRound / (round + 1));
    }
    ObjectMapper mapper = CoverageJson.newMapper();
    Counting out = new Counting();
    try (SequenceWriter lines = mapper.writer().withRootValueSeparator("\n").writeValues(out)) {
      for (int round = 0; round < rounds; round++) {
        long start = System.nanoTime();
        for (int i = 0; i < perRound; i++) {
          lines.write(a);
        }
        report(
            "to a stream",
            round,
            perRound,
            System.nanoTime() - start,
            out.bytes / perRound / (round + 1));
      }
    }
    if (sink == 42) {
      System.out.println();
    }
  }

  private static void report(String how, int round, int count, long nanos, long bytesEach) {
    System.out.printf(
        "%s, round %d: %,d assessments/s (%d bytes each, %.2f us each)%n",
        how, round, count * 1_000_000_000L / nanos, bytesEach, nanos / 1000.0 / count);
  }

  /** Discards what it is given, counting the bytes. */
  private static final class Counting extends OutputStream {
    long bytes;

    @Override
    public void write(int b) {
      bytes++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      bytes += len;
    }
  }
}

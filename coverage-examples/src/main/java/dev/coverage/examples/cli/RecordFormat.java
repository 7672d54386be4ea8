package dev.coverage.examples.cli;

import dev.coverage.core.ValidationException;
import dev.coverage.core.check.Assessment;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * How a batch writes what it found: one record per input claim, then a summary. Implementations are
 * stateless and thread-safe: records are written by the workers into their own buffers.
 */
interface RecordFormat {
  /**
   * Writes the record of a checked claim.
   *
   * @param line the claim's input line number
   * @param assessment what the checker found
   * @param out the worker's buffer
   */
  void assessment(long line, Assessment assessment, ByteArrayOutputStream out);

  /**
   * Writes the record of an input line that is not a valid claim.
   *
   * @param line the input line number
   * @param problem the field, the rule broken and where in the line
   * @param out the worker's buffer
   */
  void rejected(long line, ValidationException problem, ByteArrayOutputStream out);

  /**
   * Writes what comes after the last record, if anything.
   *
   * @param summary the counts
   * @param out the output
   * @throws IOException when the output fails
   */
  void end(Summary summary, OutputStream out) throws IOException;
}

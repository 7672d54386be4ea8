package dev.coverage.examples.cli;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.coverage.core.ValidationException;
import dev.coverage.core.check.Assessment;
import dev.coverage.core.check.CheckRequest;
import dev.coverage.core.check.CoverageChecker;
import dev.coverage.core.json.CoverageJson;
import dev.coverage.core.plan.Plan;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Checks a stream of JSON Lines, one claim or check request per line, against one plan, and writes
 * one record per claim in input order. Memory stays flat whatever the input's size: lines are read,
 * checked and written in small batches, and at most a few batches are in flight.
 *
 * <p>A line that is not a valid claim becomes an error record with its line number and the rule it
 * breaks, and the batch goes on. Blank lines are skipped. A line longer than {@link
 * #MAX_LINE_BYTES} is rejected without being read into memory.
 *
 * <pre>{@code
 * BatchCheck batch = BatchCheck.jsonLines(checker, plan).threads(2);
 * Summary summary = batch.run(in, out, BatchCheck.Progress.NONE);
 * summary.count(Outcome.LIKELY_DENIED);
 * }</pre>
 *
 * <p>Instances are immutable; {@link #run} may be called from several threads at once.
 */
public final class BatchCheck {
  /** The longest input line read, in bytes: a claim at the model's limits is far shorter. */
  public static final int MAX_LINE_BYTES = 1 << 20;

  /** Lines per batch handed to a worker. */
  private static final int BATCH_LINES = 256;

  /** Bytes per batch handed to a worker, beyond which a batch is closed early. */
  private static final int BATCH_BYTES = 1 << 18;

  /** Told, on the calling thread, how far a run has got. */
  @FunctionalInterface
  public interface Progress {
    /** Tells nothing. */
    Progress NONE = claims -> {};

    /**
     * Called after each batch is written.
     *
     * @param claims how many claims have been written so far
     */
    void written(long claims);
  }

  private final CoverageChecker checker;
  private final Plan plan;
  private final RecordFormat format;
  private final int threads;

  private BatchCheck(CoverageChecker checker, Plan plan, RecordFormat format, int threads) {
    this.checker = checkNotNull(checker, "checker");
    this.plan = checkNotNull(plan, "plan");
    this.format = checkNotNull(format, "format");
    this.threads = threads;
  }

  /**
   * A batch that writes JSON Lines: {@code {"line":N,"assessment":{...}}} or {@code
   * {"line":N,"error":{"field":...,"rule":...,"location":...}}}, one per claim.
   *
   * @param checker the shared checker
   * @param plan the plan every claim is checked under
   * @return a batch on the calling thread
   */
  public static BatchCheck jsonLines(CoverageChecker checker, Plan plan) {
    return new BatchCheck(checker, plan, new JsonLinesFormat(), 1);
  }

  static BatchCheck of(CoverageChecker checker, Plan plan, RecordFormat format) {
    return new BatchCheck(checker, plan, format, 1);
  }

  /**
   * The same batch on several threads: one reads and writes, the others check. Output is in input
   * order and byte for byte the same as on one thread.
   *
   * @param threads how many threads check, from 1 to 64
   * @return the batch
   */
  public BatchCheck threads(int threads) {
    checkArgument(threads >= 1 && threads <= 64, "threads must be from 1 to 64, got %s", threads);
    return new BatchCheck(checker, plan, format, threads);
  }

  /**
   * Reads every line of {@code in}, checks it and writes its record to {@code out}, then what the
   * format writes at the end. Neither stream is closed; {@code out} is flushed.
   *
   * @param in JSON Lines, UTF-8
   * @param out where the records go
   * @param progress told after each batch
   * @return the counts by outcome
   * @throws IOException when reading or writing fails
   */
  public Summary run(InputStream in, OutputStream out, Progress progress) throws IOException {
    checkNotNull(in, "in");
    checkNotNull(out, "out");
    checkNotNull(progress, "progress");
    JsonLinesReader lines = new JsonLinesReader(in, MAX_LINE_BYTES);
    // Batches and output buffers go back to these once used, so a run allocates a handful of
    // each however long it is: at most as many as are in flight.
    Pools pools = new Pools();
    long[] counts = new long[Outcome.values().length];
    long written = 0;
    if (threads == 1) {
      Batch batch;
      while ((batch = Batch.read(lines, pools)) != null) {
        written += write(process(batch, pools), out, counts, pools);
        progress.written(written);
      }
    } else {
      ExecutorService pool = Executors.newFixedThreadPool(threads, BatchCheck::daemon);
      try {
        ArrayDeque<Future<Result>> inFlight = new ArrayDeque<>();
        Batch batch;
        while ((batch = Batch.read(lines, pools)) != null) {
          Batch work = batch;
          inFlight.add(pool.submit(() -> process(work, pools)));
          if (inFlight.size() >= threads * 2) {
            written += write(await(inFlight.remove()), out, counts, pools);
            progress.written(written);
          }
        }
        while (!inFlight.isEmpty()) {
          written += write(await(inFlight.remove()), out, counts, pools);
          progress.written(written);
        }
      } finally {
        pool.shutdownNow();
      }
    }
    Summary summary = new Summary(counts);
    format.end(summary, out);
    out.flush();
    return summary;
  }

  private static Thread daemon(Runnable r) {
    Thread t = new Thread(r, "coverage-batch");
    t.setDaemon(true);
    return t;
  }

  private static Result await(Future<Result> result) throws IOException {
    try {
      return result.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while checking");
    } catch (ExecutionException e) {
      // process() turns every problem with a claim into a record; anything else is a bug.
      throw new IllegalStateException("a batch worker failed", e.getCause());
    }
  }

  private static long write(Result result, OutputStream out, long[] counts, Pools pools)
      throws IOException {
    result.output.writeTo(out);
    pools.buffers.offer(result.output);
    for (int i = 0; i < counts.length; i++) {
      counts[i] += result.counts[i];
    }
    return result.claims;
  }

  private Result process(Batch batch, Pools pools) {
    ByteArrayOutputStream out = pools.buffers.poll();
    if (out == null) {
      out = new ByteArrayOutputStream(batch.used * 4 + 1024);
    } else {
      out.reset();
    }
    long[] counts = new long[Outcome.values().length];
    for (int i = 0; i < batch.size; i++) {
      long line = batch.numbers[i];
      Outcome outcome;
      if (batch.lengths[i] < 0) {
        format.rejected(
            line,
            new ValidationException(
                "$",
                "is longer than " + MAX_LINE_BYTES + " bytes; one line holds one claim or request"),
            out);
        outcome = Outcome.REJECTED;
      } else {
        outcome = checkOne(line, batch.bytes, batch.offsets[i], batch.lengths[i], out);
      }
      counts[outcome.ordinal()]++;
    }
    int claims = batch.size;
    pools.batches.offer(batch);
    return new Result(out, counts, claims);
  }

  private Outcome checkOne(
      long line, byte[] bytes, int offset, int length, ByteArrayOutputStream out) {
    CheckRequest request;
    try {
      request = CoverageJson.readRequest(bytes, offset, length);
    } catch (ValidationException e) {
      format.rejected(line, e, out);
      return Outcome.REJECTED;
    }
    Assessment assessment = checker.check(request).under(plan).assess();
    format.assessment(line, assessment, out);
    return Outcome.of(assessment.verdict());
  }

  /** Used batches and output buffers, for reuse. */
  private static final class Pools {
    final ConcurrentLinkedQueue<Batch> batches = new ConcurrentLinkedQueue<>();
    final ConcurrentLinkedQueue<ByteArrayOutputStream> buffers = new ConcurrentLinkedQueue<>();
  }

  /** What a worker made of a batch: the records, and the counts. */
  private static final class Result {
    final ByteArrayOutputStream output;
    final long[] counts;
    final int claims;

    Result(ByteArrayOutputStream output, long[] counts, int claims) {
      this.output = output;
      this.counts = counts;
      this.claims = claims;
    }
  }

  /** Up to {@link #BATCH_LINES} non-blank lines copied out of the reader, with their numbers. */
  private static final class Batch {
    byte[] bytes = new byte[1 << 14];
    final int[] offsets = new int[BATCH_LINES];

    /** A line's length, or -1 when it was too long to read. */
    final int[] lengths = new int[BATCH_LINES];

    final long[] numbers = new long[BATCH_LINES];
    int size;
    int used;

    /** The next batch, in a used one when there is one, or null at the end of the input. */
    static Batch read(JsonLinesReader lines, Pools pools) throws IOException {
      Batch batch = null;
      while ((batch == null || (batch.size < BATCH_LINES && batch.used < BATCH_BYTES))
          && lines.next()) {
        if (lines.blank()) {
          continue;
        }
        if (batch == null) {
          batch = pools.batches.poll();
          if (batch == null) {
            batch = new Batch();
          } else {
            batch.size = 0;
            batch.used = 0;
          }
        }
        batch.add(lines);
      }
      return batch;
    }

    private void add(JsonLinesReader lines) {
      numbers[size] = lines.number();
      if (lines.tooLong()) {
        offsets[size] = used;
        lengths[size] = -1;
      } else {
        int length = lines.length();
        if (used + length > bytes.length) {
          bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, used + length));
        }
        System.arraycopy(lines.buffer(), lines.offset(), bytes, used, length);
        offsets[size] = used;
        lengths[size] = length;
        used += length;
      }
      size++;
    }
  }
}

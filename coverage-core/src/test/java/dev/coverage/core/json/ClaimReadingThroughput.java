package dev.coverage.core.json;

import dev.coverage.core.claim.Claim;
import java.nio.charset.StandardCharsets;

/**
 * A rough measure of end-to-end claim reading on one thread: bytes in, validated {@link Claim} out,
 * through {@link CoverageJson#readClaim(byte[])}. Not a unit test, so that a busy machine cannot
 * fail the build; run it by hand after changing a reader:
 *
 * <pre>{@code
 * java -cp <test classpath> dev.coverage.core.json.ClaimReadingThroughput
 * }</pre>
 *
 * <p>The batch tool needs at least 100,000 claims a second on one core.
 */
final class ClaimReadingThroughput {
  private ClaimReadingThroughput() {}

  public static void main(String[] args) {
    // Compact, as one line of a batch file: the sample claim written back by the module.
    byte[] json =
        CoverageJson.write(CoverageJson.readClaim(CoverageJsonTest.resource("claim.json")))
            .getBytes(StandardCharsets.UTF_8);
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    int perRound = 500_000;
    long sink = 0;
    for (int round = 0; round < rounds; round++) {
      long start = System.nanoTime();
      for (int i = 0; i < perRound; i++) {
        sink += CoverageJson.readClaim(json).lines().size();
      }
      long nanos = System.nanoTime() - start;
      System.out.printf(
          "round %d: %,d claims/s (%d bytes each, %.2f us per claim)%n",
          round, perRound * 1_000_000_000L / nanos, json.length, nanos / 1000.0 / perRound);
    }
    if (sink == 42) {
      System.out.println();
    }
  }
}

package dev.coverage.examples.cli;

import dev.coverage.core.claim.Claim;
import dev.coverage.core.json.CoverageJson;
import dev.coverage.core.testing.CoverageArbitraries;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.sessions.JqwikSession;

/** Valid claims from the shipped generators, one JSON line each, the same for the same seed. */
final class GeneratedClaims {
  private GeneratedClaims() {}

  /**
   * @param count how many
   * @param seed the random seed
   * @return JSON lines, without line breaks
   */
  static List<String> jsonLines(int count, long seed) {
    List<String> lines = new ArrayList<>(count);
    JqwikSession.run(
        () -> {
          RandomGenerator<Claim> claims = CoverageArbitraries.claims().generator(1000);
          Random random = new Random(seed);
          for (int i = 0; i < count; i++) {
            lines.add(CoverageJson.write(claims.next(random).value()));
          }
        });
    return lines;
  }
}

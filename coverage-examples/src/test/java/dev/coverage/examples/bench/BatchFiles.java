package dev.coverage.examples.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.coverage.core.check.CheckRequest;
import dev.coverage.core.claim.Claim;
import dev.coverage.core.json.CoverageJson;
import dev.coverage.core.plan.ServiceHistory;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Generated JSON Lines files for the batch benchmark: in every ten claims, eight clean five-line
 * requests (with their authorizations, documentation and an empty history) and two claims with
 * several findings, each with its own claim id.
 */
final class BatchFiles {
  private BatchFiles() {}

  /** The ten request lines, with {@code %s} where the claim id goes. */
  static List<String> templates() {
    String clean = template(request(BenchmarkClaims.CLEAN));
    String atRisk = template(request(BenchmarkClaims.AT_RISK));
    return List.of(clean, clean, atRisk, clean, clean, clean, atRisk, clean, clean, clean);
  }

  private static CheckRequest request(Claim claim) {
    return CheckRequest.builder()
        .claim(claim)
        .authorizations(BenchmarkClaims.AUTHORIZATIONS)
        .documentation(BenchmarkClaims.DOCUMENTED)
        .history(ServiceHistory.empty())
        .build();
  }

  private static String template(CheckRequest request) {
    String json = CoverageJson.write(request);
    String id = "\"claimId\":\"" + request.claim().claimId() + "\"";
    if (!json.contains(id)) {
      throw new IllegalStateException("no claim id in " + json.substring(0, 40));
    }
    return json.replace("%", "%%").replace(id, "\"claimId\":\"%s\"");
  }

  /**
   * Writes a file of generated claims.
   *
   * @param file where
   * @param claims how many lines
   * @return the file
   */
  static Path write(Path file, int claims) throws IOException {
    List<String> templates = templates();
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      for (int i = 0; i < claims; i++) {
        String line =
            String.format(templates.get(i % templates.size()), String.format("B-%07d", i));
        out.write(line.getBytes(UTF_8));
        out.write('\n');
      }
    }
    return file;
  }
}

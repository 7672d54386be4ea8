package dev.coverage.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Memory stays flat whatever the input's size: the command, in its own JVM with a 48 MB heap,
 * checks far more claims than that heap could hold, streamed through standard input.
 */
class LargeFileTest {
  private static final int CLAIMS = 150_000;
  private static final String HEAP = "-Xmx48m";

  @TempDir Path dir;

  @Test
  void a_stream_many_times_the_heap_is_checked_in_constant_memory() throws Exception {
    // GIVEN a plan, and lines of about 1 KB: about 150 MB of claims for a 48 MB heap
    Path plan = dir.resolve("plan.json");
    Files.writeString(plan, CoverageCommandTest.PLAN);
    List<String> templates =
        List.of(CoverageCommandTest.CLEAN, CoverageCommandTest.DENIED, "{\"claimId\":");
    Path errors = dir.resolve("stderr.txt");
    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                HEAP,
                "-XX:+ExitOnOutOfMemoryError",
                "-cp",
                System.getProperty("java.class.path"),
                CoverageCommand.class.getName(),
                "check",
                "--plan",
                plan.toString(),
                "--output",
                dir.resolve("out.jsonl").toString(),
                "--progress",
                "-")
            .redirectError(errors.toFile())
            .start();

    // WHEN the claims are written to its standard input as it reads them
    byte[][] lines = new byte[templates.size()][];
    for (int i = 0; i < lines.length; i++) {
      lines[i] = (templates.get(i) + "\n").getBytes(UTF_8);
    }
    try (OutputStream in = child.getOutputStream()) {
      for (int i = 0; i < CLAIMS; i++) {
        in.write(lines[i % 100 == 99 ? 2 : i % 2]);
      }
    }
    boolean finished = child.waitFor(5, TimeUnit.MINUTES);

    // THEN it finishes without running out of memory, and every claim got its record
    assertThat(finished).isTrue();
    String stderr = Files.readString(errors);
    assertThat(child.exitValue()).as(stderr).isEqualTo(CoverageCommand.OK);
    assertThat(stderr).contains(String.format("%,d claims: ", CLAIMS)).contains("1,500 rejected");
    assertThat(countLines(dir.resolve("out.jsonl"))).isEqualTo(CLAIMS);
    // A run of seconds shows its progress, a line rewritten in place about once a second.
    assertThat(stderr)
        .containsPattern("\rcoverage: [0-9,]+ claims in [0-9.]+ s \\([0-9,]+ claims/s\\)");
  }

  private static long countLines(Path file) throws IOException {
    long n = 0;
    try (var in = Files.newInputStream(file)) {
      byte[] buffer = new byte[1 << 16];
      int read;
      while ((read = in.read(buffer)) > 0) {
        for (int i = 0; i < read; i++) {
          if (buffer[i] == '\n') {
            n++;
          }
        }
      }
    }
    return n;
  }
}

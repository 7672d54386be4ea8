package dev.coverage.examples;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Golden files: output checked in under {@code src/test/resources/dev/coverage/examples/golden/},
 * compared line by line.
 *
 * <p>When a rule, the reference data or the report's layout changes on purpose, run the tests with
 * {@code -Dgolden.update=true} (for example {@code ./mvnw -q -pl coverage-examples -am test
 * -Dtest='DemoTest,GoldenTableTest' -Dsurefire.failIfNoSpecifiedTests=false -Dgolden.update=true}):
 * the files are rewritten and the tests pass; review the change with {@code git diff} and commit it
 * with the change that caused it.
 */
final class Golden {
  /** The folder of the golden files, relative to the module. */
  static final Path FOLDER =
      Path.of(System.getProperty("basedir", "."))
          .resolve("src/test/resources/dev/coverage/examples/golden");

  /** How many changed lines a mismatch shows. */
  private static final int SHOWN = 24;

  private Golden() {}

  /**
   * Fails with the first differing lines unless the golden file holds exactly {@code actual}; with
   * {@code -Dgolden.update=true}, writes {@code actual} to it instead.
   *
   * @param file the golden file's name, such as {@code demo-report.txt}
   * @param actual the output
   */
  static void assertMatches(String file, String actual) {
    Path path = FOLDER.resolve(file);
    try {
      if (Boolean.getBoolean("golden.update")) {
        Files.createDirectories(FOLDER);
        Files.writeString(path, actual, StandardCharsets.UTF_8);
        return;
      }
      if (!Files.exists(path)) {
        fail("%s does not exist: run the test with -Dgolden.update=true to create it", path);
      }
      String expected = Files.readString(path, StandardCharsets.UTF_8).replace("\r\n", "\n");
      if (!expected.equals(actual)) {
        fail(diff(file, expected, actual));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The differing lines of both, numbered as in each file, from a longest-common-subsequence line
   * diff: removed lines marked {@code -}, added {@code +}, one line of context before each run; at
   * most {@value #SHOWN} changed lines, then how to accept the change.
   */
  static String diff(String file, String expected, String actual) {
    List<String> e = expected.lines().toList();
    List<String> a = actual.lines().toList();
    // common[i][j]: the longest common subsequence of e[i..] and a[j..].
    int[][] common = new int[e.size() + 1][a.size() + 1];
    for (int i = e.size() - 1; i >= 0; i--) {
      for (int j = a.size() - 1; j >= 0; j--) {
        common[i][j] =
            e.get(i).equals(a.get(j))
                ? common[i + 1][j + 1] + 1
                : Math.max(common[i + 1][j], common[i][j + 1]);
      }
    }
    StringBuilder body = new StringBuilder();
    int removed = 0;
    int added = 0;
    int shown = 0;
    int i = 0;
    int j = 0;
    boolean inRun = false;
    while (i < e.size() || j < a.size()) {
      if (i < e.size() && j < a.size() && e.get(i).equals(a.get(j))) {
        i++;
        j++;
        inRun = false;
        continue;
      }
      if (!inRun && shown < SHOWN && i > 0 && j > 0) {
        body.append(String.format(" %5d| %s\n", i, e.get(i - 1)));
      }
      inRun = true;
      if (i < e.size() && (j == a.size() || common[i + 1][j] >= common[i][j + 1])) {
        if (shown++ < SHOWN) {
          body.append(String.format("-%5d| %s\n", i + 1, e.get(i)));
        }
        removed++;
        i++;
      } else {
        if (shown++ < SHOWN) {
          body.append(String.format("+%5d| %s\n", j + 1, a.get(j)));
        }
        added++;
        j++;
      }
    }
    StringBuilder s = new StringBuilder();
    s.append(file)
        .append(" differs from the output: ")
        .append(removed)
        .append(" line(s) expected but not produced (-, numbered as in the file), ")
        .append(added)
        .append(" produced but not expected (+, numbered as in the output).\n")
        .append(body);
    if (shown > SHOWN) {
      s.append("... and ").append(shown - SHOWN).append(" more changed line(s)\n");
    }
    s.append(
        "If the change is intended, rerun with -Dgolden.update=true and review it with git diff.");
    return s.toString();
  }
}

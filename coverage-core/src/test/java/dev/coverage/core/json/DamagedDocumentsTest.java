package dev.coverage.core.json;

import static dev.coverage.core.json.CoverageJsonTest.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.coverage.core.ValidationException;
import dev.coverage.core.check.CheckRequest;
import dev.coverage.core.claim.Claim;
import dev.coverage.core.plan.Plan;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Whatever happens to a document, reading it gives a value or a {@link ValidationException} whose
 * messages hold no patient data: never a NullPointerException, ClassCastException, index error or
 * anything else. Mutations come from a fixed seed, so a failure reproduces.
 */
class DamagedDocumentsTest {
  private static final String CLAIM = text("claim.json");
  private static final String PLAN = text("plan.json");

  /** The sample's patient data: no message may contain any of it. */
  private static final List<String> PATIENT_DATA =
      List.of("XQF884120377", "Dana", "Whitfield", "1984-06-19", "1984");

  /** Tokens and fragments that break documents in the ways people and programs do. */
  private static final List<String> FRAGMENTS =
      List.of(
          "null",
          "\"\"",
          "\"x\"",
          "0",
          "-1",
          "1.5",
          "1e999999999",
          "99999999999999999999",
          "true",
          "[",
          "]",
          "{",
          "}",
          ",",
          ":",
          "\"",
          "\\",
          "[]",
          "{}",
          "\"bogus\": 1,",
          "\"units\": 2,",
          "\u0000",
          "\ufeff",
          "\"\\ud800\"",
          "/*",
          "NaN",
          "'",
          "\"2026-02-30\"",
          "\"G43\"",
          "\"FEMALE\"",
          "[1,2,3,4,5]",
          "\"1234567890\"");

  @Test
  void every_prefix_of_the_sample_claim_reads_or_fails_with_a_validation_exception() {
    byte[] bytes = CLAIM.getBytes(StandardCharsets.UTF_8);
    int valid = 0;
    for (int n = 0; n <= bytes.length; n++) {
      byte[] prefix = java.util.Arrays.copyOf(bytes, n);
      if (readsOrFailsCleanly("prefix " + n, prefix, CoverageJson::readClaim)) {
        valid++;
      }
    }
    assertThat(valid).as("only the complete document, with or without its newline").isEqualTo(2);
  }

  @Test
  void every_prefix_of_the_sample_plan_reads_or_fails_with_a_validation_exception() {
    String text = PLAN.strip();
    for (int n = 0; n < text.length(); n++) {
      String prefix = text.substring(0, n);
      assertThat(readsOrFailsCleanly("prefix " + n, prefix, CoverageJson::readPlan)).isFalse();
    }
  }

  @Test
  void random_damage_to_the_sample_claim_reads_or_fails_with_a_validation_exception() {
    Random random = new Random(20260302L);
    for (int i = 0; i < 3000; i++) {
      String damaged = damage(CLAIM, random);
      readsOrFailsCleanly("mutation " + i + ":\n" + damaged, damaged, CoverageJson::readClaim);
    }
  }

  @Test
  void random_damage_to_the_sample_plan_reads_or_fails_with_a_validation_exception() {
    Random random = new Random(20260304L);
    for (int i = 0; i < 2000; i++) {
      String damaged = damage(PLAN, random);
      readsOrFailsCleanly("mutation " + i + ":\n" + damaged, damaged, CoverageJson::readPlan);
    }
  }

  @Test
  void bytes_that_look_like_utf32_but_are_not_give_a_validation_exception_from_every_reader() {
    // '{' and three zero bytes start UTF-32 little-endian text to Jackson's detection; the claim's
    // bytes after them are not UTF-32 characters. Found by Jazzer: the decoder's exception escaped
    // from every byte[] reader but read(byte[], Class) as an UncheckedIOException.
    byte[] claim = CLAIM.getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[104 + claim.length];
    bytes[0] = '{';
    System.arraycopy(claim, 1, bytes, 104, claim.length - 1);
    List<Function<byte[], Object>> readers =
        List.of(
            CoverageJson::readClaim,
            CoverageJson::readPlan,
            CoverageJson::readRequest,
            b -> CoverageJson.read(b, Claim.class));
    for (Function<byte[], Object> read : readers) {
      readsOrFailsCleanly("UTF-32-looking bytes", bytes, read);
      try {
        read.apply(bytes);
      } catch (ValidationException e) {
        assertThat(e.rule()).isEqualTo("is not JSON text in UTF-8, UTF-16 or UTF-32");
      }
    }
  }

  /** One to three edits: delete a span, insert a fragment, replace a span, or repeat a span. */
  private static String damage(String json, Random random) {
    StringBuilder sb = new StringBuilder(json);
    int edits = 1 + random.nextInt(3);
    for (int e = 0; e < edits && sb.length() > 0; e++) {
      int at = random.nextInt(sb.length());
      int span = 1 + random.nextInt(Math.min(12, sb.length() - at));
      switch (random.nextInt(4)) {
        case 0 -> sb.delete(at, at + span);
        case 1 -> sb.insert(at, FRAGMENTS.get(random.nextInt(FRAGMENTS.size())));
        case 2 -> sb.replace(at, at + span, FRAGMENTS.get(random.nextInt(FRAGMENTS.size())));
        default -> sb.insert(at, sb.substring(at, at + span));
      }
    }
    return sb.toString();
  }

  private static <I, T> boolean readsOrFailsCleanly(String what, I input, Function<I, T> read) {
    try {
      T value = read.apply(input);
      assertThat(value).as(what).isInstanceOfAny(Claim.class, Plan.class, CheckRequest.class);
      return true;
    } catch (ValidationException e) {
      String all = messagesOf(e);
      for (String secret : PATIENT_DATA) {
        if (all.contains(secret)) {
          fail("%s%nleaks %s in:%n%s", what, secret, all);
        }
      }
      assertThat(e.field()).as(what).startsWith("$");
      assertThat(e.location()).as(what).isPresent();
      return false;
    } catch (RuntimeException e) {
      throw new AssertionError(what + "\nthrew " + e, e);
    }
  }

  private static String messagesOf(Throwable e) {
    StringBuilder sb = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      sb.append(t.getMessage()).append('\n');
    }
    return sb.toString();
  }
}

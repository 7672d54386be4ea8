package dev.coverage.examples.hook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coverage.core.check.Verdict;
import dev.coverage.examples.Example;
import dev.coverage.examples.Examples;
import dev.coverage.examples.hook.PreSubmissionHook.Action;
import dev.coverage.examples.hook.PreSubmissionHook.Decision;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The hook decides as the verdict says, explains itself, and gives the same answers on 8 threads.
 */
class PreSubmissionHookTest {
  private static final PreSubmissionHook HOOK =
      PreSubmissionHook.withBundledData(Verdict.LIKELY_DENIED);
  private static final List<Example> EXAMPLES = Examples.bundled();
  private static final Map<String, Example> BY_ID =
      EXAMPLES.stream().collect(Collectors.toMap(Example::id, Function.identity()));
  private static final ExecutorService PIPELINE = Executors.newFixedThreadPool(8);

  @AfterAll
  static void stopThePipeline() {
    PIPELINE.shutdownNow();
  }

  private static Decision review(PreSubmissionHook hook, String id) {
    Example e = BY_ID.get(id);
    return hook.review(e.request(), e.plan());
  }

  @Test
  void a_clean_claim_is_accepted_without_messages() {
    Decision d = review(HOOK, "06-botox-chronic-migraine");
    assertThat(d.action()).isEqualTo(Action.ACCEPT);
    assertThat(d.verdict()).isEqualTo(Verdict.CLEAN);
    assertThat(d.messages()).isEmpty();
  }

  @Test
  void a_likely_denial_is_held_with_the_predicted_code_and_the_fix() {
    Decision d = review(HOOK, "07-botox-chronic-migraine-authorization-expired");
    assertThat(d.action()).isEqualTo(Action.HOLD);
    assertThat(d.claimId()).isEqualTo("EX-07-BCX");
    assertThat(d.messages())
        .hasSize(3) // 64615, the administered J0585 and its JW line
        .allSatisfy(
            m ->
                assertThat(m)
                    .contains("CO-197 predicted (prior-authorization.expired)")
                    .contains("Fix: Obtain a renewed authorization"));
  }

  @Test
  void what_is_only_at_risk_passes_or_is_held_as_the_scrubber_chooses() {
    String id = "17-chemical-peel-actinic-keratoses-count-missing";
    assertThat(review(HOOK, id).action()).isEqualTo(Action.ACCEPT);
    PreSubmissionHook strict = PreSubmissionHook.withBundledData(Verdict.AT_RISK);
    Decision d = review(strict, id);
    assertThat(d.action()).isEqualTo(Action.HOLD);
    assertThat(d.messages())
        .anySatisfy(m -> assertThat(m).startsWith("line 1: CO-50 predicted"))
        .contains(
            "line 1: missing the number of lesions treated (fill documentation.lesionCount).");
  }

  @Test
  void informational_findings_do_not_hold_a_claim() {
    Decision d = review(HOOK, "02-microneedling-burn-scar");
    assertThat(d.action()).isEqualTo(Action.ACCEPT);
    assertThat(d.messages()).isEmpty();
  }

  @Test
  void the_messages_carry_no_patient_data() {
    for (Example e : EXAMPLES) {
      String messages = String.join("\n", HOOK.review(e.request(), e.plan()).messages());
      var p = e.request().claim().patient();
      p.memberId().ifPresent(v -> assertThat(messages).doesNotContain(v));
      p.givenName().ifPresent(v -> assertThat(messages).doesNotContain(v));
      p.familyName().ifPresent(v -> assertThat(messages).doesNotContain(v));
      p.birthDate().ifPresent(v -> assertThat(messages).doesNotContain(v.toString()));
    }
  }

  @Test
  void one_shared_hook_on_eight_threads_decides_as_on_one() throws Exception {
    // GIVEN the decisions of one thread
    Map<String, Decision> expected =
        EXAMPLES.stream().collect(Collectors.toMap(Example::id, e -> review(HOOK, e.id())));

    // WHEN the pipeline's 8 threads review every example 40 times, in a shuffled order, all at once
    List<String> work = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      EXAMPLES.forEach(e -> work.add(e.id()));
    }
    Collections.shuffle(work, new Random(6));
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Decision>> futures = new ArrayList<>();
    for (String id : work) {
      Callable<Decision> task =
          () -> {
            start.await();
            return review(HOOK, id);
          };
      futures.add(PIPELINE.submit(task));
    }
    start.countDown();

    // THEN every decision equals the one-thread decision for its claim
    for (int i = 0; i < work.size(); i++) {
      assertThat(futures.get(i).get(30, TimeUnit.SECONDS)).isEqualTo(expected.get(work.get(i)));
    }
  }
}

package dev.coverage.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coverage.codes.ReferenceData;
import dev.coverage.core.check.Assessment;
import dev.coverage.core.check.CoverageChecker;
import dev.coverage.core.check.Verdict;
import dev.coverage.core.code.Money;
import dev.coverage.examples.Example;
import dev.coverage.examples.Examples;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The parts of the report the demo's golden file does not pin down on its own. */
class TextReportTest {
  private static final CoverageChecker CHECKER = CoverageChecker.using(ReferenceData.bundled());
  private static final TextReport REPORT = TextReport.using(CHECKER.reference());

  @Test
  void amounts_are_dollars_with_thousands_separators() {
    assertThat(TextReport.dollars(Money.of("0.05"))).isEqualTo("$0.05");
    assertThat(TextReport.dollars(Money.of("999.99"))).isEqualTo("$999.99");
    assertThat(TextReport.dollars(Money.of("1162.50"))).isEqualTo("$1,162.50");
    assertThat(TextReport.dollars(Money.of("1234567.00"))).isEqualTo("$1,234,567.00");
    assertThat(TextReport.dollars(Money.of("-1000.00"))).isEqualTo("-$1,000.00");
  }

  @Test
  void a_long_title_and_a_long_word_still_fit_the_width() throws IOException {
    Example e = Examples.bundled().get(0);
    Assessment a = e.check(CHECKER);
    StringBuilder out = new StringBuilder();
    REPORT.render("x".repeat(150), e.plan(), a, out);
    REPORT.renderParagraph("see " + "y".repeat(230) + " end", out);

    assertThat(out.toString().lines()).allSatisfy(l -> assertThat(l).hasSizeLessThanOrEqualTo(100));
    assertThat(out.toString()).contains("end\n");
  }

  @Test
  void the_summary_counts_verdicts_and_rejected_claims() throws IOException {
    Tally tally =
        new Tally()
            .add(Verdict.CLEAN)
            .add(Verdict.LIKELY_DENIED)
            .add(Verdict.LIKELY_DENIED)
            .addRejected();
    StringBuilder out = new StringBuilder();
    REPORT.renderSummary(tally, out);

    assertThat(out.toString())
        .contains("4 claims: 1 clean, 0 at risk, 2 likely denied, 1 rejected as invalid\n");
    StringBuilder one = new StringBuilder();
    REPORT.renderSummary(new Tally().add(Verdict.AT_RISK), one);
    assertThat(one.toString()).contains("1 claim: 0 clean, 1 at risk, 0 likely denied\n");
  }
}

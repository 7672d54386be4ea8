package dev.coverage.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coverage.codes.ReferenceData;
import dev.coverage.core.check.Assessment;
import dev.coverage.core.check.CoverageChecker;
import dev.coverage.core.check.Finding;
import dev.coverage.core.check.Rule;
import dev.coverage.core.check.Verdict;
import dev.coverage.core.denial.FindingCategory;
import dev.coverage.core.json.CoverageJson;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The golden table of outcomes (issue 3): the demo's examples and extra scenarios under {@code
 * src/test/resources/dev/coverage/examples/scenarios/}, one row each in {@code
 * golden/golden-table.tsv}. A rule or data change that changes an outcome fails here with the first
 * rows that changed; {@code -Dgolden.update=true} accepts it (see {@link Golden}).
 */
class GoldenTableTest {
  private static final CoverageChecker CHECKER = CoverageChecker.using(ReferenceData.bundled());
  private static final List<Example> SCENARIOS = Examples.load("/dev/coverage/examples/scenarios/");
  private static final List<Example> ALL = all();

  /**
   * Rules the bundled data cannot trigger: no bundled policy is classed cosmetic as a whole or
   * bounds the patient's sex, and every bundled procedure code is valid from 2024 on.
   */
  private static final Set<String> UNREACHABLE_WITH_BUNDLED_DATA =
      Set.of("cosmetic.procedure", "sex.not-eligible", "sex.unknown", "code.procedure.invalid");

  private static List<Example> all() {
    List<Example> all = new ArrayList<>(Examples.bundled());
    all.addAll(SCENARIOS);
    return List.copyOf(all);
  }

  @Test
  void the_outcomes_match_the_golden_table() {
    Golden.assertMatches("golden-table.tsv", GoldenTable.of(ALL, CHECKER));
  }

  @Test
  void every_scenario_gets_its_expected_verdict() {
    List<String> wrong = new ArrayList<>();
    for (Example e : SCENARIOS) {
      Verdict actual = e.check(CHECKER).verdict();
      if (actual != e.expected()) {
        wrong.add(e.id() + ": expected " + e.expected() + ", got " + actual);
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void the_table_reaches_every_category_and_every_rule_the_bundled_data_can_trigger() {
    Set<FindingCategory> categories = EnumSet.noneOf(FindingCategory.class);
    Set<String> rules = new TreeSet<>();
    for (Example e : ALL) {
      for (Finding f : e.check(CHECKER).findings()) {
        categories.add(f.category());
        rules.add(f.ruleId());
      }
    }
    assertThat(categories).containsExactlyInAnyOrder(FindingCategory.values());
    Set<String> reachable =
        Rule.all().stream()
            .map(Rule::id)
            .filter(id -> !UNREACHABLE_WITH_BUNDLED_DATA.contains(id))
            .collect(Collectors.toCollection(TreeSet::new));
    assertThat(rules).containsAll(reachable);
  }

  @Test
  void the_table_has_clean_cases_beside_the_failing_ones() {
    assertThat(ALL.stream().filter(e -> e.expected() == Verdict.CLEAN).count())
        .isGreaterThanOrEqualTo(10);
  }

  @Test
  void no_scenario_output_carries_patient_data() {
    StringBuilder out = new StringBuilder(GoldenTable.of(SCENARIOS, CHECKER));
    for (Example e : SCENARIOS) {
      Assessment a = e.check(CHECKER);
      out.append(CoverageJson.write(a));
      a.findings().forEach(f -> out.append(f.message()).append(f.fix()).append(f));
    }
    PatientData.assertAbsent(SCENARIOS, out.toString(), "the scenarios' output");
  }
}

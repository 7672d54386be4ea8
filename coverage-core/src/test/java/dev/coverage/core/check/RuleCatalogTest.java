package dev.coverage.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RuleCatalogTest {
  private static final List<Class<?>> RULE_FAMILIES =
      List.of(
          CodeRules.class,
          CoverageRules.class,
          SettingRules.class,
          HistoryRules.class,
          AuthorizationRules.class,
          EditRules.class,
          ModifierRules.class,
          FilingRules.class);

  @Test
  void the_catalog_lists_every_rule_of_every_family_once() throws Exception {
    List<Rule> declared = new ArrayList<>();
    for (Class<?> family : RULE_FAMILIES) {
      for (Field f : family.getDeclaredFields()) {
        if (f.getType() == Rule.class && Modifier.isStatic(f.getModifiers())) {
          declared.add((Rule) f.get(null));
        }
      }
    }
    assertThat(Rule.all()).containsExactlyInAnyOrderElementsOf(declared);
  }

  @Test
  void ids_are_stable_words_and_name_one_rule_per_severity() {
    for (Rule r : Rule.all()) {
      assertThat(r.id()).matches("[a-z0-9-]+(\\.[a-z0-9-]+)+");
    }
    Set<String> idAndSeverity =
        Rule.all().stream().map(r -> r.id() + "/" + r.severity()).collect(Collectors.toSet());
    assertThat(idAndSeverity).hasSize(Rule.all().size());
  }

  @Test
  void no_rule_predicts_a_deactivated_reason_code() {
    // CARC 15 was deactivated by X12 on 2018-05-01 (shared/data/carc_rarc, stop_date).
    assertThat(Rule.all()).noneMatch(r -> r.defaultAdjustment().reason().value().equals("15"));
  }
}

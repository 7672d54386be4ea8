package dev.coverage.codes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coverage.core.code.ProcedureCode;
import dev.coverage.core.reference.CoveragePolicy;
import dev.coverage.core.reference.Criteria;
import dev.coverage.core.reference.Indication;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The bundled policies as a reviewed table: any change to a policy (codes, classification,
 * indications and their thresholds, prior authorization, who and where, age, frequency, denial
 * codes, dates, whether the source is secondary) changes a row, and this test fails until the
 * checked-in table {@code policies.golden.tsv} is updated with the change, in the same commit,
 * where a reviewer sees it.
 *
 * <p>On failure the current table is written to {@code target/policies.golden.actual.tsv}: compare
 * it with the checked-in one, and copy it over when the change is meant.
 */
class BundledPoliciesGoldenTest {
  static final List<String> COLUMNS =
      List.of(
          "id",
          "procedures",
          "classification",
          "indications",
          "cosmetic",
          "not_covered",
          "prior_authorization",
          "specialties",
          "facilities",
          "age",
          "frequency",
          "denial_codes",
          "effective",
          "secondary_source");

  static String render(List<CoveragePolicy> policies) {
    StringBuilder sb = new StringBuilder(String.join("\t", COLUMNS)).append('\n');
    for (CoveragePolicy p : policies) {
      List<String> procedures = new ArrayList<>();
      for (ProcedureCode c : p.procedures()) {
        procedures.add(c.value());
      }
      List<String> indications = new ArrayList<>();
      for (Indication i : p.indications()) {
        indications.add(String.join("|", i.diagnoses()) + criteria(i.requires()));
      }
      Map<String, String> denial = new TreeMap<>();
      p.denialCodes().forEach((k, v) -> denial.put(k.name(), v.toString()));
      String age =
          (p.ageAtLeast().isPresent() ? p.ageAtLeast().getAsInt() + "+" : "")
              + (p.ageAtMost().isPresent() ? "<=" + p.ageAtMost().getAsInt() : "");
      String frequency =
          p.frequency()
              .map(
                  f ->
                      f.sessions()
                          + (f.windowDays().isPresent()
                              ? "/" + f.windowDays().getAsInt() + "d"
                              : "/lifetime"))
              .orElse("");
      sb.append(
              String.join(
                  "\t",
                  p.id(),
                  String.join(" ", procedures),
                  p.classification().name(),
                  String.join("; ", indications),
                  String.join(" ", p.cosmeticDiagnoses()),
                  String.join(" ", p.nonCoveredDiagnoses()),
                  p.priorAuthorization().name(),
                  join(p.specialties()),
                  join(p.facilities()),
                  age,
                  frequency,
                  denial.toString().replace("{", "").replace("}", ""),
                  p.effective().toString(),
                  p.source().secondary() ? "yes" : "no"))
          .append('\n');
    }
    return sb.toString();
  }

  private static String criteria(Criteria c) {
    List<String> parts = new ArrayList<>();
    c.headacheDaysPerMonthAtLeast().ifPresent(v -> parts.add("headacheDays>=" + v));
    c.migraineDaysPerMonthAtLeast().ifPresent(v -> parts.add("migraineDays>=" + v));
    c.monthsOfSymptomsAtLeast().ifPresent(v -> parts.add("months>=" + v));
    c.lesionCountAtLeast().ifPresent(v -> parts.add("lesions>=" + v));
    new TreeMap<>(c.failedTherapiesAtLeast())
        .forEach((k, v) -> parts.add("failed " + k + ">=" + v));
    if (c.requiresFunctionalImpairment()) {
      parts.add("functionalImpairment");
    }
    if (c.requiresCongenital()) {
      parts.add("congenital");
    }
    c.intents().forEach(i -> parts.add("intent " + i));
    return parts.isEmpty() ? "" : " {" + String.join(", ", parts) + "}";
  }

  private static String join(Iterable<? extends Enum<?>> values) {
    List<String> names = new ArrayList<>();
    values.forEach(v -> names.add(v.name()));
    return String.join(" ", names);
  }

  @Test
  void the_bundled_policies_match_the_reviewed_table() throws IOException {
    String actual = render(BundledData.load().policies);
    String expected;
    try (InputStream in = getClass().getResourceAsStream("policies.golden.tsv")) {
      expected = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    if (!actual.equals(expected)) {
      Path out = Path.of("target", "policies.golden.actual.tsv");
      Files.createDirectories(out.getParent());
      Files.writeString(out, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual)
        .as(
            "bundled policies changed: review target/policies.golden.actual.tsv against"
                + " src/test/resources/dev/coverage/codes/policies.golden.tsv")
        .isEqualTo(expected);
  }
}

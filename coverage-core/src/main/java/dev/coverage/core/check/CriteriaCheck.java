package dev.coverage.core.check;

import dev.coverage.core.claim.ClinicalFacts;
import dev.coverage.core.claim.TherapyKind;
import dev.coverage.core.reference.Criteria;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * Compares documented facts with an indication's criteria. An unmet criterion decides (not covered)
 * even when others are unknown; otherwise any unknown leaves the answer open.
 */
final class CriteriaCheck {
  enum Outcome {
    MET,
    UNKNOWN,
    UNMET
  }

  Outcome outcome = Outcome.MET;
  @Nullable List<String> unmet;
  @Nullable List<MissingInformation> missing;

  static CriteriaCheck of(Criteria c, ClinicalFacts f) {
    CriteriaCheck r = new CriteriaCheck();
    if (c.isEmpty()) {
      return r;
    }
    r.atLeast(
        c.headacheDaysPerMonthAtLeast(),
        f.headacheDaysPerMonth(),
        MissingInformation.HEADACHE_DAYS,
        "headache days a month");
    r.atLeast(
        c.migraineDaysPerMonthAtLeast(),
        f.migraineDaysPerMonth(),
        MissingInformation.MIGRAINE_DAYS,
        "migraine days a month");
    r.atLeast(
        c.monthsOfSymptomsAtLeast(),
        f.monthsOfSymptoms(),
        MissingInformation.MONTHS_OF_SYMPTOMS,
        "months of symptoms");
    r.atLeast(c.lesionCountAtLeast(), f.lesionCount(), MissingInformation.LESION_COUNT, "lesions");
    for (Map.Entry<TherapyKind, Integer> e : c.failedTherapiesAtLeast().entrySet()) {
      r.atLeast(
          OptionalInt.of(e.getValue()),
          f.failed(e.getKey()),
          MissingInformation.failedTherapy(e.getKey()),
          "failed "
              + words(e.getKey())
              + (e.getKey() == TherapyKind.ORAL_MIGRAINE_PROPHYLAXIS ? " classes" : " trials"));
    }
    if (c.requiresFunctionalImpairment()) {
      r.flag(
          f.functionalImpairment().orElse(null),
          MissingInformation.FUNCTIONAL_IMPAIRMENT,
          "functional impairment");
    }
    if (c.requiresCongenital()) {
      r.flag(f.congenital().orElse(null), MissingInformation.CONGENITAL, "a congenital condition");
    }
    if (!c.intents().isEmpty()) {
      if (f.intent().isEmpty()) {
        r.unknown(MissingInformation.INTENT);
      } else if (!c.intents().contains(f.intent().get())) {
        r.fail(
            "a "
                + words(f.intent().get())
                + " intent (the policy covers "
                + joinWords(c.intents())
                + ")");
      }
    }
    return r;
  }

  private void atLeast(
      OptionalInt required, OptionalInt documented, MissingInformation info, String what) {
    if (required.isEmpty()) {
      return;
    }
    if (documented.isEmpty()) {
      unknown(info);
    } else if (documented.getAsInt() < required.getAsInt()) {
      fail(documented.getAsInt() + " " + what + " (at least " + required.getAsInt() + " needed)");
    }
  }

  private void flag(@Nullable Boolean documented, MissingInformation info, String what) {
    if (documented == null) {
      unknown(info);
    } else if (!documented) {
      fail("no " + what);
    }
  }

  private void unknown(MissingInformation info) {
    if (missing == null) {
      missing = new ArrayList<>(3);
    }
    missing.add(info);
    if (outcome == Outcome.MET) {
      outcome = Outcome.UNKNOWN;
    }
  }

  private void fail(String what) {
    if (unmet == null) {
      unmet = new ArrayList<>(3);
    }
    unmet.add(what);
    outcome = Outcome.UNMET;
  }

  static String words(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  private static String joinWords(Iterable<? extends Enum<?>> values) {
    StringBuilder sb = new StringBuilder();
    for (Enum<?> v : values) {
      if (sb.length() > 0) {
        sb.append(" or ");
      }
      sb.append(words(v));
    }
    return sb.toString();
  }
}

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
 *
 * <p>Met criteria, the common case, allocate nothing: the shared {@link #MET} result is returned
 * and the words for a finding are only built when a criterion fails.
 */
final class CriteriaCheck {
  enum Outcome {
    MET,
    UNKNOWN,
    UNMET
  }

  static final CriteriaCheck MET = new CriteriaCheck();

  private static final TherapyKind[] THERAPY_KINDS = TherapyKind.values();

  Outcome outcome = Outcome.MET;
  @Nullable List<String> unmet;
  @Nullable List<MissingInformation> missing;

  static CriteriaCheck of(Criteria c, ClinicalFacts f) {
    if (c.isEmpty()) {
      return MET;
    }
    CriteriaCheck r = null;
    r =
        atLeast(
            r,
            c.headacheDaysPerMonthAtLeast(),
            f.headacheDaysPerMonth(),
            MissingInformation.HEADACHE_DAYS,
            "headache days a month");
    r =
        atLeast(
            r,
            c.migraineDaysPerMonthAtLeast(),
            f.migraineDaysPerMonth(),
            MissingInformation.MIGRAINE_DAYS,
            "migraine days a month");
    r =
        atLeast(
            r,
            c.monthsOfSymptomsAtLeast(),
            f.monthsOfSymptoms(),
            MissingInformation.MONTHS_OF_SYMPTOMS,
            "months of symptoms");
    r =
        atLeast(
            r, c.lesionCountAtLeast(), f.lesionCount(), MissingInformation.LESION_COUNT, "lesions");
    Map<TherapyKind, Integer> therapies = c.failedTherapiesAtLeast();
    if (!therapies.isEmpty()) {
      // By kind rather than by entry: Guava's small maps build entry objects when iterated.
      for (TherapyKind kind : THERAPY_KINDS) {
        Integer required = therapies.get(kind);
        if (required == null) {
          continue;
        }
        Integer documented = f.failedTherapies().get(kind);
        if (documented == null) {
          r = unknown(r, MissingInformation.failedTherapy(kind));
        } else if (documented < required) {
          r =
              fail(
                  r,
                  documented
                      + " failed "
                      + words(kind)
                      + (kind == TherapyKind.ORAL_MIGRAINE_PROPHYLAXIS ? " classes" : " trials")
                      + " (at least "
                      + required
                      + " needed)");
        }
      }
    }
    if (c.requiresFunctionalImpairment()) {
      r =
          flag(
              r,
              f.functionalImpairment().orElse(null),
              MissingInformation.FUNCTIONAL_IMPAIRMENT,
              "functional impairment");
    }
    if (c.requiresCongenital()) {
      r =
          flag(
              r,
              f.congenital().orElse(null),
              MissingInformation.CONGENITAL,
              "a congenital condition");
    }
    if (!c.intents().isEmpty()) {
      if (f.intent().isEmpty()) {
        r = unknown(r, MissingInformation.INTENT);
      } else if (!c.intents().contains(f.intent().get())) {
        r =
            fail(
                r,
                "a "
                    + words(f.intent().get())
                    + " intent (the policy covers "
                    + CoverageRules.joinWords(c.intents())
                    + ")");
      }
    }
    return r == null ? MET : r;
  }

  private static @Nullable CriteriaCheck atLeast(
      @Nullable CriteriaCheck r,
      OptionalInt required,
      OptionalInt documented,
      MissingInformation info,
      String what) {
    if (required.isEmpty()) {
      return r;
    }
    if (documented.isEmpty()) {
      return unknown(r, info);
    }
    if (documented.getAsInt() < required.getAsInt()) {
      return fail(
          r, documented.getAsInt() + " " + what + " (at least " + required.getAsInt() + " needed)");
    }
    return r;
  }

  private static @Nullable CriteriaCheck flag(
      @Nullable CriteriaCheck r,
      @Nullable Boolean documented,
      MissingInformation info,
      String what) {
    if (documented == null) {
      return unknown(r, info);
    }
    return documented ? r : fail(r, "no " + what);
  }

  private static CriteriaCheck unknown(@Nullable CriteriaCheck r, MissingInformation info) {
    CriteriaCheck out = r == null ? new CriteriaCheck() : r;
    if (out.missing == null) {
      out.missing = new ArrayList<>(3);
    }
    out.missing.add(info);
    if (out.outcome == Outcome.MET) {
      out.outcome = Outcome.UNKNOWN;
    }
    return out;
  }

  private static CriteriaCheck fail(@Nullable CriteriaCheck r, String what) {
    CriteriaCheck out = r == null ? new CriteriaCheck() : r;
    if (out.unmet == null) {
      out.unmet = new ArrayList<>(3);
    }
    out.unmet.add(what);
    out.outcome = Outcome.UNMET;
    return out;
  }

  static String words(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}

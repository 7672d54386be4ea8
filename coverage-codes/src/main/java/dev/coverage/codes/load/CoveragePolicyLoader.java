package dev.coverage.codes.load;

import com.fasterxml.jackson.core.JsonToken;
import dev.coverage.codes.internal.JsonCursor;
import dev.coverage.codes.internal.TextFile;
import dev.coverage.core.ValidationException;
import dev.coverage.core.claim.FacilityKind;
import dev.coverage.core.claim.Intent;
import dev.coverage.core.claim.Sex;
import dev.coverage.core.claim.Specialty;
import dev.coverage.core.claim.TherapyKind;
import dev.coverage.core.code.ProcedureCode;
import dev.coverage.core.denial.FindingCategory;
import dev.coverage.core.denial.PredictedAdjustment;
import dev.coverage.core.reference.Citation;
import dev.coverage.core.reference.Classification;
import dev.coverage.core.reference.CoveragePolicy;
import dev.coverage.core.reference.Criteria;
import dev.coverage.core.reference.EffectiveDates;
import dev.coverage.core.reference.FrequencyLimit;
import dev.coverage.core.reference.Indication;
import dev.coverage.core.reference.PriorAuthorizationRule;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads coverage policies written as JSON, the format of the bundled policy files, so a payer's or
 * a practice's own policies can be kept as data too.
 *
 * <pre>{@code
 * {
 *   "format": "coverage-policies/1",
 *   "policySet": "commercial",
 *   "policies": [
 *     { "id": "commercial/botulinum-toxin/chronic-migraine",
 *       "title": "Botulinum toxin for chronic migraine",
 *       "procedures": ["64615", "J0585"],
 *       "classification": "MEDICAL_WITH_CRITERIA",
 *       "indications": [
 *         { "label": "chronic migraine", "diagnoses": ["G43.7", "G43.E"],
 *           "requires": { "headacheDaysPerMonthAtLeast": 15, "migraineDaysPerMonthAtLeast": 8,
 *                         "monthsOfSymptomsAtLeast": 3,
 *                         "failedTherapiesAtLeast": { "ORAL_MIGRAINE_PROPHYLAXIS": 2 } } } ],
 *       "cosmeticDiagnoses": [], "nonCoveredDiagnoses": ["G43.0"],
 *       "priorAuthorization": "REQUIRED",
 *       "specialties": ["NEUROLOGY", "HEADACHE_MEDICINE"],
 *       "facilities": ["PHYSICIAN_OFFICE", "HOSPITAL_OUTPATIENT"],
 *       "ageAtLeast": 18, "ageAtMost": null, "sexes": [],
 *       "frequency": { "sessions": 1, "windowDays": 84 },
 *       "denialCodes": { "NOT_MEDICALLY_NECESSARY": "CO-50" },
 *       "source": { "title": "...", "url": "https://...", "secondary": true },
 *       "effective": { "from": "2024-01-01", "to": null },
 *       "note": "free text for reviewers; not loaded" } ] }
 * }</pre>
 *
 * <p>{@code id}, {@code title}, {@code procedures}, {@code classification}, {@code source} and
 * {@code effective} are required; every other member may be left out. Requirements in {@code
 * requires}: {@code headacheDaysPerMonthAtLeast}, {@code migraineDaysPerMonthAtLeast}, {@code
 * monthsOfSymptomsAtLeast}, {@code lesionCountAtLeast}, {@code failedTherapiesAtLeast} (therapy
 * kind to count), {@code functionalImpairment} and {@code congenital} (true when required) and
 * {@code intents}. A frequency is {@code {"sessions": n, "windowDays": d}} or {@code {"sessions":
 * n, "lifetime": true}}. Every id starts with the file's policy set and a slash.
 *
 * <p>Strict: an unknown member, a duplicate key, a wrong type, an unknown enum name or a policy
 * that breaks a rule of {@link CoveragePolicy} throws {@link ValidationException} naming the file,
 * line, column and JSON path; nothing is returned.
 */
public final class CoveragePolicyLoader {
  /** The format this reader understands, the value of the root's {@code format}. */
  public static final String FORMAT = "coverage-policies/1";

  private CoveragePolicyLoader() {}

  /**
   * Reads a policy file.
   *
   * @param file the file
   * @return the policies, in file order
   */
  public static List<CoveragePolicy> read(Path file) {
    return read(TextFile.of(file));
  }

  /**
   * Reads a policy file from a stream, and closes it.
   *
   * @param name the name errors give ({@code .gz} means gzip)
   * @param in the stream
   * @return the policies, in file order
   */
  public static List<CoveragePolicy> read(String name, InputStream in) {
    return read(TextFile.of(name, in));
  }

  /**
   * Reads a policy file.
   *
   * @param file the file
   * @return the policies, in file order
   */
  static List<CoveragePolicy> read(TextFile file) {
    try (JsonCursor j = JsonCursor.open(file)) {
      j.expect(JsonToken.START_OBJECT, "$", "an object");
      String format = null;
      String policySet = null;
      List<CoveragePolicy> policies = null;
      long[] policiesAt = null;
      String field;
      while ((field = j.nextField("$")) != null) {
        switch (field) {
          case "format":
            format = j.string("format");
            if (!format.equals(FORMAT)) {
              throw j.error("format", "must be \"" + FORMAT + "\"");
            }
            break;
          case "policySet":
            policySet = j.string("policySet");
            if (policySet.isBlank() || policySet.contains("/")) {
              throw j.error("policySet", "is a name without slashes, such as commercial");
            }
            break;
          case "version":
            j.string("version");
            break;
          case "note":
            j.string("note");
            break;
          case "policies":
            if (policySet == null) {
              throw j.error("policies", "policySet must come before policies");
            }
            policiesAt = j.location();
            policies = policies(j, policySet);
            break;
          default:
            throw j.error(JsonCursor.member("", field), "is not a member of a policy file");
        }
      }
      j.end();
      if (format == null) {
        throw j.error("format", "is required");
      }
      if (policies == null || policies.isEmpty()) {
        throw ValidationException.inFile(
            file.name(),
            policiesAt == null ? 1 : policiesAt[0],
            policiesAt == null ? 0 : (int) policiesAt[1],
            "policies",
            "at least one policy is required");
      }
      return List.copyOf(policies);
    }
  }

  private static List<CoveragePolicy> policies(JsonCursor j, String policySet) {
    j.expect(JsonToken.START_ARRAY, "policies", "an array");
    List<CoveragePolicy> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    while (true) {
      String path = "policies[" + out.size() + "]";
      JsonToken t = j.next(path);
      if (t == JsonToken.END_ARRAY) {
        return out;
      }
      if (t != JsonToken.START_OBJECT) {
        throw j.error(path, "must be an object");
      }
      long[] at = j.location();
      CoveragePolicy policy = policy(j, path, policySet, at);
      if (!ids.add(policy.id())) {
        throw ValidationException.inFile(
            j.name(), at[0], (int) at[1], path + ".id", "is a duplicate: " + policy.id());
      }
      out.add(policy);
    }
  }

  private static CoveragePolicy policy(JsonCursor j, String path, String policySet, long[] at) {
    CoveragePolicy.Builder b = CoveragePolicy.builder().policySet(policySet);
    Set<String> required =
        new HashSet<>(Set.of("id", "title", "procedures", "classification", "source", "effective"));
    String field;
    while ((field = j.nextField(path)) != null) {
      String p = JsonCursor.member(path, field);
      required.remove(field);
      switch (field) {
        case "id":
          String id = j.string(p);
          if (!id.startsWith(policySet + "/")) {
            throw j.error(p, "must start with the policy set: " + policySet + "/");
          }
          b.id(id);
          break;
        case "title":
          b.title(j.string(p));
          break;
        case "procedures":
          j.expect(JsonToken.START_ARRAY, p, "an array of procedure codes");
          Set<ProcedureCode> codes = new HashSet<>();
          for (int i = 0; ; i++) {
            String pi = p + "[" + i + "]";
            JsonToken t = j.next(pi);
            if (t == JsonToken.END_ARRAY) {
              break;
            }
            if (t != JsonToken.VALUE_STRING) {
              throw j.error(pi, "must be a string");
            }
            String text = j.text(pi);
            ProcedureCode code;
            try {
              code = ProcedureCode.parse(pi, text);
            } catch (ValidationException e) {
              throw j.error(pi, e.rule());
            }
            if (!code.value().equals(text)) {
              throw j.error(pi, "is written in upper case");
            }
            if (!codes.add(code)) {
              throw j.error(pi, "is listed twice");
            }
            b.addProcedures(code);
          }
          break;
        case "classification":
          b.classification(j.enumValue(p, Classification.class));
          break;
        case "indications":
          indications(j, p, b);
          break;
        case "cosmeticDiagnoses":
          b.cosmeticDiagnoses(j.strings(p));
          break;
        case "nonCoveredDiagnoses":
          b.nonCoveredDiagnoses(j.strings(p));
          break;
        case "priorAuthorization":
          b.priorAuthorization(j.enumValue(p, PriorAuthorizationRule.class));
          break;
        case "specialties":
          b.addAllSpecialties(j.enums(p, Specialty.class));
          break;
        case "facilities":
          b.addAllFacilities(j.enums(p, FacilityKind.class));
          break;
        case "sexes":
          b.addAllSexes(j.enums(p, Sex.class));
          break;
        case "ageAtLeast":
          Integer min = integerOrNull(j, p);
          if (min != null) {
            b.ageAtLeast(age(j, p, min));
          }
          break;
        case "ageAtMost":
          Integer max = integerOrNull(j, p);
          if (max != null) {
            b.ageAtMost(age(j, p, max));
          }
          break;
        case "frequency":
          b.frequency(frequency(j, p));
          break;
        case "denialCodes":
          j.expect(JsonToken.START_OBJECT, p, "an object from finding category to adjustment");
          String category;
          while ((category = j.nextField(p)) != null) {
            String pc = JsonCursor.member(p, category);
            FindingCategory c = j.enumOf(category, pc, FindingCategory.class);
            String text = j.string(pc);
            try {
              b.putDenialCodes(c, PredictedAdjustment.parse(text));
            } catch (ValidationException e) {
              throw j.error(pc, e.rule());
            }
          }
          break;
        case "source":
          b.source(citation(j, p));
          break;
        case "effective":
          b.effective(effective(j, p));
          break;
        case "note":
          j.string(p);
          break;
        default:
          throw j.error(p, "is not a member of a policy");
      }
    }
    if (!required.isEmpty()) {
      throw ValidationException.inFile(
          j.name(),
          at[0],
          (int) at[1],
          path + "." + required.stream().sorted().findFirst().get(),
          "is required");
    }
    try {
      return b.build();
    } catch (ValidationException e) {
      throw e.within(path).at(j.name(), at[0], (int) at[1]);
    }
  }

  private static @Nullable Integer integerOrNull(JsonCursor j, String p) {
    JsonToken t = j.next(p);
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    if (t != JsonToken.VALUE_NUMBER_INT) {
      throw j.error(p, "must be a whole number or null");
    }
    return j.currentInt(p);
  }

  private static int age(JsonCursor j, String p, int age) {
    if (age < 0 || age > 130) {
      throw j.error(p, "is an age from 0 to 130");
    }
    return age;
  }

  private static void indications(JsonCursor j, String path, CoveragePolicy.Builder b) {
    j.expect(JsonToken.START_ARRAY, path, "an array of indications");
    int i = 0;
    while (true) {
      String p = path + "[" + i + "]";
      JsonToken t = j.next(p);
      if (t == JsonToken.END_ARRAY) {
        return;
      }
      if (t != JsonToken.START_OBJECT) {
        throw j.error(p, "must be an object");
      }
      long[] at = j.location();
      Indication.Builder ib = Indication.builder();
      boolean labelled = false;
      String field;
      while ((field = j.nextField(p)) != null) {
        switch (field) {
          case "label":
            ib.label(j.string(p + ".label"));
            labelled = true;
            break;
          case "diagnoses":
            ib.diagnoses(j.strings(p + ".diagnoses"));
            break;
          case "requires":
            ib.requires(criteria(j, p + ".requires"));
            break;
          default:
            throw j.error(JsonCursor.member(p, field), "is not a member of an indication");
        }
      }
      if (!labelled) {
        throw ValidationException.inFile(j.name(), at[0], (int) at[1], p + ".label", "is required");
      }
      try {
        b.addIndications(ib.build());
      } catch (ValidationException e) {
        throw e.within(p).at(j.name(), at[0], (int) at[1]);
      }
      i++;
    }
  }

  private static Criteria criteria(JsonCursor j, String path) {
    j.expect(JsonToken.START_OBJECT, path, "an object");
    Criteria.Builder c = Criteria.builder();
    String field;
    while ((field = j.nextField(path)) != null) {
      String p = JsonCursor.member(path, field);
      switch (field) {
        case "headacheDaysPerMonthAtLeast":
          c.headacheDaysPerMonthAtLeast(bounded(j, p, 31));
          break;
        case "migraineDaysPerMonthAtLeast":
          c.migraineDaysPerMonthAtLeast(bounded(j, p, 31));
          break;
        case "monthsOfSymptomsAtLeast":
          c.monthsOfSymptomsAtLeast(bounded(j, p, 1200));
          break;
        case "lesionCountAtLeast":
          c.lesionCountAtLeast(bounded(j, p, 10_000));
          break;
        case "failedTherapiesAtLeast":
          j.expect(JsonToken.START_OBJECT, p, "an object from therapy kind to count");
          String kind;
          while ((kind = j.nextField(p)) != null) {
            String pk = JsonCursor.member(p, kind);
            TherapyKind k = j.enumOf(kind, pk, TherapyKind.class);
            int n = j.integer(pk);
            if (n < 1 || n > 100) {
              throw j.error(pk, "is a count from 1 to 100");
            }
            c.putFailedTherapiesAtLeast(k, n);
          }
          break;
        case "functionalImpairment":
          c.requiresFunctionalImpairment(trueOnly(j, p));
          break;
        case "congenital":
          c.requiresCongenital(trueOnly(j, p));
          break;
        case "intents":
          c.addAllIntents(j.enums(p, Intent.class));
          break;
        default:
          throw j.error(p, "is not a requirement this format knows");
      }
    }
    return c.build();
  }

  private static boolean trueOnly(JsonCursor j, String p) {
    if (!j.bool(p)) {
      throw j.error(p, "is written only when required, as true");
    }
    return true;
  }

  private static int bounded(JsonCursor j, String p, int max) {
    int v = j.integer(p);
    if (v < 1 || v > max) {
      throw j.error(p, "is from 1 to " + max);
    }
    return v;
  }

  private static FrequencyLimit frequency(JsonCursor j, String path) {
    j.expect(JsonToken.START_OBJECT, path, "an object");
    Integer sessions = null;
    Integer window = null;
    boolean lifetime = false;
    String field;
    while ((field = j.nextField(path)) != null) {
      String p = JsonCursor.member(path, field);
      switch (field) {
        case "sessions":
          sessions = bounded(j, p, 1000);
          break;
        case "windowDays":
          window = bounded(j, p, 36_600);
          break;
        case "lifetime":
          lifetime = trueOnly(j, p);
          break;
        default:
          throw j.error(p, "is not a member of a frequency (sessions, windowDays, lifetime)");
      }
    }
    if (sessions == null || (window == null) == !lifetime) {
      throw j.error(path, "needs sessions and exactly one of windowDays or lifetime: true");
    }
    return lifetime ? FrequencyLimit.lifetime(sessions) : FrequencyLimit.per(sessions, window);
  }

  private static Citation citation(JsonCursor j, String path) {
    j.expect(JsonToken.START_OBJECT, path, "an object");
    String title = null;
    String url = null;
    boolean secondary = false;
    String field;
    while ((field = j.nextField(path)) != null) {
      String p = JsonCursor.member(path, field);
      switch (field) {
        case "title":
          title = j.string(p);
          break;
        case "url":
          url = j.string(p);
          if (!(url.startsWith("https://") || url.startsWith("http://"))) {
            throw j.error(p, "is an http(s) address");
          }
          break;
        case "secondary":
          secondary = j.bool(p);
          break;
        default:
          throw j.error(p, "is not a member of a source (title, url, secondary)");
      }
    }
    if (title == null || title.isBlank()) {
      throw j.error(path + ".title", "is required");
    }
    return Citation.of(title, Optional.ofNullable(url), secondary);
  }

  private static EffectiveDates effective(JsonCursor j, String path) {
    j.expect(JsonToken.START_OBJECT, path, "an object");
    LocalDate from = null;
    LocalDate to = null;
    String field;
    while ((field = j.nextField(path)) != null) {
      String p = JsonCursor.member(path, field);
      switch (field) {
        case "from":
          from = j.date(p);
          break;
        case "to":
          to = j.dateOrNull(p);
          break;
        default:
          throw j.error(p, "is not a member of effective (from, to)");
      }
    }
    if (from == null) {
      throw j.error(path + ".from", "is required");
    }
    if (to != null && to.isBefore(from)) {
      throw j.error(path + ".to", "is before from");
    }
    return EffectiveDates.between(from, to);
  }
}

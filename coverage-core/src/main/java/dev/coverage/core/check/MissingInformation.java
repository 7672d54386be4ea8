package dev.coverage.core.check;

import com.google.common.collect.Maps;
import dev.coverage.core.claim.TherapyKind;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * A piece of information a line's coverage or authorization depends on and the checker was not
 * given: the input field to fill and what it is, in words.
 */
public final class MissingInformation implements Comparable<MissingInformation> {
  /** The rendering provider's network status. */
  public static final MissingInformation NETWORK_STATUS =
      new MissingInformation("claim.networkStatus", "whether the provider is in network");

  /** The patient's age or birth date. */
  public static final MissingInformation PATIENT_AGE =
      new MissingInformation("claim.patient.age", "the patient's age or birth date");

  /** The patient's sex. */
  public static final MissingInformation PATIENT_SEX =
      new MissingInformation("claim.patient.sex", "the patient's sex");

  /** The authorizations on file. */
  public static final MissingInformation AUTHORIZATIONS =
      new MissingInformation("authorizations", "the prior authorizations on file");

  /** The patient's service history. */
  public static final MissingInformation SERVICE_HISTORY =
      new MissingInformation("history", "the patient's prior services");

  /** A coverage policy for the code. */
  public static final MissingInformation COVERAGE_POLICY =
      new MissingInformation("referenceData.procedures", "reference data for the procedure code");

  /** The stated intent. */
  public static final MissingInformation INTENT =
      new MissingInformation(
          "documentation.intent", "the documented intent (medical, reconstructive or cosmetic)");

  /** Headache days per month. */
  public static final MissingInformation HEADACHE_DAYS =
      new MissingInformation("documentation.headacheDaysPerMonth", "headache days per month");

  /** Migraine days per month. */
  public static final MissingInformation MIGRAINE_DAYS =
      new MissingInformation("documentation.migraineDaysPerMonth", "migraine days per month");

  /** Months of symptoms. */
  public static final MissingInformation MONTHS_OF_SYMPTOMS =
      new MissingInformation(
          "documentation.monthsOfSymptoms", "how many months the symptoms have lasted");

  /** Lesion count. */
  public static final MissingInformation LESION_COUNT =
      new MissingInformation("documentation.lesionCount", "the number of lesions treated");

  /** Functional impairment. */
  public static final MissingInformation FUNCTIONAL_IMPAIRMENT =
      new MissingInformation(
          "documentation.functionalImpairment", "whether there is functional impairment");

  /** Congenital. */
  public static final MissingInformation CONGENITAL =
      new MissingInformation("documentation.congenital", "whether the condition is congenital");

  private static final Map<TherapyKind, MissingInformation> THERAPIES = therapies();

  private final String field;
  private final String description;

  private MissingInformation(String field, String description) {
    this.field = field;
    this.description = description;
  }

  /**
   * The record of failed therapies of a kind.
   *
   * @param kind the therapy kind
   * @return the missing information
   */
  public static MissingInformation failedTherapy(TherapyKind kind) {
    return THERAPIES.get(kind);
  }

  private static Map<TherapyKind, MissingInformation> therapies() {
    EnumMap<TherapyKind, MissingInformation> m = new EnumMap<>(TherapyKind.class);
    for (TherapyKind k : TherapyKind.values()) {
      m.put(
          k,
          new MissingInformation(
              "documentation.failedTherapies." + k.name(),
              "whether "
                  + k.name().toLowerCase(Locale.ROOT).replace('_', ' ')
                  + " was tried and failed"));
    }
    return Maps.immutableEnumMap(m);
  }

  /** The input field to fill, as a path into the check's inputs. */
  public String field() {
    return field;
  }

  /** What it is, in words. */
  public String description() {
    return description;
  }

  @Override
  public int compareTo(MissingInformation o) {
    return field.compareTo(o.field);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MissingInformation && ((MissingInformation) o).field.equals(field);
  }

  @Override
  public int hashCode() {
    return field.hashCode();
  }

  /** The field path. */
  @Override
  public String toString() {
    return field;
  }
}

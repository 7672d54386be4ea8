package dev.coverage.core.reference;

import static dev.coverage.core.internal.Checks.require;

import dev.coverage.core.claim.FacilityKind;
import dev.coverage.core.claim.Sex;
import dev.coverage.core.claim.Specialty;
import dev.coverage.core.code.DiagnosisCode;
import dev.coverage.core.code.ProcedureCode;
import dev.coverage.core.denial.FindingCategory;
import dev.coverage.core.denial.PredictedAdjustment;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A payer coverage policy for a group of procedures, as data: how it classes them, the covered
 * indications and their documentation, the diagnoses that make them cosmetic, prior authorization,
 * who may render them and where, age and sex bounds, frequency, the adjustment codes it predicts,
 * its source and the dates it is in force.
 *
 * <p>Policies belong to a {@linkplain #policySet() set}, such as the commercial baseline or
 * Medicare Part B; a plan chooses its set.
 */
@Value.Immutable
public abstract class CoveragePolicy {
  CoveragePolicy() {}

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A stable id, such as {@code commercial/botulinum-toxin/chronic-migraine}. */
  public abstract String id();

  /** The set it belongs to, such as {@code commercial} or {@code medicare-part-b}. */
  public abstract String policySet();

  /** Our short title. */
  public abstract String title();

  /** The procedure codes it governs; at least one. */
  public abstract Set<ProcedureCode> procedures();

  /** How it classes them. */
  public abstract Classification classification();

  /** The covered indications, tried in order. */
  public abstract List<Indication> indications();

  /** Diagnoses (codes or prefixes) for which the procedures are cosmetic. */
  public abstract List<String> cosmeticDiagnoses();

  /**
   * Diagnoses (codes or prefixes) for which the procedures are plausible but not covered: billed
   * with one of them, the line is not medically necessary rather than inconsistent.
   */
  public abstract List<String> nonCoveredDiagnoses();

  /** Whether prior authorization is required. */
  @Value.Default
  public PriorAuthorizationRule priorAuthorization() {
    return PriorAuthorizationRule.NOT_REQUIRED;
  }

  /** Eligible rendering specialties; empty for any. */
  public abstract Set<Specialty> specialties();

  /** Eligible facility kinds; empty for any clinical setting. */
  public abstract Set<FacilityKind> facilities();

  /** The youngest eligible age in years. */
  public abstract OptionalInt ageAtLeast();

  /** The oldest eligible age in years. */
  public abstract OptionalInt ageAtMost();

  /** Eligible sexes; empty for any. */
  public abstract Set<Sex> sexes();

  /** The frequency limit, counted over all of {@link #procedures()}. */
  public abstract Optional<FrequencyLimit> frequency();

  /** This policy's own predicted adjustments, by category, replacing the defaults. */
  public abstract Map<FindingCategory, PredictedAdjustment> denialCodes();

  /** Where the policy comes from. */
  public abstract Citation source();

  /** The dates it is in force. */
  @Value.Default
  public EffectiveDates effective() {
    return EffectiveDates.always();
  }

  /**
   * Whether a diagnosis makes the procedures cosmetic under this policy.
   *
   * @param code a diagnosis
   * @return true when it starts with one of {@link #cosmeticDiagnoses()}
   */
  public boolean isCosmetic(DiagnosisCode code) {
    return DiagnosisPrefixes.anyMatches(cosmeticDiagnoses(), code);
  }

  /**
   * Whether a diagnosis is plausible for the procedures but not covered under this policy.
   *
   * @param code a diagnosis
   * @return true when it starts with one of {@link #nonCoveredDiagnoses()}
   */
  public boolean isNonCovered(DiagnosisCode code) {
    return DiagnosisPrefixes.anyMatches(nonCoveredDiagnoses(), code);
  }

  @Value.Check
  CoveragePolicy normalize() {
    require(!id().isBlank() && id().length() <= 120, "id", "must be 1 to 120 characters");
    require(!policySet().isBlank(), "policySet", "must not be blank");
    require(!title().isBlank(), "title", "must not be blank");
    require(!procedures().isEmpty(), "procedures", "a policy names at least one procedure code");
    require(
        classification() != Classification.MEDICAL_WITH_CRITERIA || !indications().isEmpty(),
        "indications",
        "a policy with criteria lists at least one indication");
    if (ageAtLeast().isPresent() && ageAtMost().isPresent()) {
      require(
          ageAtLeast().getAsInt() <= ageAtMost().getAsInt(),
          "ageAtMost",
          "must be at least ageAtLeast");
    }
    List<String> cosmetic = DiagnosisPrefixes.normalize(cosmeticDiagnoses(), "cosmeticDiagnoses");
    List<String> nonCovered =
        DiagnosisPrefixes.normalize(nonCoveredDiagnoses(), "nonCoveredDiagnoses");
    if (cosmetic.equals(cosmeticDiagnoses()) && nonCovered.equals(nonCoveredDiagnoses())) {
      return this;
    }
    return builder().from(this).cosmeticDiagnoses(cosmetic).nonCoveredDiagnoses(nonCovered).build();
  }

  /** Builds a {@link CoveragePolicy}. */
  public static final class Builder extends ImmutableCoveragePolicy.Builder {}
}

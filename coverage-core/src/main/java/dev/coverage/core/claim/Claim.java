package dev.coverage.core.claim;

import static dev.coverage.core.internal.Checks.require;

import dev.coverage.core.code.DiagnosisCode;
import dev.coverage.core.code.PlaceOfService;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A professional claim before submission: who was treated, by whom and where, for which diagnoses,
 * and its service lines.
 *
 * <p>Rules enforced when built (837P limits and plain consistency): one to {@value #MAX_DIAGNOSES}
 * distinct diagnoses; one to {@value #MAX_LINES} lines; every line's diagnosis pointers point to a
 * diagnosis that exists; no date of service after the submission date; a birth date, when given,
 * not after any date of service.
 *
 * <pre>{@code
 * Claim claim = Claim.builder()
 *     .claimId("C-1001")
 *     .patient(Patient.builder().age(42).sex(Sex.FEMALE).build())
 *     .provider(Provider.of(Npi.of("1234567893"), Specialty.NEUROLOGY, Credential.MD))
 *     .networkStatus(NetworkStatus.IN_NETWORK)
 *     .facility(FacilityKind.PHYSICIAN_OFFICE)
 *     .placeOfService(PlaceOfService.OFFICE)
 *     .dateOfService(LocalDate.of(2026, 3, 2))
 *     .submissionDate(LocalDate.of(2026, 3, 4))
 *     .addDiagnoses(DiagnosisCode.of("G43.709"))
 *     .addLines(line)
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Claim {
  /** The most diagnoses on a claim (837P). */
  public static final int MAX_DIAGNOSES = 12;

  /** The most service lines on a claim (837P). */
  public static final int MAX_LINES = 50;

  Claim() {}

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The practice's claim id: 1 to 38 letters, digits or {@code - _ . /}. */
  public abstract String claimId();

  /** The patient. */
  public abstract Patient patient();

  /** The rendering provider. */
  public abstract Provider provider();

  /** Whether the rendering provider is in the plan's network; {@code UNKNOWN} unless given. */
  @Value.Default
  public NetworkStatus networkStatus() {
    return NetworkStatus.UNKNOWN;
  }

  /** The kind of facility the services were rendered in. */
  public abstract FacilityKind facility();

  /** The place-of-service code billed. */
  public abstract PlaceOfService placeOfService();

  /** The date of service of every line that does not give its own. */
  public abstract LocalDate dateOfService();

  /** The date the claim is (to be) submitted; used for timely filing. */
  public abstract LocalDate submissionDate();

  /** The referral number from the primary care provider, when the plan needs one. */
  public abstract Optional<String> referralNumber();

  /** The diagnoses, in order; line pointers refer to them from 1. */
  public abstract List<DiagnosisCode> diagnoses();

  /** The service lines, in order; findings number them from 1. */
  public abstract List<ClaimLine> lines();

  /**
   * The date of service of a line: its own, or the claim's.
   *
   * @param line the line
   * @return the date the line's service was rendered
   */
  public LocalDate dateOfService(ClaimLine line) {
    Optional<LocalDate> own = line.dateOfService();
    return own.isPresent() ? own.get() : dateOfService();
  }

  /**
   * The diagnosis a pointer refers to.
   *
   * @param pointer a 1-based pointer from a line
   * @return the diagnosis
   */
  public DiagnosisCode diagnosis(int pointer) {
    return diagnoses().get(pointer - 1);
  }

  @Value.Check
  void check() {
    require(
        ClaimLine.isIdentifier(claimId(), 38),
        "claimId",
        "must be 1 to 38 letters, digits or - _ . /");
    List<DiagnosisCode> dx = diagnoses();
    require(
        !dx.isEmpty() && dx.size() <= MAX_DIAGNOSES,
        "diagnoses",
        "one to %s diagnoses on a claim, got %s",
        MAX_DIAGNOSES,
        dx.size());
    // At most twelve: comparing pairs beats hashing, and nothing is allocated unless one repeats.
    for (int i = 1; i < dx.size(); i++) {
      for (int earlier = 0; earlier < i; earlier++) {
        if (dx.get(i).equals(dx.get(earlier))) {
          require(false, "diagnoses[" + i + "]", "%s is already diagnoses[%s]", dx.get(i), earlier);
        }
      }
    }
    List<ClaimLine> lines = lines();
    require(
        !lines.isEmpty() && lines.size() <= MAX_LINES,
        "lines",
        "one to %s lines on a claim, got %s",
        MAX_LINES,
        lines.size());
    require(
        !dateOfService().isAfter(submissionDate()),
        "dateOfService",
        "is after the submission date");
    Optional<LocalDate> born = patient().birthDate();
    require(
        born.isEmpty() || !born.get().isAfter(dateOfService()),
        "patient.birthDate",
        "is after the date of service");
    for (int i = 0; i < lines.size(); i++) {
      ClaimLine line = lines.get(i);
      List<Integer> pointers = line.diagnosisPointers();
      // Field names are built only on failure: this runs for every line of every claim.
      for (int j = 0; j < pointers.size(); j++) {
        if (pointers.get(j) > dx.size()) {
          require(
              false,
              "lines[" + i + "].diagnosisPointers[" + j + "]",
              "points to diagnosis %s but the claim has %s",
              (int) pointers.get(j),
              dx.size());
        }
      }
      LocalDate date = dateOfService(line);
      if (date.isAfter(submissionDate())) {
        require(false, "lines[" + i + "].dateOfService", "is after the submission date");
      }
      require(
          born.isEmpty() || !born.get().isAfter(date),
          "patient.birthDate",
          "is after the date of service of lines[%s]",
          i);
    }
    if (referralNumber().isPresent()) {
      require(
          ClaimLine.isIdentifier(referralNumber().get(), 30),
          "referralNumber",
          "must be 1 to 30 letters, digits or - _ . /");
    }
  }

  /** Builds a {@link Claim}. */
  public static final class Builder extends ImmutableClaim.Builder {}
}

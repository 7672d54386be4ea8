package dev.coverage.core.check;

import static dev.coverage.core.check.Severity.DENIAL_LIKELY;
import static dev.coverage.core.check.Severity.REVIEW;
import static dev.coverage.core.denial.FindingCategory.DUPLICATE;
import static dev.coverage.core.denial.FindingCategory.FREQUENCY_LIMIT;

import com.google.common.primitives.ImmutableIntArray;
import dev.coverage.core.code.Modifier;
import dev.coverage.core.code.ProcedureCode;
import dev.coverage.core.plan.PriorService;
import dev.coverage.core.reference.CoveragePolicy;
import dev.coverage.core.reference.FrequencyLimit;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** Rules that need the patient's history: duplicates and frequency limits. */
final class HistoryRules {
  static final Rule DUPLICATE_IN_HISTORY =
      new Rule("duplicate.in-history", DUPLICATE, DENIAL_LIKELY, "OA-18");
  static final Rule DUPLICATE_ON_CLAIM =
      new Rule("duplicate.on-claim", DUPLICATE, DENIAL_LIKELY, "OA-18");
  static final Rule FREQUENCY_EXCEEDED =
      new Rule("frequency.exceeded", FREQUENCY_LIMIT, DENIAL_LIKELY, "CO-119");
  static final Rule FREQUENCY_UNCHECKED =
      new Rule("frequency.history-unknown", FREQUENCY_LIMIT, REVIEW, "CO-119");

  private static final Modifier REPEAT_SAME = Modifier.of("76");
  private static final Modifier REPEAT_OTHER = Modifier.of("77");
  private static final Modifier REPEAT_LAB = Modifier.of("91");

  private HistoryRules() {}

  static void apply(Evaluation ev) {
    duplicatesOnClaim(ev);
    if (ev.history != null) {
      for (LineAssessment line : ev.lines) {
        duplicateInHistory(ev, line);
      }
    }
    frequency(ev);
  }

  private static boolean isRepeat(LineAssessment line) {
    return line.line.hasModifier(REPEAT_SAME)
        || line.line.hasModifier(REPEAT_OTHER)
        || line.line.hasModifier(REPEAT_LAB);
  }

  private static void duplicatesOnClaim(Evaluation ev) {
    LineAssessment[] lines = ev.lines;
    for (int j = 1; j < lines.length; j++) {
      LineAssessment later = lines[j];
      if (isRepeat(later)) {
        continue;
      }
      for (int i = 0; i < j; i++) {
        LineAssessment earlier = lines[i];
        if (earlier.code.equals(later.code)
            && earlier.date.equals(later.date)
            && earlier.line.modifiers().equals(later.line.modifiers())) {
          ev.report(
              DUPLICATE_ON_CLAIM,
              ImmutableIntArray.of(earlier.number, later.number),
              "Lines "
                  + earlier.number
                  + " and "
                  + later.number
                  + " bill "
                  + later.code
                  + " on "
                  + later.date
                  + " with the same modifiers.",
              "Bill one line with the total units, or add the modifier that tells the services"
                  + " apart.",
              Sources.DUPLICATES,
              null);
          break;
        }
      }
    }
  }

  private static void duplicateInHistory(Evaluation ev, LineAssessment line) {
    if (isRepeat(line)) {
      return;
    }
    List<PriorService> prior = ev.history.of(line.code);
    for (int i = 0; i < prior.size(); i++) {
      PriorService p = prior.get(i);
      if (p.dateOfService().equals(line.date) && p.provider().equals(ev.claim.provider().npi())) {
        ev.report(
            DUPLICATE_IN_HISTORY,
            line,
            line.code
                + " on "
                + line.date
                + " by this provider is already in the patient's"
                + " history.",
            "Do not resubmit: check the status of the earlier claim. If the service was repeated,"
                + " add modifier 76 or 77.",
            Sources.DUPLICATES,
            null);
        return;
      }
    }
  }

  /** One finding per policy and date of service, naming every line of that session. */
  private static void frequency(Evaluation ev) {
    LineAssessment[] lines = ev.lines;
    for (int i = 0; i < lines.length; i++) {
      LineAssessment line = lines[i];
      CoveragePolicy policy = line.policy;
      if (policy == null
          || line.serviceNotCovered
          || policy.frequency().isEmpty()
          || !firstOfSession(lines, i)) {
        continue;
      }
      FrequencyLimit limit = policy.frequency().get();
      if (ev.history == null) {
        ImmutableIntArray session = sessionLines(ev, policy, line.date);
        for (int k = 0; k < session.length(); k++) {
          ev.lines[session.get(k) - 1].need(MissingInformation.SERVICE_HISTORY);
        }
        ev.report(
            FREQUENCY_UNCHECKED,
            session,
            policy.title()
                + " allows "
                + describe(limit)
                + "; without the patient's prior"
                + " services the limit was not checked.",
            "Give the patient's prior services for " + codes(policy) + ".",
            policy.source(),
            policy);
        continue;
      }
      List<LocalDate> sessions = priorSessions(ev, policy, limit, line.date);
      if (sessions.size() + 1 > limit.sessions()) {
        LocalDate next =
            limit.windowDays().isPresent()
                ? sessions
                    .get(sessions.size() - limit.sessions())
                    .plusDays(limit.windowDays().getAsInt())
                : null;
        ev.report(
            FREQUENCY_EXCEEDED,
            sessionLines(ev, policy, line.date),
            policy.title()
                + " allows "
                + describe(limit)
                + "; with "
                + line.date
                + " the patient"
                + " would have "
                + (sessions.size() + 1)
                + ".",
            next == null
                ? "Do not bill it as covered: the lifetime limit is reached."
                : "Schedule the session on or after " + next + ", when the limit allows it.",
            policy.source(),
            policy);
      }
    }
  }

  /** Whether no earlier line shares this line's policy and date. */
  private static boolean firstOfSession(LineAssessment[] lines, int i) {
    for (int j = 0; j < i; j++) {
      if (lines[j].policy == lines[i].policy && lines[j].date.equals(lines[i].date)) {
        return false;
      }
    }
    return true;
  }

  private static ImmutableIntArray sessionLines(
      Evaluation ev, CoveragePolicy policy, LocalDate date) {
    ImmutableIntArray.Builder b = ImmutableIntArray.builder(2);
    for (LineAssessment l : ev.lines) {
      if (l.policy == policy && l.date.equals(date) && !l.serviceNotCovered) {
        b.add(l.number);
      }
    }
    return b.build();
  }

  /**
   * Distinct earlier dates of service for the policy's codes inside the window ending on {@code
   * date}: from the history and from the claim's own earlier lines. Ascending.
   */
  private static List<LocalDate> priorSessions(
      Evaluation ev, CoveragePolicy policy, FrequencyLimit limit, LocalDate date) {
    List<LocalDate> dates = List.of();
    for (ProcedureCode code : policy.procedures()) {
      for (PriorService p : ev.history.of(code)) {
        dates = addIfCounted(dates, p.dateOfService(), limit, date);
      }
      for (LineAssessment l : ev.lines) {
        if (l.code.equals(code)) {
          dates = addIfCounted(dates, l.date, limit, date);
        }
      }
    }
    if (dates.size() > 1) {
      dates.sort(null);
    }
    return dates;
  }

  /** Adds an earlier date inside the window; allocates only when there is one to add. */
  private static List<LocalDate> addIfCounted(
      List<LocalDate> dates, LocalDate d, FrequencyLimit limit, LocalDate date) {
    if (!d.isBefore(date) || dates.contains(d)) {
      return dates;
    }
    if (limit.windowDays().isEmpty()
        || ChronoUnit.DAYS.between(d, date) < limit.windowDays().getAsInt()) {
      List<LocalDate> out = dates.isEmpty() ? new ArrayList<>(4) : dates;
      out.add(d);
      return out;
    }
    return dates;
  }

  private static String describe(FrequencyLimit limit) {
    String sessions = limit.sessions() + (limit.sessions() == 1 ? " session" : " sessions");
    return limit.windowDays().isPresent()
        ? sessions + " in " + limit.windowDays().getAsInt() + " days"
        : sessions + " in a lifetime";
  }

  private static String codes(CoveragePolicy policy) {
    StringBuilder sb = new StringBuilder();
    for (ProcedureCode c : policy.procedures()) {
      sb.append(sb.length() == 0 ? "" : ", ").append(c);
    }
    return sb.toString();
  }
}

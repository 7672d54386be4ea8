package dev.coverage.core.check;

import static dev.coverage.core.check.Severity.DENIAL_LIKELY;
import static dev.coverage.core.check.Severity.REVIEW;
import static dev.coverage.core.denial.FindingCategory.PRIOR_AUTHORIZATION;

import com.google.common.primitives.ImmutableIntArray;
import dev.coverage.core.code.ProcedureCode;
import dev.coverage.core.plan.Authorization;
import dev.coverage.core.plan.PriorService;
import dev.coverage.core.reference.Citation;
import dev.coverage.core.reference.CoveragePolicy;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Prior authorization: whether a line needs one, and whether the authorizations on file cover its
 * code, its date and its units, and match the number the line reports. Lines that are not covered
 * need none.
 */
final class AuthorizationRules {
  static final Rule ABSENT =
      new Rule("prior-authorization.absent", PRIOR_AUTHORIZATION, DENIAL_LIKELY, "CO-197");
  static final Rule EXPIRED =
      new Rule("prior-authorization.expired", PRIOR_AUTHORIZATION, DENIAL_LIKELY, "CO-197");
  static final Rule NOT_YET_VALID =
      new Rule("prior-authorization.not-yet-valid", PRIOR_AUTHORIZATION, DENIAL_LIKELY, "CO-197");
  static final Rule OTHER_CODES =
      new Rule("prior-authorization.for-other-codes", PRIOR_AUTHORIZATION, DENIAL_LIKELY, "CO-284");
  static final Rule UNITS_EXCEEDED =
      new Rule("prior-authorization.units-exceeded", PRIOR_AUTHORIZATION, DENIAL_LIKELY, "CO-198");
  static final Rule NUMBER_MISSING =
      new Rule("prior-authorization.number-missing", PRIOR_AUTHORIZATION, REVIEW, "CO-16/M62");
  static final Rule NUMBER_MISMATCH =
      new Rule(
          "prior-authorization.number-mismatch", PRIOR_AUTHORIZATION, DENIAL_LIKELY, "CO-16/M62");
  static final Rule UNVERIFIED =
      new Rule("prior-authorization.unverified", PRIOR_AUTHORIZATION, REVIEW, "CO-197");

  private static final String OBTAIN =
      "Obtain prior authorization before the date of service and report its number on the line.";

  private AuthorizationRules() {}

  static void apply(Evaluation ev) {
    boolean anyMatched = false;
    for (LineAssessment line : ev.lines) {
      if (line.serviceNotCovered || line.excluded) {
        line.authorization = AuthorizationStatus.NOT_REQUIRED;
        continue;
      }
      boolean byPlan = ev.plan.priorAuthorizationCodes().contains(line.code);
      if (!line.authorizationRequired && !byPlan) {
        continue;
      }
      line.matchedAuthorization = check(ev, line, byPlan);
      anyMatched |= line.matchedAuthorization != null;
    }
    if (anyMatched) {
      units(ev);
    }
  }

  private static Citation source(LineAssessment line, boolean byPlan) {
    return line.policy != null && !byPlan ? line.policy.source() : Sources.PRIOR_AUTHORIZATION;
  }

  /** Returns the authorization that satisfies the line, or null. */
  private static @Nullable Authorization check(Evaluation ev, LineAssessment line, boolean byPlan) {
    CoveragePolicy policy = line.policy;
    Citation source = source(line, byPlan);
    Optional<String> reported = line.line.authorizationNumber();
    List<Authorization> onFile = ev.authorizations;
    if (onFile == null) {
      if (reported.isPresent()) {
        line.authorization = AuthorizationStatus.CONDITIONAL;
        line.need(MissingInformation.AUTHORIZATIONS);
        ev.report(
            UNVERIFIED,
            line,
            line.code
                + " needs prior authorization; the line reports one, but no authorizations"
                + " on file were given to check its codes, dates and units.",
            "Pass the authorizations on file to the check.",
            source,
            policy);
      } else {
        line.authorization = AuthorizationStatus.REQUIRED;
        ev.report(
            ABSENT,
            line,
            line.code + " needs prior authorization and the line reports none.",
            OBTAIN,
            source,
            policy);
      }
      return null;
    }
    Authorization named = null;
    if (reported.isPresent()) {
      for (Authorization a : onFile) {
        if (a.number().equals(reported.get())) {
          named = a;
          break;
        }
      }
    }
    Authorization valid = null;
    if (named != null && named.covers(line.code) && named.isValidOn(line.date)) {
      valid = named;
    } else {
      for (Authorization a : onFile) {
        if (a.covers(line.code) && a.isValidOn(line.date)) {
          valid = a;
          break;
        }
      }
    }
    line.authorization =
        valid == null ? AuthorizationStatus.REQUIRED : AuthorizationStatus.SATISFIED;
    if (valid != null) {
      if (reported.isEmpty()) {
        ev.report(
            NUMBER_MISSING,
            line,
            "Authorization "
                + valid.number()
                + " on file covers "
                + line.code
                + " on "
                + line.date
                + ", but the line does not report its number.",
            "Report authorization number " + valid.number() + " on line " + line.number + ".",
            source,
            policy);
      } else if (valid != named) {
        ev.report(
            NUMBER_MISMATCH,
            line,
            "The line reports authorization "
                + reported.get()
                + ", which does not cover "
                + line.code
                + " on "
                + line.date
                + "; authorization "
                + valid.number()
                + " on file does.",
            "Report authorization number " + valid.number() + " on line " + line.number + ".",
            source,
            policy);
      }
      return valid;
    }
    if (named != null && !named.covers(line.code)) {
      ev.report(
          OTHER_CODES,
          line,
          "Authorization "
              + named.number()
              + " is for "
              + codes(named)
              + ", not "
              + line.code
              + ".",
          "Ask the payer to add "
              + line.code
              + " to the authorization, or obtain one for it"
              + " before the date of service.",
          source,
          policy);
      return null;
    }
    Authorization lapsed = named;
    if (lapsed == null) {
      for (Authorization a : onFile) {
        if (a.covers(line.code)) {
          lapsed = a;
          break;
        }
      }
    }
    if (lapsed != null && lapsed.validTo().isBefore(line.date)) {
      ev.report(
          EXPIRED,
          line,
          "Authorization "
              + lapsed.number()
              + " for "
              + line.code
              + " ended on "
              + lapsed.validTo()
              + ", before the date of service "
              + line.date
              + ".",
          "Obtain a renewed authorization that covers the date of service; request a"
              + " retroactive one if the payer allows it.",
          source,
          policy);
    } else if (lapsed != null) {
      ev.report(
          NOT_YET_VALID,
          line,
          "Authorization "
              + lapsed.number()
              + " for "
              + line.code
              + " starts on "
              + lapsed.validFrom()
              + ", after the date of service "
              + line.date
              + ".",
          "Reschedule the service inside the authorized dates, or ask the payer to correct them.",
          source,
          policy);
    } else {
      ev.report(
          ABSENT,
          line,
          line.code
              + " needs prior authorization and none on file covers it"
              + (reported.isPresent() ? " (the reported number is not on file)" : "")
              + ".",
          OBTAIN,
          source,
          policy);
    }
    return null;
  }

  /**
   * Units: for each authorization and each code it limits, the units already used before the
   * claim's dates plus the units this claim bills must fit. Reported once per authorization and
   * code, on the first line that bills them.
   */
  private static void units(Evaluation ev) {
    LineAssessment[] lines = ev.lines;
    for (int i = 0; i < lines.length; i++) {
      LineAssessment first = lines[i];
      Authorization auth = first.matchedAuthorization;
      if (auth == null || !firstFor(lines, i)) {
        continue;
      }
      Integer limit = auth.units().get(first.code);
      if (limit == null) {
        continue;
      }
      int billed = 0;
      LocalDate earliest = first.date;
      for (int j = i; j < lines.length; j++) {
        LineAssessment line = lines[j];
        if (line.matchedAuthorization == auth && line.code.equals(first.code)) {
          billed += line.line.units();
          earliest = line.date.isBefore(earliest) ? line.date : earliest;
        }
      }
      int used = usedBefore(ev, auth, first.code, earliest);
      if (used + billed <= limit) {
        continue;
      }
      ImmutableIntArray.Builder named = ImmutableIntArray.builder(2);
      for (int j = i; j < lines.length; j++) {
        LineAssessment line = lines[j];
        if (line.matchedAuthorization == auth && line.code.equals(first.code)) {
          line.authorization = AuthorizationStatus.REQUIRED;
          named.add(line.number);
        }
      }
      ev.report(
          UNITS_EXCEEDED,
          named.build(),
          "Authorization "
              + auth.number()
              + " allows "
              + limit
              + " units of "
              + first.code
              + (used > 0 ? "; " + used + " were already used" : "")
              + "; this claim bills "
              + billed
              + ".",
          "Ask the payer to raise the authorized units before the service, or bill only the"
              + " units authorized.",
          first.policy == null ? Sources.PRIOR_AUTHORIZATION : first.policy.source(),
          first.policy);
    }
  }

  /** Whether no earlier line bills the same code under the same authorization. */
  private static boolean firstFor(LineAssessment[] lines, int i) {
    for (int j = 0; j < i; j++) {
      if (lines[j].matchedAuthorization == lines[i].matchedAuthorization
          && lines[j].code.equals(lines[i].code)) {
        return false;
      }
    }
    return true;
  }

  private static int usedBefore(
      Evaluation ev, Authorization auth, ProcedureCode code, LocalDate before) {
    if (ev.history == null) {
      return 0;
    }
    int used = 0;
    for (PriorService p : ev.history.of(code)) {
      LocalDate d = p.dateOfService();
      if (auth.isValidOn(d) && d.isBefore(before)) {
        used += p.units();
      }
    }
    return used;
  }

  private static String codes(Authorization auth) {
    StringBuilder sb = new StringBuilder();
    for (ProcedureCode c : auth.procedures()) {
      sb.append(sb.length() == 0 ? "" : ", ").append(c);
    }
    return sb.toString();
  }
}

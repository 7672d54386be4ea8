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
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Prior authorization: whether a line needs one, and whether the authorizations on file cover its
 * code, its date and its units, and match the number the line reports. Lines that are not covered
 * need none.
 */
final class AuthorizationRules {
  static final FindingKind ABSENT =
      new FindingKind("prior-authorization.absent", PRIOR_AUTHORIZATION, DENIAL_LIKELY, "CO-197");
  static final FindingKind EXPIRED =
      new FindingKind("prior-authorization.expired", PRIOR_AUTHORIZATION, DENIAL_LIKELY, "CO-197");
  static final FindingKind NOT_YET_VALID =
      new FindingKind(
          "prior-authorization.not-yet-valid", PRIOR_AUTHORIZATION, DENIAL_LIKELY, "CO-197");
  static final FindingKind OTHER_CODES =
      new FindingKind(
          "prior-authorization.for-other-codes", PRIOR_AUTHORIZATION, DENIAL_LIKELY, "CO-15");
  static final FindingKind UNITS_EXCEEDED =
      new FindingKind(
          "prior-authorization.units-exceeded", PRIOR_AUTHORIZATION, DENIAL_LIKELY, "CO-198");
  static final FindingKind NUMBER_MISSING =
      new FindingKind("prior-authorization.number-missing", PRIOR_AUTHORIZATION, REVIEW, "CO-15");
  static final FindingKind NUMBER_MISMATCH =
      new FindingKind(
          "prior-authorization.number-mismatch", PRIOR_AUTHORIZATION, DENIAL_LIKELY, "CO-15");
  static final FindingKind UNVERIFIED =
      new FindingKind("prior-authorization.unverified", PRIOR_AUTHORIZATION, REVIEW, "CO-197");

  private static final String OBTAIN =
      "Obtain prior authorization before the date of service and report its number on the line.";

  private AuthorizationRules() {}

  static void apply(Evaluation ev) {
    Authorization[] matched = null;
    for (LineState line : ev.lines) {
      if (line.notCovered || line.excluded) {
        line.authorization = AuthorizationStatus.NOT_REQUIRED;
        continue;
      }
      boolean byPlan = ev.plan.priorAuthorizationCodes().contains(line.code);
      if (!line.authorizationRequired && !byPlan) {
        continue;
      }
      Authorization auth = check(ev, line, byPlan);
      if (auth != null) {
        if (matched == null) {
          matched = new Authorization[ev.lines.length];
        }
        matched[line.number - 1] = auth;
      }
    }
    if (matched != null) {
      units(ev, matched);
    }
  }

  private static Citation source(LineState line, boolean byPlan) {
    return line.policy != null && !byPlan ? line.policy.source() : Sources.PRIOR_AUTHORIZATION;
  }

  /** Returns the authorization that satisfies the line, or null. */
  private static @Nullable Authorization check(Evaluation ev, LineState line, boolean byPlan) {
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
      line.authorizationNumber = valid.number();
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
   * claim's dates plus the units this claim bills must fit.
   */
  private static void units(Evaluation ev, Authorization[] matched) {
    for (int i = 0; i < matched.length; i++) {
      Authorization auth = matched[i];
      if (auth == null || firstIndex(matched, auth) != i) {
        continue;
      }
      for (Map.Entry<ProcedureCode, Integer> limit : auth.units().entrySet()) {
        ProcedureCode code = limit.getKey();
        int billed = 0;
        LocalDate earliest = null;
        ImmutableIntArray.Builder lines = ImmutableIntArray.builder(2);
        for (int j = i; j < matched.length; j++) {
          LineState line = ev.lines[j];
          if (matched[j] == auth && line.code.equals(code)) {
            billed += line.line.units();
            lines.add(line.number);
            earliest = earliest == null || line.date.isBefore(earliest) ? line.date : earliest;
          }
        }
        if (billed == 0) {
          continue;
        }
        int used = usedBefore(ev, auth, code, earliest);
        if (used + billed > limit.getValue()) {
          ImmutableIntArray named = lines.build();
          for (int k = 0; k < named.length(); k++) {
            ev.lines[named.get(k) - 1].authorization = AuthorizationStatus.REQUIRED;
          }
          LineState first = ev.lines[named.get(0) - 1];
          ev.report(
              UNITS_EXCEEDED,
              named,
              "Authorization "
                  + auth.number()
                  + " allows "
                  + limit.getValue()
                  + " units of "
                  + code
                  + (used > 0 ? "; " + used + " were already used" : "")
                  + "; this claim"
                  + " bills "
                  + billed
                  + ".",
              "Ask the payer to raise the authorized units before the service, or bill only the"
                  + " units authorized.",
              first.policy == null ? Sources.PRIOR_AUTHORIZATION : first.policy.source(),
              first.policy);
        }
      }
    }
  }

  private static int firstIndex(Authorization[] matched, Authorization auth) {
    for (int i = 0; i < matched.length; i++) {
      if (matched[i] == auth) {
        return i;
      }
    }
    return -1;
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

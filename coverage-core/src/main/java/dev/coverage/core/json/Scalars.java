package dev.coverage.core.json;

import static dev.coverage.core.internal.Checks.quote;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.coverage.core.ValidationException;
import dev.coverage.core.check.AuthorizationStatus;
import dev.coverage.core.check.Coverage;
import dev.coverage.core.check.Severity;
import dev.coverage.core.check.Verdict;
import dev.coverage.core.claim.Credential;
import dev.coverage.core.claim.FacilityKind;
import dev.coverage.core.claim.Intent;
import dev.coverage.core.claim.NetworkStatus;
import dev.coverage.core.claim.Sex;
import dev.coverage.core.claim.Specialty;
import dev.coverage.core.claim.TherapyKind;
import dev.coverage.core.code.CodeSystem;
import dev.coverage.core.code.DiagnosisCode;
import dev.coverage.core.code.Modifier;
import dev.coverage.core.code.Money;
import dev.coverage.core.code.Npi;
import dev.coverage.core.code.Percent;
import dev.coverage.core.code.PlaceOfService;
import dev.coverage.core.code.ProcedureCode;
import dev.coverage.core.cost.AllowedBasis;
import dev.coverage.core.cost.Tier;
import dev.coverage.core.denial.FindingCategory;
import dev.coverage.core.denial.GroupCode;
import dev.coverage.core.denial.PredictedAdjustment;
import dev.coverage.core.denial.ReasonCode;
import dev.coverage.core.denial.RemarkCode;
import dev.coverage.core.internal.Cents;
import dev.coverage.core.plan.BenefitExclusion;
import dev.coverage.core.plan.ProductType;
import dev.coverage.core.plan.ServiceClass;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Reading and writing the values that are one JSON token: codes, amounts and percentages (strings),
 * dates (ISO strings), whole numbers, booleans, strings and enums (by name).
 *
 * <p>Each reader expects the parser on the value's token and never moves it. A token of the wrong
 * kind, or text a value type refuses, fails with the value's path and the rule; a type's own
 * message is used for its rule, because code types quote only the code.
 */
final class Scalars {
  static final EnumJson<Sex> SEX = EnumJson.of("a sex", Sex.values());
  static final EnumJson<Intent> INTENT = EnumJson.of("an intent", Intent.values());
  static final EnumJson<NetworkStatus> NETWORK_STATUS =
      EnumJson.of("a network status", NetworkStatus.values());
  static final EnumJson<FacilityKind> FACILITY_KIND =
      EnumJson.of("a facility kind", FacilityKind.values());
  static final EnumJson<Specialty> SPECIALTY = EnumJson.of("a specialty", Specialty.values());
  static final EnumJson<Credential> CREDENTIAL = EnumJson.of("a credential", Credential.values());
  static final EnumJson<TherapyKind> THERAPY_KIND =
      EnumJson.of("a therapy kind", TherapyKind.values());
  static final EnumJson<ProductType> PRODUCT_TYPE =
      EnumJson.of("a product type", ProductType.values());
  static final EnumJson<BenefitExclusion> BENEFIT_EXCLUSION =
      EnumJson.of("a benefit exclusion", BenefitExclusion.values());
  static final EnumJson<ServiceClass> SERVICE_CLASS =
      EnumJson.of("a service class", ServiceClass.values());
  static final EnumJson<FindingCategory> FINDING_CATEGORY =
      EnumJson.of("a finding category", FindingCategory.values());
  static final EnumJson<GroupCode> GROUP_CODE = EnumJson.of("a group code", GroupCode.values());
  static final EnumJson<CodeSystem> CODE_SYSTEM = EnumJson.of("a code system", CodeSystem.values());
  static final EnumJson<Verdict> VERDICT = EnumJson.of("a verdict", Verdict.values());
  static final EnumJson<Coverage> COVERAGE = EnumJson.of("a coverage", Coverage.values());
  static final EnumJson<AuthorizationStatus> AUTHORIZATION_STATUS =
      EnumJson.of("an authorization status", AuthorizationStatus.values());
  static final EnumJson<Severity> SEVERITY = EnumJson.of("a severity", Severity.values());
  static final EnumJson<Tier> TIER = EnumJson.of("a tier", Tier.values());
  static final EnumJson<AllowedBasis> ALLOWED_BASIS =
      EnumJson.of("an allowed basis", AllowedBasis.values());

  private Scalars() {}

  /** A string. */
  static String text(JsonParser p) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw Problems.wrongType(p, "a string");
    }
    return p.getText();
  }

  /** A whole number that fits an {@code int}; {@code 3.0} and {@code "3"} are refused. */
  static int integer(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NUMBER_INT) {
      if (p.getNumberType() == JsonParser.NumberType.INT) {
        return p.getIntValue();
      }
      throw Problems.here(p, "is out of range for a count");
    }
    if (t == JsonToken.VALUE_NUMBER_FLOAT) {
      throw Problems.here(p, "must be a whole number");
    }
    throw Problems.wrongType(p, "a number");
  }

  /** {@code true} or {@code false}. */
  static boolean bool(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_TRUE) {
      return true;
    }
    if (t == JsonToken.VALUE_FALSE) {
      return false;
    }
    throw Problems.wrongType(p, "true or false");
  }

  /** A JSON number read exactly, as written: {@code 12.5} stays 12.5, never a binary fraction. */
  static BigDecimal decimal(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
      throw Problems.wrongType(p, "a number");
    }
    try {
      return p.getDecimalValue();
    } catch (NumberFormatException | ArithmeticException e) {
      throw Problems.here(p, "is not a usable number (exponent out of range)");
    }
  }

  /** Writes a decimal as a JSON number, in plain notation. */
  static void writeDecimal(BigDecimal value, JsonGenerator g) throws IOException {
    g.writeNumber(value.toPlainString());
  }

  /** An ISO date, {@code 2026-03-02}; the offending text is quoted. */
  static LocalDate date(JsonParser p) throws IOException {
    String s = text(p);
    LocalDate date = parseDate(s);
    if (date == null) {
      throw Problems.here(p, "must be a calendar date written yyyy-mm-dd, got " + quote(s));
    }
    return date;
  }

  /** An ISO date that is patient data, such as a birth date: the text is never echoed. */
  static LocalDate privateDate(JsonParser p) throws IOException {
    LocalDate date = parseDate(text(p));
    if (date == null) {
      throw Problems.here(p, "must be a calendar date written yyyy-mm-dd (value not shown)");
    }
    return date;
  }

  /** Writes a date as {@code 2026-03-02}. */
  static void writeDate(LocalDate date, JsonGenerator g) throws IOException {
    int year = date.getYear();
    if (year < 1000 || year > 9999) {
      g.writeString(date.toString());
      return;
    }
    // yyyy-mm-dd, as LocalDate.toString() writes it, without building a string.
    char[] text = new char[10];
    int month = date.getMonthValue();
    int day = date.getDayOfMonth();
    text[0] = (char) ('0' + year / 1000);
    text[1] = (char) ('0' + year / 100 % 10);
    text[2] = (char) ('0' + year / 10 % 10);
    text[3] = (char) ('0' + year % 10);
    text[4] = '-';
    text[5] = (char) ('0' + month / 10);
    text[6] = (char) ('0' + month % 10);
    text[7] = '-';
    text[8] = (char) ('0' + day / 10);
    text[9] = (char) ('0' + day % 10);
    g.writeString(text, 0, 10);
  }

  /**
   * Parses {@code yyyy-mm-dd} without a formatter (the hot path), and the signed years beyond 9999
   * that {@link LocalDate#toString()} writes, so that every date written reads back.
   */
  private static @Nullable LocalDate parseDate(String s) {
    try {
      if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 7);
        int day = digits(s, 8, 10);
        return year < 0 || month < 0 || day < 0 ? null : LocalDate.of(year, month, day);
      }
      if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
        return LocalDate.parse(s);
      }
      return null;
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static int digits(String s, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }

  /** An amount: a string such as {@code "125.00"}; a JSON number is refused. */
  static Money money(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
      throw Problems.here(
          p, "an amount is a string such as \"125.00\", never a JSON number (numbers lose cents)");
    }
    if (t != JsonToken.VALUE_STRING) {
      throw Problems.wrongType(p, "an amount as a string such as \"125.00\"");
    }
    return parsed(p, p.getText(), Money::of);
  }

  /** Writes an amount as a string with two decimals. */
  static void writeMoney(Money money, JsonGenerator g) throws IOException {
    long cents = money.cents();
    if (cents == 0) {
      g.writeString(ZERO); // most steps of an estimate are zero
      return;
    }
    // As Money.toString() writes it, into a small array rather than a new string.
    char[] text = new char[Cents.MAX_CHARS];
    int at = Cents.format(cents, text);
    g.writeString(text, at, text.length - at);
  }

  private static final SerializableString ZERO = new SerializedString("0.00");

  /** A percentage: a string such as {@code "20"} or {@code "12.5"}; a JSON number is refused. */
  static Percent percent(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t != JsonToken.VALUE_STRING) {
      throw Problems.wrongType(p, "a percentage as a string such as \"20\" or \"12.5\"");
    }
    return parsed(p, p.getText(), Percent::of);
  }

  /** A procedure code, such as {@code "64615"}. */
  static ProcedureCode procedure(JsonParser p) throws IOException {
    return parsed(p, codeText(p, "a procedure code"), ProcedureCode::of);
  }

  /** A diagnosis code, dotted ({@code "G43.709"}) or not ({@code "G43709"}). */
  static DiagnosisCode diagnosis(JsonParser p) throws IOException {
    return parsed(p, codeText(p, "a diagnosis code"), DiagnosisCode::of);
  }

  /** A modifier, such as {@code "25"}. */
  static Modifier modifier(JsonParser p) throws IOException {
    return parsed(p, codeText(p, "a modifier"), Modifier::of);
  }

  /** A place of service, two digits as a string: {@code "11"}. */
  static PlaceOfService placeOfService(JsonParser p) throws IOException {
    return parsed(p, codeText(p, "a place of service such as \"11\""), PlaceOfService::of);
  }

  /** An NPI, ten digits as a string. */
  static Npi npi(JsonParser p) throws IOException {
    return parsed(p, codeText(p, "an NPI of ten digits"), Npi::of);
  }

  /** A claim adjustment reason code, such as {@code "50"}. */
  static ReasonCode reason(JsonParser p) throws IOException {
    return parsed(p, codeText(p, "a reason code"), ReasonCode::of);
  }

  /** A remark code, such as {@code "N425"}. */
  static RemarkCode remark(JsonParser p) throws IOException {
    return parsed(p, codeText(p, "a remark code"), RemarkCode::of);
  }

  /** A predicted adjustment, such as {@code "CO-50"} or {@code "PR-96/N425"}. */
  static PredictedAdjustment adjustment(JsonParser p) throws IOException {
    return parsed(p, codeText(p, "an adjustment such as \"CO-50\""), PredictedAdjustment::parse);
  }

  /**
   * A map key read by a value type's parser, such as a procedure code keying a fee schedule.
   *
   * @param parse the type's parser, such as {@code ProcedureCode::of}
   */
  static <T> KeyFunction<T> key(Function<String, T> parse) {
    return (p, name) -> parsed(p, name, parse);
  }

  /** Text a value type parses; its refusal becomes a failure at the value's path. */
  private static <T> T parsed(JsonParser p, String text, Function<String, T> parse)
      throws IOException {
    try {
      return parse.apply(text);
    } catch (ValidationException e) {
      throw Problems.refused(p, e);
    }
  }

  /** Codes are strings even when they look like numbers: {@code 11} would lose a leading zero. */
  private static String codeText(JsonParser p, String what) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw Problems.wrongType(p, "a string (" + what + ")");
    }
    return p.getText();
  }
}

package dev.coverage.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import dev.coverage.core.ValidationException;
import dev.coverage.core.claim.ClinicalFacts;
import dev.coverage.core.claim.TherapyKind;
import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;

/**
 * {@link ClinicalFacts}: every fact optional, absent meaning unknown; {@code failedTherapies} is an
 * object keyed by {@link TherapyKind} name, {@code treatedAreaSquareCm} a JSON number read exactly.
 *
 * <pre>{@code
 * {"intent":"MEDICAL","headacheDaysPerMonth":20,"failedTherapies":{"ORAL_MIGRAINE_PROPHYLAXIS":2}}
 * }</pre>
 */
final class ClinicalFactsJson {
  static final Fields FIELDS =
      Fields.of("clinical facts")
          .optional(
              "intent",
              "headacheDaysPerMonth",
              "migraineDaysPerMonth",
              "monthsOfSymptoms",
              "failedTherapies",
              "lesionCount",
              "treatedAreaSquareCm",
              "functionalImpairment",
              "congenital")
          .build();

  private ClinicalFactsJson() {}

  static ClinicalFacts read(JsonParser p) throws IOException {
    ClinicalFacts.Builder b = ClinicalFacts.builder();
    int seen = 0;
    for (String name = FIELDS.first(p); name != null; name = p.nextFieldName()) {
      seen = FIELDS.enter(p, name, seen);
      if (Fields.isNull(p)) {
        continue;
      }
      switch (name) {
        case "intent" -> b.intent(Scalars.INTENT.read(p));
        case "headacheDaysPerMonth" -> b.headacheDaysPerMonth(Scalars.integer(p));
        case "migraineDaysPerMonth" -> b.migraineDaysPerMonth(Scalars.integer(p));
        case "monthsOfSymptoms" -> b.monthsOfSymptoms(Scalars.integer(p));
        case "failedTherapies" -> b.failedTherapies(failedTherapies(p));
        case "lesionCount" -> b.lesionCount(Scalars.integer(p));
        case "treatedAreaSquareCm" -> b.treatedAreaSquareCm(Scalars.decimal(p));
        case "functionalImpairment" -> b.functionalImpairment(Scalars.bool(p));
        case "congenital" -> b.congenital(Scalars.bool(p));
        default -> throw Problems.here(p, "is not a property of " + FIELDS.what());
      }
    }
    FIELDS.end(p, seen);
    try {
      return b.build();
    } catch (ValidationException e) {
      throw Problems.invalid(p, e);
    }
  }

  private static Map<TherapyKind, Integer> failedTherapies(JsonParser p) throws IOException {
    return Containers.map(
        p,
        "counts keyed by therapy kind",
        Scalars.THERAPY_KIND::key,
        Scalars::integer,
        new EnumMap<>(TherapyKind.class));
  }

  static void write(ClinicalFacts v, JsonGenerator g) throws IOException {
    g.writeStartObject();
    if (v.intent().isPresent()) {
      g.writeStringField("intent", v.intent().get().name());
    }
    if (v.headacheDaysPerMonth().isPresent()) {
      g.writeNumberField("headacheDaysPerMonth", v.headacheDaysPerMonth().getAsInt());
    }
    if (v.migraineDaysPerMonth().isPresent()) {
      g.writeNumberField("migraineDaysPerMonth", v.migraineDaysPerMonth().getAsInt());
    }
    if (v.monthsOfSymptoms().isPresent()) {
      g.writeNumberField("monthsOfSymptoms", v.monthsOfSymptoms().getAsInt());
    }
    if (!v.failedTherapies().isEmpty()) {
      g.writeObjectFieldStart("failedTherapies");
      for (Map.Entry<TherapyKind, Integer> e : v.failedTherapies().entrySet()) {
        g.writeNumberField(e.getKey().name(), e.getValue());
      }
      g.writeEndObject();
    }
    if (v.lesionCount().isPresent()) {
      g.writeNumberField("lesionCount", v.lesionCount().getAsInt());
    }
    if (v.treatedAreaSquareCm().isPresent()) {
      g.writeFieldName("treatedAreaSquareCm");
      Scalars.writeDecimal(v.treatedAreaSquareCm().get(), g);
    }
    if (v.functionalImpairment().isPresent()) {
      g.writeBooleanField("functionalImpairment", v.functionalImpairment().get());
    }
    if (v.congenital().isPresent()) {
      g.writeBooleanField("congenital", v.congenital().get());
    }
    g.writeEndObject();
  }
}

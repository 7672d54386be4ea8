package dev.coverage.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import dev.coverage.core.ValidationException;
import dev.coverage.core.code.Modifier;
import dev.coverage.core.plan.PriorService;
import java.io.IOException;

/**
 * {@link PriorService}:
 *
 * <pre>{@code
 * {"procedure":"64615","dateOfService":"2025-12-01","provider":"1234567893","units":1,
 *  "modifiers":["25"]}
 * }</pre>
 */
final class PriorServiceJson {
  static final Fields FIELDS =
      Fields.of("a prior service")
          .required("procedure", "dateOfService", "provider")
          .optional("units", "modifiers")
          .build();

  private PriorServiceJson() {}

  static PriorService read(JsonParser p) throws IOException {
    PriorService.Builder b = PriorService.builder();
    int seen = 0;
    for (String name = FIELDS.first(p); name != null; name = p.nextFieldName()) {
      seen = FIELDS.enter(p, name, seen);
      if (Fields.isNull(p)) {
        continue;
      }
      switch (name) {
        case "procedure" -> b.procedure(Scalars.procedure(p));
        case "dateOfService" -> b.dateOfService(Scalars.date(p));
        case "provider" -> b.provider(Scalars.npi(p));
        case "units" -> b.units(Scalars.integer(p));
        case "modifiers" -> b.modifiers(Containers.list(p, "modifiers", Scalars::modifier));
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

  static void write(PriorService v, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("procedure", v.procedure().value());
    g.writeFieldName("dateOfService");
    Scalars.writeDate(v.dateOfService(), g);
    g.writeStringField("provider", v.provider().value());
    g.writeNumberField("units", v.units());
    if (!v.modifiers().isEmpty()) {
      g.writeArrayFieldStart("modifiers");
      for (Modifier m : v.modifiers()) {
        g.writeString(m.value());
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }
}

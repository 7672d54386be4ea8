package dev.coverage.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import dev.coverage.core.ValidationException;
import dev.coverage.core.code.ProcedureCode;
import dev.coverage.core.plan.Authorization;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@link Authorization}:
 *
 * <pre>{@code
 * {"number":"PA-88412","procedures":["64615","J0585"],"units":{"J0585":400},
 *  "validFrom":"2026-02-15","validTo":"2026-08-14"}
 * }</pre>
 */
final class AuthorizationJson {
  static final Fields FIELDS =
      Fields.of("an authorization")
          .required("number", "procedures")
          .optional("units")
          .required("validFrom", "validTo")
          .build();

  private AuthorizationJson() {}

  static Authorization read(JsonParser p) throws IOException {
    Authorization.Builder b = Authorization.builder();
    int seen = 0;
    for (String name = FIELDS.first(p); name != null; name = p.nextFieldName()) {
      seen = FIELDS.enter(p, name, seen);
      if (Fields.isNull(p)) {
        continue;
      }
      switch (name) {
        case "number" -> b.number(Scalars.text(p));
        case "procedures" -> b.procedures(Containers.set(p, "procedure codes", Scalars::procedure));
        case "units" ->
            b.units(
                Containers.map(
                    p,
                    "unit counts keyed by procedure code",
                    PlanJson.PROCEDURE_KEY,
                    Scalars::integer,
                    new LinkedHashMap<>()));
        case "validFrom" -> b.validFrom(Scalars.date(p));
        case "validTo" -> b.validTo(Scalars.date(p));
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

  static void write(Authorization v, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("number", v.number());
    g.writeArrayFieldStart("procedures");
    for (ProcedureCode code : v.procedures()) {
      g.writeString(code.value());
    }
    g.writeEndArray();
    if (!v.units().isEmpty()) {
      g.writeObjectFieldStart("units");
      for (Map.Entry<ProcedureCode, Integer> e : v.units().entrySet()) {
        g.writeNumberField(e.getKey().value(), e.getValue());
      }
      g.writeEndObject();
    }
    g.writeFieldName("validFrom");
    Scalars.writeDate(v.validFrom(), g);
    g.writeFieldName("validTo");
    Scalars.writeDate(v.validTo(), g);
    g.writeEndObject();
  }
}

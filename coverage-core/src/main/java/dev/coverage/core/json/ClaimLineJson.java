package dev.coverage.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import dev.coverage.core.ValidationException;
import dev.coverage.core.claim.ClaimLine;
import dev.coverage.core.code.Modifier;
import java.io.IOException;
import java.util.List;

/**
 * {@link ClaimLine}:
 *
 * <pre>{@code
 * {"procedure":"J0585","modifiers":["JZ"],"units":155,"charge":"930.00","diagnosisPointers":[1],
 *  "dateOfService":"2026-03-02","authorizationNumber":"PA-88412"}
 * }</pre>
 */
final class ClaimLineJson {
  static final Fields FIELDS =
      Fields.of("a claim line")
          .required("procedure")
          .optional("modifiers", "units")
          .required("charge", "diagnosisPointers")
          .optional("dateOfService", "authorizationNumber")
          .build();

  private ClaimLineJson() {}

  static ClaimLine read(JsonParser p) throws IOException {
    ClaimLine.Builder b = ClaimLine.builder();
    int seen = 0;
    for (String name = FIELDS.first(p); name != null; name = p.nextFieldName()) {
      seen = FIELDS.enter(p, name, seen);
      if (Fields.isNull(p)) {
        continue;
      }
      switch (name) {
        case "procedure" -> b.procedure(Scalars.procedure(p));
        case "modifiers" -> b.modifiers(Containers.list(p, "modifiers", Scalars::modifier));
        case "units" -> b.units(Scalars.integer(p));
        case "charge" -> b.charge(Scalars.money(p));
        case "diagnosisPointers" ->
            b.diagnosisPointers(Containers.list(p, "pointers from 1", Scalars::integer));
        case "dateOfService" -> b.dateOfService(Scalars.date(p));
        case "authorizationNumber" -> b.authorizationNumber(Scalars.text(p));
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

  static void write(ClaimLine v, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("procedure", v.procedure().value());
    List<Modifier> modifiers = v.modifiers();
    if (!modifiers.isEmpty()) {
      g.writeArrayFieldStart("modifiers");
      for (int i = 0; i < modifiers.size(); i++) {
        g.writeString(modifiers.get(i).value());
      }
      g.writeEndArray();
    }
    g.writeNumberField("units", v.units());
    g.writeFieldName("charge");
    Scalars.writeMoney(v.charge(), g);
    List<Integer> pointers = v.diagnosisPointers();
    g.writeArrayFieldStart("diagnosisPointers");
    for (int i = 0; i < pointers.size(); i++) {
      g.writeNumber(pointers.get(i));
    }
    g.writeEndArray();
    if (v.dateOfService().isPresent()) {
      g.writeFieldName("dateOfService");
      Scalars.writeDate(v.dateOfService().get(), g);
    }
    if (v.authorizationNumber().isPresent()) {
      g.writeStringField("authorizationNumber", v.authorizationNumber().get());
    }
    g.writeEndObject();
  }
}

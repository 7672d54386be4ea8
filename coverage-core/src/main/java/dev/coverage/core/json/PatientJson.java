package dev.coverage.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import dev.coverage.core.ValidationException;
import dev.coverage.core.claim.Patient;
import java.io.IOException;

/**
 * {@link Patient}: {@code {"age":42,"sex":"FEMALE","memberId":"..."}}. Every property is optional.
 * Member id, names and birth date are patient data: no failure message repeats them.
 */
final class PatientJson {
  static final Fields FIELDS =
      Fields.of("a patient")
          .optional("age", "birthDate", "sex", "memberId", "givenName", "familyName")
          .holdingPatientData()
          .build();

  private PatientJson() {}

  static Patient read(JsonParser p) throws IOException {
    Patient.Builder b = Patient.builder();
    int seen = 0;
    for (String name = FIELDS.first(p); name != null; name = p.nextFieldName()) {
      seen = FIELDS.enter(p, name, seen);
      if (Fields.isNull(p)) {
        continue;
      }
      switch (name) {
        case "age" -> b.age(Scalars.integer(p));
        case "birthDate" -> b.birthDate(Scalars.privateDate(p));
        case "sex" -> b.sex(Scalars.SEX.read(p));
        case "memberId" -> b.memberId(Scalars.text(p));
        case "givenName" -> b.givenName(Scalars.text(p));
        case "familyName" -> b.familyName(Scalars.text(p));
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

  static void write(Patient v, JsonGenerator g) throws IOException {
    g.writeStartObject();
    if (v.age().isPresent()) {
      g.writeNumberField("age", v.age().getAsInt());
    }
    if (v.birthDate().isPresent()) {
      g.writeFieldName("birthDate");
      Scalars.writeDate(v.birthDate().get(), g);
    }
    g.writeStringField("sex", v.sex().name());
    if (v.memberId().isPresent()) {
      g.writeStringField("memberId", v.memberId().get());
    }
    if (v.givenName().isPresent()) {
      g.writeStringField("givenName", v.givenName().get());
    }
    if (v.familyName().isPresent()) {
      g.writeStringField("familyName", v.familyName().get());
    }
    g.writeEndObject();
  }
}

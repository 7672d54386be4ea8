package dev.coverage.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import dev.coverage.core.ValidationException;
import dev.coverage.core.claim.Provider;
import java.io.IOException;

/** {@link Provider}: {@code {"npi":"1234567893","specialty":"NEUROLOGY","credential":"MD"}}. */
final class ProviderJson {
  static final Fields FIELDS =
      Fields.of("a provider").required("npi", "specialty", "credential").build();

  private ProviderJson() {}

  static Provider read(JsonParser p) throws IOException {
    Provider.Builder b = Provider.builder();
    int seen = 0;
    for (String name = FIELDS.first(p); name != null; name = p.nextFieldName()) {
      seen = FIELDS.enter(p, name, seen);
      switch (name) {
        case "npi" -> b.npi(Scalars.npi(p));
        case "specialty" -> b.specialty(Scalars.SPECIALTY.read(p));
        case "credential" -> b.credential(Scalars.CREDENTIAL.read(p));
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

  static void write(Provider v, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("npi", v.npi().value());
    g.writeStringField("specialty", v.specialty().name());
    g.writeStringField("credential", v.credential().name());
    g.writeEndObject();
  }
}

package dev.coverage.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.coverage.core.ValidationException;
import dev.coverage.core.plan.PriorService;
import dev.coverage.core.plan.ServiceHistory;
import java.io.IOException;

/**
 * {@link ServiceHistory}: written {@code {"services":[...]}} so that the shape can grow; read from
 * that object or from a bare array of prior services.
 */
final class ServiceHistoryJson {
  static final Fields FIELDS = Fields.of("a service history").optional("services").build();

  private ServiceHistoryJson() {}

  static ServiceHistory read(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.START_ARRAY) {
      return build(p, ServiceHistory.builder().services(services(p)));
    }
    if (t != JsonToken.START_OBJECT && t != JsonToken.FIELD_NAME) {
      throw Problems.wrongType(p, "an object {\"services\":[...]} or an array of prior services");
    }
    ServiceHistory.Builder b = ServiceHistory.builder();
    int seen = 0;
    for (String name = FIELDS.first(p); name != null; name = p.nextFieldName()) {
      seen = FIELDS.enter(p, name, seen);
      if (Fields.isNull(p)) {
        continue;
      }
      if (name.equals("services")) {
        b.services(services(p));
      } else {
        throw Problems.here(p, "is not a property of " + FIELDS.what());
      }
    }
    FIELDS.end(p, seen);
    return build(p, b);
  }

  private static Iterable<PriorService> services(JsonParser p) throws IOException {
    return Containers.list(p, "prior services", PriorServiceJson::read);
  }

  private static ServiceHistory build(JsonParser p, ServiceHistory.Builder b) throws IOException {
    try {
      return b.build();
    } catch (ValidationException e) {
      throw Problems.invalid(p, e);
    }
  }

  static void write(ServiceHistory v, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeArrayFieldStart("services");
    for (PriorService s : v.services()) {
      PriorServiceJson.write(s, g);
    }
    g.writeEndArray();
    g.writeEndObject();
  }
}

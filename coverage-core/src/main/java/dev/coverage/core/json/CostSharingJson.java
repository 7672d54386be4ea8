package dev.coverage.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import dev.coverage.core.ValidationException;
import dev.coverage.core.code.Money;
import dev.coverage.core.plan.CostSharing;
import dev.coverage.core.plan.ServiceClass;
import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;

/**
 * {@link CostSharing}: amounts and the coinsurance as strings, copays keyed by {@link ServiceClass}
 * name.
 *
 * <pre>{@code
 * {"deductible":"1500.00","coinsurance":"20","copays":{"SPECIALIST_VISIT":"50.00"},
 *  "outOfPocketMaximum":"6000.00"}
 * }</pre>
 */
final class CostSharingJson {
  static final Fields FIELDS =
      Fields.of("cost sharing")
          .optional("deductible", "coinsurance", "copays", "outOfPocketMaximum")
          .build();

  private CostSharingJson() {}

  static CostSharing read(JsonParser p) throws IOException {
    CostSharing.Builder b = CostSharing.builder();
    int seen = 0;
    for (String name = FIELDS.first(p); name != null; name = p.nextFieldName()) {
      seen = FIELDS.enter(p, name, seen);
      if (Fields.isNull(p)) {
        continue;
      }
      switch (name) {
        case "deductible" -> b.deductible(Scalars.money(p));
        case "coinsurance" -> b.coinsurance(Scalars.percent(p));
        case "copays" ->
            b.copays(
                Containers.map(
                    p,
                    "amounts keyed by service class",
                    Scalars.SERVICE_CLASS::key,
                    Scalars::money,
                    new EnumMap<>(ServiceClass.class)));
        case "outOfPocketMaximum" -> b.outOfPocketMaximum(Scalars.money(p));
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

  static void write(CostSharing v, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeFieldName("deductible");
    Scalars.writeMoney(v.deductible(), g);
    g.writeStringField("coinsurance", v.coinsurance().toString());
    if (!v.copays().isEmpty()) {
      g.writeObjectFieldStart("copays");
      for (Map.Entry<ServiceClass, Money> e : v.copays().entrySet()) {
        g.writeFieldName(e.getKey().name());
        Scalars.writeMoney(e.getValue(), g);
      }
      g.writeEndObject();
    }
    if (v.outOfPocketMaximum().isPresent()) {
      g.writeFieldName("outOfPocketMaximum");
      Scalars.writeMoney(v.outOfPocketMaximum().get(), g);
    }
    g.writeEndObject();
  }
}

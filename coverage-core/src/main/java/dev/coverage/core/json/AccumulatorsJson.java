package dev.coverage.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import dev.coverage.core.ValidationException;
import dev.coverage.core.plan.Accumulators;
import java.io.IOException;

/**
 * {@link Accumulators}: four amounts as strings, each {@code "0.00"} when omitted.
 *
 * <pre>{@code
 * {"deductibleMet":"400.00","outOfPocketMet":"650.00","outOfNetworkDeductibleMet":"0.00",
 *  "outOfNetworkOutOfPocketMet":"0.00"}
 * }</pre>
 */
final class AccumulatorsJson {
  static final Fields FIELDS =
      Fields.of("accumulators")
          .optional(
              "deductibleMet",
              "outOfPocketMet",
              "outOfNetworkDeductibleMet",
              "outOfNetworkOutOfPocketMet")
          .build();

  private AccumulatorsJson() {}

  static Accumulators read(JsonParser p) throws IOException {
    Accumulators.Builder b = Accumulators.builder();
    int seen = 0;
    for (String name = FIELDS.first(p); name != null; name = p.nextFieldName()) {
      seen = FIELDS.enter(p, name, seen);
      if (Fields.isNull(p)) {
        continue;
      }
      switch (name) {
        case "deductibleMet" -> b.deductibleMet(Scalars.money(p));
        case "outOfPocketMet" -> b.outOfPocketMet(Scalars.money(p));
        case "outOfNetworkDeductibleMet" -> b.outOfNetworkDeductibleMet(Scalars.money(p));
        case "outOfNetworkOutOfPocketMet" -> b.outOfNetworkOutOfPocketMet(Scalars.money(p));
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

  static void write(Accumulators v, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("deductibleMet", v.deductibleMet().toString());
    g.writeStringField("outOfPocketMet", v.outOfPocketMet().toString());
    g.writeStringField("outOfNetworkDeductibleMet", v.outOfNetworkDeductibleMet().toString());
    g.writeStringField("outOfNetworkOutOfPocketMet", v.outOfNetworkOutOfPocketMet().toString());
    g.writeEndObject();
  }
}

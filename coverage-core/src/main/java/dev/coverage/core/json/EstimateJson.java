package dev.coverage.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.coverage.core.code.Money;
import dev.coverage.core.cost.Estimate;
import dev.coverage.core.cost.LineEstimate;
import java.io.IOException;
import java.util.List;

/**
 * {@link Estimate} and {@link LineEstimate}, written only, every step shown: amounts are strings
 * with two decimals, as everywhere. The claim's totals come before its lines; {@code selfPayTotal}
 * is the good-faith-estimate figure; {@code outOfPocketRemainingBefore} is omitted when the tier
 * has no maximum.
 *
 * <pre>{@code
 * {"tier":"IN_NETWORK","inNetwork":true,"assumedInNetwork":false,
 *  "deductibleRemainingBefore":"1000.00","outOfPocketRemainingBefore":"5000.00",
 *  "charge":"450.00","allowed":"450.00","copay":"0.00","deductible":"450.00",
 *  "coinsurance":"0.00","capReduction":"0.00","planPays":"0.00","patientOwes":"450.00",
 *  "costShare":"450.00","balanceBill":"0.00","patientTotal":"450.00","selfPayTotal":"0.00",
 *  "lines":[{"line":1,"basis":"BILLED_CHARGE","charge":"450.00","allowed":"450.00",
 *  "copay":"0.00","deductible":"450.00","coinsurance":"0.00","capReduction":"0.00",
 *  "planPays":"0.00","patientOwes":"450.00","balanceBill":"0.00","patientTotal":"450.00",
 *  "selfPay":false,"hsaEligible":true}]}
 * }</pre>
 */
final class EstimateJson {
  private EstimateJson() {}

  static void write(Estimate v, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("tier", v.tier().name());
    g.writeBooleanField("inNetwork", v.inNetwork());
    g.writeBooleanField("assumedInNetwork", v.assumedInNetwork());
    money("deductibleRemainingBefore", v.deductibleRemainingBefore(), g);
    if (v.outOfPocketRemainingBefore().isPresent()) {
      money("outOfPocketRemainingBefore", v.outOfPocketRemainingBefore().get(), g);
    }
    money("charge", v.charge(), g);
    money("allowed", v.allowed(), g);
    money("copay", v.copay(), g);
    money("deductible", v.deductible(), g);
    money("coinsurance", v.coinsurance(), g);
    money("capReduction", v.capReduction(), g);
    money("planPays", v.planPays(), g);
    money("patientOwes", v.patientOwes(), g);
    money("costShare", v.costShare(), g);
    money("balanceBill", v.balanceBill(), g);
    money("patientTotal", v.patientTotal(), g);
    money("selfPayTotal", v.selfPayTotal(), g);
    List<LineEstimate> lines = v.lines();
    g.writeArrayFieldStart("lines");
    for (int i = 0; i < lines.size(); i++) {
      writeLine(lines.get(i), g);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  static void writeLine(LineEstimate v, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeNumberField("line", v.line());
    g.writeStringField("basis", v.basis().name());
    money("charge", v.charge(), g);
    money("allowed", v.allowed(), g);
    money("copay", v.copay(), g);
    money("deductible", v.deductible(), g);
    money("coinsurance", v.coinsurance(), g);
    money("capReduction", v.capReduction(), g);
    money("planPays", v.planPays(), g);
    money("patientOwes", v.patientOwes(), g);
    money("balanceBill", v.balanceBill(), g);
    money("patientTotal", v.patientTotal(), g);
    g.writeBooleanField("selfPay", v.selfPay());
    g.writeBooleanField("hsaEligible", v.hsaEligible());
    g.writeEndObject();
  }

  private static void money(String name, Money amount, JsonGenerator g) throws IOException {
    g.writeFieldName(name);
    Scalars.writeMoney(amount, g);
  }
}

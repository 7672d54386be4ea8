package dev.coverage.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
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
  private static final SerializableString TIER_ = new SerializedString("tier");
  private static final SerializableString BASIS_ = new SerializedString("basis");
  private static final SerializableString LINE_ = new SerializedString("line");
  private static final SerializableString IN_NETWORK_ = new SerializedString("inNetwork");
  private static final SerializableString ASSUMED_IN_NETWORK_ =
      new SerializedString("assumedInNetwork");
  private static final SerializableString SELF_PAY_ = new SerializedString("selfPay");
  private static final SerializableString HSA_ELIGIBLE_ = new SerializedString("hsaEligible");
  private static final SerializableString LINES_ = new SerializedString("lines");
  private static final SerializableString DEDUCTIBLE_REMAINING_BEFORE_ =
      new SerializedString("deductibleRemainingBefore");
  private static final SerializableString OUT_OF_POCKET_REMAINING_BEFORE_ =
      new SerializedString("outOfPocketRemainingBefore");
  private static final SerializableString CHARGE_ = new SerializedString("charge");
  private static final SerializableString ALLOWED_ = new SerializedString("allowed");
  private static final SerializableString COPAY_ = new SerializedString("copay");
  private static final SerializableString DEDUCTIBLE_ = new SerializedString("deductible");
  private static final SerializableString COINSURANCE_ = new SerializedString("coinsurance");
  private static final SerializableString CAP_REDUCTION_ = new SerializedString("capReduction");
  private static final SerializableString PLAN_PAYS_ = new SerializedString("planPays");
  private static final SerializableString PATIENT_OWES_ = new SerializedString("patientOwes");
  private static final SerializableString COST_SHARE_ = new SerializedString("costShare");
  private static final SerializableString BALANCE_BILL_ = new SerializedString("balanceBill");
  private static final SerializableString PATIENT_TOTAL_ = new SerializedString("patientTotal");
  private static final SerializableString SELF_PAY_TOTAL_ = new SerializedString("selfPayTotal");

  private EstimateJson() {}

  static void write(Estimate v, JsonGenerator g) throws IOException {
    g.writeStartObject();
    Out.string(g, TIER_, v.tier());
    Out.bool(g, IN_NETWORK_, v.inNetwork());
    Out.bool(g, ASSUMED_IN_NETWORK_, v.assumedInNetwork());
    money(DEDUCTIBLE_REMAINING_BEFORE_, v.deductibleRemainingBefore(), g);
    if (v.outOfPocketRemainingBefore().isPresent()) {
      money(OUT_OF_POCKET_REMAINING_BEFORE_, v.outOfPocketRemainingBefore().get(), g);
    }
    money(CHARGE_, v.charge(), g);
    money(ALLOWED_, v.allowed(), g);
    money(COPAY_, v.copay(), g);
    money(DEDUCTIBLE_, v.deductible(), g);
    money(COINSURANCE_, v.coinsurance(), g);
    money(CAP_REDUCTION_, v.capReduction(), g);
    money(PLAN_PAYS_, v.planPays(), g);
    money(PATIENT_OWES_, v.patientOwes(), g);
    money(COST_SHARE_, v.costShare(), g);
    money(BALANCE_BILL_, v.balanceBill(), g);
    money(PATIENT_TOTAL_, v.patientTotal(), g);
    money(SELF_PAY_TOTAL_, v.selfPayTotal(), g);
    List<LineEstimate> lines = v.lines();
    Out.array(g, LINES_);
    for (int i = 0; i < lines.size(); i++) {
      writeLine(lines.get(i), g);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  static void writeLine(LineEstimate v, JsonGenerator g) throws IOException {
    g.writeStartObject();
    Out.number(g, LINE_, v.line());
    Out.string(g, BASIS_, v.basis());
    money(CHARGE_, v.charge(), g);
    money(ALLOWED_, v.allowed(), g);
    money(COPAY_, v.copay(), g);
    money(DEDUCTIBLE_, v.deductible(), g);
    money(COINSURANCE_, v.coinsurance(), g);
    money(CAP_REDUCTION_, v.capReduction(), g);
    money(PLAN_PAYS_, v.planPays(), g);
    money(PATIENT_OWES_, v.patientOwes(), g);
    money(BALANCE_BILL_, v.balanceBill(), g);
    money(PATIENT_TOTAL_, v.patientTotal(), g);
    Out.bool(g, SELF_PAY_, v.selfPay());
    Out.bool(g, HSA_ELIGIBLE_, v.hsaEligible());
    g.writeEndObject();
  }

  private static void money(SerializableString name, Money amount, JsonGenerator g)
      throws IOException {
    g.writeFieldName(name);
    Scalars.writeMoney(amount, g);
  }
}

package dev.coverage.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.google.common.primitives.ImmutableIntArray;
import dev.coverage.core.check.Finding;
import dev.coverage.core.denial.PredictedAdjustment;
import dev.coverage.core.reference.Citation;
import java.io.IOException;

/**
 * {@link Finding}, written only. The predicted adjustment is an object under {@code
 * predictedAdjustment}, so that nobody mistakes it for the payer's answer: its group, reason and
 * remark codes, and {@code code}, the written form.
 *
 * <pre>{@code
 * {"ruleId":"prior-authorization.absent","category":"PRIOR_AUTHORIZATION","lines":[1,2],
 *  "severity":"DENIAL_LIKELY",
 *  "predictedAdjustment":{"group":"CO","reason":"197","remark":"N54","code":"CO-197/N54"},
 *  "message":"...","fix":"...",
 *  "source":{"title":"...","url":"https://...","secondary":false},
 *  "policyId":"commercial/botulinum-toxin/chronic-migraine"}
 * }</pre>
 */
final class FindingJson {
  private static final SerializableString RULE_ID_ = new SerializedString("ruleId");
  private static final SerializableString CATEGORY_ = new SerializedString("category");
  private static final SerializableString SEVERITY_ = new SerializedString("severity");
  private static final SerializableString MESSAGE_ = new SerializedString("message");
  private static final SerializableString FIX_ = new SerializedString("fix");
  private static final SerializableString POLICY_ID_ = new SerializedString("policyId");
  private static final SerializableString GROUP_ = new SerializedString("group");
  private static final SerializableString REASON_ = new SerializedString("reason");
  private static final SerializableString REMARK_ = new SerializedString("remark");
  private static final SerializableString CODE_ = new SerializedString("code");
  private static final SerializableString TITLE_ = new SerializedString("title");
  private static final SerializableString URL_ = new SerializedString("url");
  private static final SerializableString SECONDARY_ = new SerializedString("secondary");
  private static final SerializableString PREDICTED_ADJUSTMENT_ =
      new SerializedString("predictedAdjustment");
  private static final SerializableString SOURCE_ = new SerializedString("source");
  private static final SerializableString LINES_ = new SerializedString("lines");

  private FindingJson() {}

  static void write(Finding v, JsonGenerator g) throws IOException {
    g.writeStartObject();
    Out.string(g, RULE_ID_, v.ruleId());
    Out.string(g, CATEGORY_, v.category());
    ImmutableIntArray lines = v.lines();
    Out.array(g, LINES_);
    for (int i = 0; i < lines.length(); i++) {
      g.writeNumber(lines.get(i));
    }
    g.writeEndArray();
    Out.string(g, SEVERITY_, v.severity());
    g.writeFieldName(PREDICTED_ADJUSTMENT_);
    writeAdjustment(v.predictedAdjustment(), g);
    Out.string(g, MESSAGE_, v.message());
    Out.string(g, FIX_, v.fix());
    g.writeFieldName(SOURCE_);
    writeCitation(v.source(), g);
    if (v.policyId().isPresent()) {
      Out.string(g, POLICY_ID_, v.policyId().get());
    }
    g.writeEndObject();
  }

  /** {@code {"group":"PR","reason":"96","remark":"N425","code":"PR-96/N425"}}. */
  static void writeAdjustment(PredictedAdjustment v, JsonGenerator g) throws IOException {
    g.writeStartObject();
    Out.string(g, GROUP_, v.group());
    Out.string(g, REASON_, v.reason().value());
    if (v.remark().isPresent()) {
      Out.string(g, REMARK_, v.remark().get().value());
    }
    Out.string(g, CODE_, v.toString());
    g.writeEndObject();
  }

  /** {@code {"title":"42 CFR 424.44","url":"https://...","secondary":false}}. */
  static void writeCitation(Citation v, JsonGenerator g) throws IOException {
    g.writeStartObject();
    Out.string(g, TITLE_, v.title());
    if (v.url().isPresent()) {
      Out.string(g, URL_, v.url().get());
    }
    Out.bool(g, SECONDARY_, v.secondary());
    g.writeEndObject();
  }
}

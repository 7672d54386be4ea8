package dev.coverage.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
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
  private FindingJson() {}

  static void write(Finding v, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("ruleId", v.ruleId());
    g.writeStringField("category", v.category().name());
    ImmutableIntArray lines = v.lines();
    g.writeArrayFieldStart("lines");
    for (int i = 0; i < lines.length(); i++) {
      g.writeNumber(lines.get(i));
    }
    g.writeEndArray();
    g.writeStringField("severity", v.severity().name());
    g.writeFieldName("predictedAdjustment");
    writeAdjustment(v.predictedAdjustment(), g);
    g.writeStringField("message", v.message());
    g.writeStringField("fix", v.fix());
    g.writeFieldName("source");
    writeCitation(v.source(), g);
    if (v.policyId().isPresent()) {
      g.writeStringField("policyId", v.policyId().get());
    }
    g.writeEndObject();
  }

  /** {@code {"group":"PR","reason":"96","remark":"N425","code":"PR-96/N425"}}. */
  static void writeAdjustment(PredictedAdjustment v, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("group", v.group().name());
    g.writeStringField("reason", v.reason().value());
    if (v.remark().isPresent()) {
      g.writeStringField("remark", v.remark().get().value());
    }
    g.writeStringField("code", v.toString());
    g.writeEndObject();
  }

  /** {@code {"title":"42 CFR 424.44","url":"https://...","secondary":false}}. */
  static void writeCitation(Citation v, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("title", v.title());
    if (v.url().isPresent()) {
      g.writeStringField("url", v.url().get());
    }
    g.writeBooleanField("secondary", v.secondary());
    g.writeEndObject();
  }
}

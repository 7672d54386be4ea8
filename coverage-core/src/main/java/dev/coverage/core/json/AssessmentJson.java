package dev.coverage.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.coverage.core.check.Assessment;
import dev.coverage.core.check.Finding;
import dev.coverage.core.check.LineAssessment;
import java.io.IOException;
import java.util.List;

/**
 * {@link Assessment}, written only: the claim's id and verdict, the reference data version, one
 * {@link LineAssessmentJson} object per line, the {@link FindingJson findings} (omitted when there
 * are none) and the {@link EstimateJson estimate}.
 *
 * <pre>{@code
 * {"claimId":"T-1","verdict":"AT_RISK","referenceVersion":"2026.1","lines":[...],
 *  "findings":[...],"estimate":{...}}
 * }</pre>
 *
 * <p>An assessment carries no patient data (no member id, name or birth date), so neither does its
 * JSON; the order of every array is the assessment's own, so equal assessments give equal bytes.
 */
final class AssessmentJson {
  private AssessmentJson() {}

  static void write(Assessment v, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("claimId", v.claimId());
    g.writeStringField("verdict", v.verdict().name());
    g.writeStringField("referenceVersion", v.referenceVersion());
    List<LineAssessment> lines = v.lines();
    g.writeArrayFieldStart("lines");
    for (int i = 0; i < lines.size(); i++) {
      LineAssessmentJson.write(lines.get(i), g);
    }
    g.writeEndArray();
    List<Finding> findings = v.findings();
    if (!findings.isEmpty()) {
      g.writeArrayFieldStart("findings");
      for (int i = 0; i < findings.size(); i++) {
        FindingJson.write(findings.get(i), g);
      }
      g.writeEndArray();
    }
    g.writeFieldName("estimate");
    EstimateJson.write(v.estimate(), g);
    g.writeEndObject();
  }
}

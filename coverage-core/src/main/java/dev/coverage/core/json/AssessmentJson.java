package dev.coverage.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
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
  private static final SerializableString CLAIM_ID_ = new SerializedString("claimId");
  private static final SerializableString VERDICT_ = new SerializedString("verdict");
  private static final SerializableString REFERENCE_VERSION_ =
      new SerializedString("referenceVersion");
  private static final SerializableString ESTIMATE_ = new SerializedString("estimate");
  private static final SerializableString LINES_ = new SerializedString("lines");
  private static final SerializableString FINDINGS_ = new SerializedString("findings");

  private AssessmentJson() {}

  static void write(Assessment v, JsonGenerator g) throws IOException {
    g.writeStartObject();
    Out.string(g, CLAIM_ID_, v.claimId());
    Out.string(g, VERDICT_, v.verdict());
    Out.string(g, REFERENCE_VERSION_, v.referenceVersion());
    List<LineAssessment> lines = v.lines();
    Out.array(g, LINES_);
    for (int i = 0; i < lines.size(); i++) {
      LineAssessmentJson.write(lines.get(i), g);
    }
    g.writeEndArray();
    List<Finding> findings = v.findings();
    if (!findings.isEmpty()) {
      Out.array(g, FINDINGS_);
      for (int i = 0; i < findings.size(); i++) {
        FindingJson.write(findings.get(i), g);
      }
      g.writeEndArray();
    }
    g.writeFieldName(ESTIMATE_);
    EstimateJson.write(v.estimate(), g);
    g.writeEndObject();
  }
}

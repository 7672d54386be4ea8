package dev.coverage.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.coverage.core.check.LineAssessment;
import dev.coverage.core.check.MissingInformation;
import java.io.IOException;
import java.util.List;

/**
 * {@link LineAssessment}, written only; its number is {@code line}, as in findings and the
 * estimate. The authorization number and the policy id are written when present, the missing
 * information when there is some.
 *
 * <pre>{@code
 * {"line":1,"procedure":"64615","dateOfService":"2026-03-02","coverage":"CONDITIONAL",
 *  "authorization":"SATISFIED","authorizationNumber":"PA-100","verdict":"AT_RISK",
 *  "missingInformation":[{"field":"documentation.monthsOfSymptoms",
 *  "description":"how many months the symptoms have lasted"}],
 *  "policyId":"commercial/botulinum-toxin/chronic-migraine"}
 * }</pre>
 */
final class LineAssessmentJson {
  private LineAssessmentJson() {}

  static void write(LineAssessment v, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeNumberField("line", v.number());
    g.writeStringField("procedure", v.procedure().value());
    g.writeFieldName("dateOfService");
    Scalars.writeDate(v.dateOfService(), g);
    g.writeStringField("coverage", v.coverage().name());
    g.writeStringField("authorization", v.authorization().name());
    if (v.authorizationNumber().isPresent()) {
      g.writeStringField("authorizationNumber", v.authorizationNumber().get());
    }
    g.writeStringField("verdict", v.verdict().name());
    List<MissingInformation> missing = v.missingInformation();
    if (!missing.isEmpty()) {
      g.writeArrayFieldStart("missingInformation");
      for (int i = 0; i < missing.size(); i++) {
        writeMissing(missing.get(i), g);
      }
      g.writeEndArray();
    }
    if (v.policyId().isPresent()) {
      g.writeStringField("policyId", v.policyId().get());
    }
    g.writeEndObject();
  }

  /** {@code {"field":"history","description":"the patient's prior services"}}. */
  static void writeMissing(MissingInformation v, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("field", v.field());
    g.writeStringField("description", v.description());
    g.writeEndObject();
  }
}

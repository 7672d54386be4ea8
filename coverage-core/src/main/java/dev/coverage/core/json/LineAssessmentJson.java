package dev.coverage.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
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
  private static final SerializableString PROCEDURE_ = new SerializedString("procedure");
  private static final SerializableString COVERAGE_ = new SerializedString("coverage");
  private static final SerializableString AUTHORIZATION_ = new SerializedString("authorization");
  private static final SerializableString AUTHORIZATION_NUMBER_ =
      new SerializedString("authorizationNumber");
  private static final SerializableString VERDICT_ = new SerializedString("verdict");
  private static final SerializableString POLICY_ID_ = new SerializedString("policyId");
  private static final SerializableString FIELD_ = new SerializedString("field");
  private static final SerializableString DESCRIPTION_ = new SerializedString("description");
  private static final SerializableString LINE_ = new SerializedString("line");
  private static final SerializableString DATE_OF_SERVICE_ = new SerializedString("dateOfService");
  private static final SerializableString MISSING_INFORMATION_ =
      new SerializedString("missingInformation");

  private LineAssessmentJson() {}

  static void write(LineAssessment v, JsonGenerator g) throws IOException {
    g.writeStartObject();
    Out.number(g, LINE_, v.number());
    Out.string(g, PROCEDURE_, v.procedure().value());
    g.writeFieldName(DATE_OF_SERVICE_);
    Scalars.writeDate(v.dateOfService(), g);
    Out.string(g, COVERAGE_, v.coverage());
    Out.string(g, AUTHORIZATION_, v.authorization());
    if (v.authorizationNumber().isPresent()) {
      Out.string(g, AUTHORIZATION_NUMBER_, v.authorizationNumber().get());
    }
    Out.string(g, VERDICT_, v.verdict());
    List<MissingInformation> missing = v.missingInformation();
    if (!missing.isEmpty()) {
      Out.array(g, MISSING_INFORMATION_);
      for (int i = 0; i < missing.size(); i++) {
        writeMissing(missing.get(i), g);
      }
      g.writeEndArray();
    }
    if (v.policyId().isPresent()) {
      Out.string(g, POLICY_ID_, v.policyId().get());
    }
    g.writeEndObject();
  }

  /** {@code {"field":"history","description":"the patient's prior services"}}. */
  static void writeMissing(MissingInformation v, JsonGenerator g) throws IOException {
    g.writeStartObject();
    Out.string(g, FIELD_, v.field());
    Out.string(g, DESCRIPTION_, v.description());
    g.writeEndObject();
  }
}

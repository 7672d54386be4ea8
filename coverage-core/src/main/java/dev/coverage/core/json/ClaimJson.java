package dev.coverage.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import dev.coverage.core.ValidationException;
import dev.coverage.core.claim.Claim;
import dev.coverage.core.claim.ClaimLine;
import dev.coverage.core.code.DiagnosisCode;
import java.io.IOException;
import java.util.List;

/**
 * {@link Claim}: parties and codes as nested objects and strings, diagnoses written dotted, lines
 * as an array of {@link ClaimLineJson} objects. A line's diagnosis pointer that points past the
 * diagnoses fails with the pointer's path, such as {@code $.lines[1].diagnosisPointers[0]}.
 */
final class ClaimJson {
  static final Fields FIELDS =
      Fields.of("a claim")
          .required("claimId", "patient", "provider")
          .optional("networkStatus")
          .required("facility", "placeOfService", "dateOfService", "submissionDate")
          .optional("referralNumber")
          .required("diagnoses", "lines")
          .build();

  private ClaimJson() {}

  static Claim read(JsonParser p) throws IOException {
    Claim.Builder b = Claim.builder();
    int seen = 0;
    for (String name = FIELDS.first(p); name != null; name = p.nextFieldName()) {
      seen = FIELDS.enter(p, name, seen);
      if (Fields.isNull(p)) {
        continue;
      }
      switch (name) {
        case "claimId" -> b.claimId(Scalars.text(p));
        case "patient" -> b.patient(PatientJson.read(p));
        case "provider" -> b.provider(ProviderJson.read(p));
        case "networkStatus" -> b.networkStatus(Scalars.NETWORK_STATUS.read(p));
        case "facility" -> b.facility(Scalars.FACILITY_KIND.read(p));
        case "placeOfService" -> b.placeOfService(Scalars.placeOfService(p));
        case "dateOfService" -> b.dateOfService(Scalars.date(p));
        case "submissionDate" -> b.submissionDate(Scalars.date(p));
        case "referralNumber" -> b.referralNumber(Scalars.text(p));
        case "diagnoses" -> b.diagnoses(Containers.list(p, "diagnosis codes", Scalars::diagnosis));
        case "lines" -> b.lines(Containers.list(p, "claim lines", ClaimLineJson::read));
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

  static void write(Claim v, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("claimId", v.claimId());
    g.writeFieldName("patient");
    PatientJson.write(v.patient(), g);
    g.writeFieldName("provider");
    ProviderJson.write(v.provider(), g);
    g.writeStringField("networkStatus", v.networkStatus().name());
    g.writeStringField("facility", v.facility().name());
    g.writeStringField("placeOfService", v.placeOfService().value());
    g.writeFieldName("dateOfService");
    Scalars.writeDate(v.dateOfService(), g);
    g.writeFieldName("submissionDate");
    Scalars.writeDate(v.submissionDate(), g);
    if (v.referralNumber().isPresent()) {
      g.writeStringField("referralNumber", v.referralNumber().get());
    }
    List<DiagnosisCode> diagnoses = v.diagnoses();
    g.writeArrayFieldStart("diagnoses");
    for (int i = 0; i < diagnoses.size(); i++) {
      g.writeString(diagnoses.get(i).dotted());
    }
    g.writeEndArray();
    List<ClaimLine> lines = v.lines();
    g.writeArrayFieldStart("lines");
    for (int i = 0; i < lines.size(); i++) {
      ClaimLineJson.write(lines.get(i), g);
    }
    g.writeEndArray();
    g.writeEndObject();
  }
}

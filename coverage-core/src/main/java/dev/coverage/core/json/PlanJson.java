package dev.coverage.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import dev.coverage.core.ValidationException;
import dev.coverage.core.code.Money;
import dev.coverage.core.code.ProcedureCode;
import dev.coverage.core.denial.FindingCategory;
import dev.coverage.core.denial.PredictedAdjustment;
import dev.coverage.core.plan.BenefitExclusion;
import dev.coverage.core.plan.Plan;
import java.io.IOException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@link Plan}: the in-network (and optional out-of-network) {@link CostSharingJson} objects, sets
 * as arrays, the fee schedule keyed by procedure code and the denial code overrides keyed by {@link
 * FindingCategory} name.
 *
 * <pre>{@code
 * {"id":"ACME-PPO-2026","productType":"PPO","inNetwork":{...},"referralRequired":false,
 *  "filingLimitDays":180,"exclusions":["COSMETIC"],"feeSchedule":{"64615":"412.50"},
 *  "denialCodeOverrides":{"COSMETIC_EXCLUSION":"PR-96/N425"}}
 * }</pre>
 */
final class PlanJson {
  static final Fields FIELDS =
      Fields.of("a plan")
          .required("id", "productType", "inNetwork")
          .optional(
              "outOfNetwork",
              "referralRequired",
              "filingLimitDays",
              "exclusions",
              "excludedProcedures",
              "priorAuthorizationCodes",
              "feeSchedule",
              "allowedPercentOfReference",
              "outOfNetworkAllowedPercentOfReference",
              "policySet",
              "denialCodeOverrides")
          .build();

  static final KeyFunction<ProcedureCode> PROCEDURE_KEY = Scalars.key(ProcedureCode::of);

  private PlanJson() {}

  static Plan read(JsonParser p) throws IOException {
    Plan.Builder b = Plan.builder();
    int seen = 0;
    for (String name = FIELDS.first(p); name != null; name = p.nextFieldName()) {
      seen = FIELDS.enter(p, name, seen);
      if (Fields.isNull(p)) {
        continue;
      }
      switch (name) {
        case "id" -> b.id(Scalars.text(p));
        case "productType" -> b.productType(Scalars.PRODUCT_TYPE.read(p));
        case "inNetwork" -> b.inNetwork(CostSharingJson.read(p));
        case "outOfNetwork" -> b.outOfNetwork(CostSharingJson.read(p));
        case "referralRequired" -> b.referralRequired(Scalars.bool(p));
        case "filingLimitDays" -> b.filingLimitDays(Scalars.integer(p));
        case "exclusions" ->
            b.exclusions(Containers.set(p, "benefit exclusions", Scalars.BENEFIT_EXCLUSION::read));
        case "excludedProcedures" ->
            b.excludedProcedures(Containers.set(p, "procedure codes", Scalars::procedure));
        case "priorAuthorizationCodes" ->
            b.priorAuthorizationCodes(Containers.set(p, "procedure codes", Scalars::procedure));
        case "feeSchedule" ->
            b.feeSchedule(
                Containers.map(
                    p,
                    "amounts keyed by procedure code",
                    PROCEDURE_KEY,
                    Scalars::money,
                    new LinkedHashMap<>()));
        case "allowedPercentOfReference" -> b.allowedPercentOfReference(Scalars.percent(p));
        case "outOfNetworkAllowedPercentOfReference" ->
            b.outOfNetworkAllowedPercentOfReference(Scalars.percent(p));
        case "policySet" -> b.policySet(Scalars.text(p));
        case "denialCodeOverrides" ->
            b.denialCodeOverrides(
                Containers.map(
                    p,
                    "adjustments keyed by finding category",
                    Scalars.FINDING_CATEGORY::key,
                    Scalars::adjustment,
                    new EnumMap<>(FindingCategory.class)));
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

  static void write(Plan v, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", v.id());
    g.writeStringField("productType", v.productType().name());
    g.writeFieldName("inNetwork");
    CostSharingJson.write(v.inNetwork(), g);
    if (v.outOfNetwork().isPresent()) {
      g.writeFieldName("outOfNetwork");
      CostSharingJson.write(v.outOfNetwork().get(), g);
    }
    g.writeBooleanField("referralRequired", v.referralRequired());
    g.writeNumberField("filingLimitDays", v.filingLimitDays());
    if (!v.exclusions().isEmpty()) {
      g.writeArrayFieldStart("exclusions");
      for (BenefitExclusion e : v.exclusions()) {
        g.writeString(e.name());
      }
      g.writeEndArray();
    }
    writeCodes("excludedProcedures", v.excludedProcedures(), g);
    writeCodes("priorAuthorizationCodes", v.priorAuthorizationCodes(), g);
    if (!v.feeSchedule().isEmpty()) {
      g.writeObjectFieldStart("feeSchedule");
      for (Map.Entry<ProcedureCode, Money> e : v.feeSchedule().entrySet()) {
        g.writeFieldName(e.getKey().value());
        Scalars.writeMoney(e.getValue(), g);
      }
      g.writeEndObject();
    }
    if (v.allowedPercentOfReference().isPresent()) {
      g.writeStringField(
          "allowedPercentOfReference", v.allowedPercentOfReference().get().toString());
    }
    if (v.outOfNetworkAllowedPercentOfReference().isPresent()) {
      g.writeStringField(
          "outOfNetworkAllowedPercentOfReference",
          v.outOfNetworkAllowedPercentOfReference().get().toString());
    }
    if (v.policySet().isPresent()) {
      g.writeStringField("policySet", v.policySet().get());
    }
    if (!v.denialCodeOverrides().isEmpty()) {
      g.writeObjectFieldStart("denialCodeOverrides");
      for (Map.Entry<FindingCategory, PredictedAdjustment> e : v.denialCodeOverrides().entrySet()) {
        g.writeStringField(e.getKey().name(), e.getValue().toString());
      }
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  private static void writeCodes(String name, Set<ProcedureCode> codes, JsonGenerator g)
      throws IOException {
    if (!codes.isEmpty()) {
      g.writeArrayFieldStart(name);
      for (ProcedureCode c : codes) {
        g.writeString(c.value());
      }
      g.writeEndArray();
    }
  }
}

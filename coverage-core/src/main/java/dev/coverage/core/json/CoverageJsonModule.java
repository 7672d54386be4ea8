package dev.coverage.core.json;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleKeyDeserializers;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
import dev.coverage.core.check.Assessment;
import dev.coverage.core.check.AuthorizationStatus;
import dev.coverage.core.check.CheckRequest;
import dev.coverage.core.check.Coverage;
import dev.coverage.core.check.Finding;
import dev.coverage.core.check.LineAssessment;
import dev.coverage.core.check.MissingInformation;
import dev.coverage.core.check.Severity;
import dev.coverage.core.check.Verdict;
import dev.coverage.core.claim.Claim;
import dev.coverage.core.claim.ClaimLine;
import dev.coverage.core.claim.ClinicalFacts;
import dev.coverage.core.claim.Credential;
import dev.coverage.core.claim.FacilityKind;
import dev.coverage.core.claim.Intent;
import dev.coverage.core.claim.NetworkStatus;
import dev.coverage.core.claim.Patient;
import dev.coverage.core.claim.Provider;
import dev.coverage.core.claim.Sex;
import dev.coverage.core.claim.Specialty;
import dev.coverage.core.claim.TherapyKind;
import dev.coverage.core.code.CodeSystem;
import dev.coverage.core.code.DiagnosisCode;
import dev.coverage.core.code.Modifier;
import dev.coverage.core.code.Money;
import dev.coverage.core.code.Npi;
import dev.coverage.core.code.Percent;
import dev.coverage.core.code.PlaceOfService;
import dev.coverage.core.code.ProcedureCode;
import dev.coverage.core.cost.AllowedBasis;
import dev.coverage.core.cost.Estimate;
import dev.coverage.core.cost.LineEstimate;
import dev.coverage.core.cost.Tier;
import dev.coverage.core.denial.FindingCategory;
import dev.coverage.core.denial.GroupCode;
import dev.coverage.core.denial.PredictedAdjustment;
import dev.coverage.core.denial.ReasonCode;
import dev.coverage.core.denial.RemarkCode;
import dev.coverage.core.plan.Accumulators;
import dev.coverage.core.plan.Authorization;
import dev.coverage.core.plan.BenefitExclusion;
import dev.coverage.core.plan.CostSharing;
import dev.coverage.core.plan.Plan;
import dev.coverage.core.plan.PriorService;
import dev.coverage.core.plan.ProductType;
import dev.coverage.core.plan.ServiceClass;
import dev.coverage.core.plan.ServiceHistory;
import dev.coverage.core.reference.Citation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/**
 * The Jackson module that maps every model value of coverage to JSON and back, and writes what the
 * checker returns (an {@link Assessment}, its lines, findings and {@link Estimate}) without reading
 * it back; the only place the library meets Jackson.
 *
 * <p>Register it on your own mapper ({@code JsonMapper.builder().addModule(new
 * CoverageJsonModule())}), or let {@code ObjectMapper.findAndRegisterModules()} find it through
 * {@code META-INF/services}. {@link CoverageJson} holds a mapper already configured with it.
 *
 * <p>What it maps, and how, is described in the {@linkplain dev.coverage.core.json package
 * documentation}. Reading is strict. Every failure the module detects is thrown as a {@link
 * com.fasterxml.jackson.databind.JsonMappingException} whose {@linkplain Throwable#getCause()
 * cause} is a {@link dev.coverage.core.ValidationException} naming the JSON path, the rule and the
 * line and column; syntax errors stay Jackson's own {@code StreamReadException}s.
 *
 * <p>The module is immutable and stateless: one instance may be registered on any number of
 * mappers.
 */
public final class CoverageJsonModule extends com.fasterxml.jackson.databind.Module {
  private final SimpleSerializers serializers = new SimpleSerializers();
  private final SimpleDeserializers deserializers = new SimpleDeserializers();
  private final SimpleKeyDeserializers keyDeserializers = new SimpleKeyDeserializers();
  private final List<Class<?>> types = new ArrayList<>();

  /** Creates the module; {@code ServiceLoader} uses this constructor. */
  public CoverageJsonModule() {
    // Codes and amounts: one JSON string each.
    code(ProcedureCode.class, ProcedureCode::of, Scalars::procedure, ProcedureCode::value);
    code(DiagnosisCode.class, DiagnosisCode::of, Scalars::diagnosis, DiagnosisCode::dotted);
    code(Modifier.class, Modifier::of, Scalars::modifier, Modifier::value);
    code(PlaceOfService.class, PlaceOfService::of, Scalars::placeOfService, PlaceOfService::value);
    code(Npi.class, Npi::of, Scalars::npi, Npi::value);
    code(ReasonCode.class, ReasonCode::of, Scalars::reason, ReasonCode::value);
    code(RemarkCode.class, RemarkCode::of, Scalars::remark, RemarkCode::value);
    value(Money.class, Scalars::money, Scalars::writeMoney);
    value(Percent.class, Scalars::percent, (v, g) -> g.writeString(v.toString()));
    value(PredictedAdjustment.class, Scalars::adjustment, (v, g) -> g.writeString(v.toString()));

    // Enums: by constant name, strictly.
    enumeration(Sex.class, Scalars.SEX);
    enumeration(Intent.class, Scalars.INTENT);
    enumeration(NetworkStatus.class, Scalars.NETWORK_STATUS);
    enumeration(FacilityKind.class, Scalars.FACILITY_KIND);
    enumeration(Specialty.class, Scalars.SPECIALTY);
    enumeration(Credential.class, Scalars.CREDENTIAL);
    enumeration(TherapyKind.class, Scalars.THERAPY_KIND);
    enumeration(ProductType.class, Scalars.PRODUCT_TYPE);
    enumeration(BenefitExclusion.class, Scalars.BENEFIT_EXCLUSION);
    enumeration(ServiceClass.class, Scalars.SERVICE_CLASS);
    enumeration(FindingCategory.class, Scalars.FINDING_CATEGORY);
    enumeration(GroupCode.class, Scalars.GROUP_CODE);
    enumeration(CodeSystem.class, Scalars.CODE_SYSTEM);
    enumeration(Verdict.class, Scalars.VERDICT);
    enumeration(Coverage.class, Scalars.COVERAGE);
    enumeration(AuthorizationStatus.class, Scalars.AUTHORIZATION_STATUS);
    enumeration(Severity.class, Scalars.SEVERITY);
    enumeration(Tier.class, Scalars.TIER);
    enumeration(AllowedBasis.class, Scalars.ALLOWED_BASIS);

    // Aggregates: one JSON object each.
    value(Patient.class, PatientJson::read, PatientJson::write);
    value(Provider.class, ProviderJson::read, ProviderJson::write);
    value(ClinicalFacts.class, ClinicalFactsJson::read, ClinicalFactsJson::write);
    value(ClaimLine.class, ClaimLineJson::read, ClaimLineJson::write);
    value(Claim.class, ClaimJson::read, ClaimJson::write);
    value(CostSharing.class, CostSharingJson::read, CostSharingJson::write);
    value(Plan.class, PlanJson::read, PlanJson::write);
    value(Accumulators.class, AccumulatorsJson::read, AccumulatorsJson::write);
    value(Authorization.class, AuthorizationJson::read, AuthorizationJson::write);
    value(PriorService.class, PriorServiceJson::read, PriorServiceJson::write);
    value(ServiceHistory.class, ServiceHistoryJson::read, ServiceHistoryJson::write);
    value(CheckRequest.class, CheckRequestJson::read, CheckRequestJson::write);

    // What the checker returns: written, never read back.
    writeOnly(Assessment.class, AssessmentJson::write);
    writeOnly(LineAssessment.class, LineAssessmentJson::write);
    writeOnly(MissingInformation.class, LineAssessmentJson::writeMissing);
    writeOnly(Finding.class, FindingJson::write);
    writeOnly(Citation.class, FindingJson::writeCitation);
    writeOnly(Estimate.class, EstimateJson::write);
    writeOnly(LineEstimate.class, EstimateJson::writeLine);
  }

  private <T> void writeOnly(Class<T> type, WriteFunction<T> write) {
    serializers.addSerializer(type, new ModelSerializer<>(type, write));
  }

  private <T> void value(Class<T> type, ReadFunction<T> read, WriteFunction<T> write) {
    deserializers.addDeserializer(type, new ModelDeserializer<>(type, read));
    serializers.addSerializer(type, new ModelSerializer<>(type, write));
    types.add(type);
  }

  private <T> void code(
      Class<T> type, Function<String, T> parse, ReadFunction<T> read, Function<T, String> text) {
    value(type, read, (v, g) -> g.writeString(text.apply(v)));
    // Map keys are written with toString(), which every code defines as its canonical form.
    keyDeserializers.addDeserializer(type, new CodeKeyDeserializer(Scalars.key(parse)));
  }

  private <E extends Enum<E>> void enumeration(Class<E> type, EnumJson<E> json) {
    value(type, json::read, (v, g) -> g.writeString(v.name()));
  }

  /** Every model type this module reads (and writes), for the facade. */
  List<Class<?>> types() {
    return Collections.unmodifiableList(types);
  }

  /** {@code "coverage"}. */
  @Override
  public String getModuleName() {
    return "coverage";
  }

  /** Unknown: the library's version lives in its jar manifest, not here. */
  @Override
  public Version version() {
    return Version.unknownVersion();
  }

  /** Adds the serializers, deserializers and key deserializers to a mapper being set up. */
  @Override
  public void setupModule(SetupContext context) {
    context.addSerializers(serializers);
    context.addDeserializers(deserializers);
    context.addKeyDeserializers(keyDeserializers);
  }
}

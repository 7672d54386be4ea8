package dev.coverage.core.check;

import dev.coverage.core.reference.Citation;
import java.util.Optional;

/** The authorities the checker's own rules rest on (coverage policies carry their own). */
final class Sources {
  private Sources() {}

  static final Citation ICD10CM =
      Citation.of(
          "ICD-10-CM code set and official guidelines (CDC/NCHS, CMS)",
          Optional.of("https://www.cms.gov/medicare/coding-billing/icd-10-codes"),
          false);
  static final Citation PROCEDURE_CODES =
      Citation.of("HCPCS Level II (CMS) and CPT (AMA) code sets, effective by date of service");
  static final Citation PLACE_OF_SERVICE =
      Citation.of(
          "CMS place of service code set",
          Optional.of(
              "https://www.cms.gov/medicare/coding-billing/place-of-service-codes/code-sets"),
          false);
  static final Citation UNLISTED =
      Citation.of("CPT guidelines for unlisted procedures; payer documentation requirements");
  static final Citation PLAN_BENEFITS =
      Citation.of("The plan's benefit terms: exclusions, network and referral rules");
  static final Citation MEDICARE_COSMETIC =
      Citation.of(
          "Social Security Act 1862(a)(10); NCD 140.4 Plastic surgery to correct malformed body member",
          Optional.of("https://www.cms.gov/medicare-coverage-database/view/ncd.aspx?ncdid=14"),
          false);
  static final Citation COSMETIC =
      Citation.of("Plan cosmetic exclusion (services to improve appearance)");
  static final Citation CREDENTIALING =
      Citation.of("Payer enrollment and credentialing rules for rendering providers");
  static final Citation NCCI_PTP =
      Citation.of(
          "CMS NCCI procedure-to-procedure edits, practitioner services",
          Optional.of(
              "https://www.cms.gov/medicare/coding-billing/national-correct-coding-initiative-ncci-edits/medicare-ncci-procedure-procedure-ptp-edits"),
          false);
  static final Citation NCCI_MUE =
      Citation.of(
          "CMS NCCI medically unlikely edits, practitioner services",
          Optional.of(
              "https://www.cms.gov/medicare/coding-billing/national-correct-coding-initiative-ncci-edits/medicare-ncci-medically-unlikely-edits"),
          false);
  static final Citation JW_JZ =
      Citation.of("CMS JW and JZ modifier policy for drugs from single-dose containers");
  static final Citation MODIFIER_25 =
      Citation.of(
          "Medicare Claims Processing Manual ch. 12 section 30.6.6; NCCI Policy Manual ch. I (modifier 25)");
  static final Citation ABN_MODIFIERS =
      Citation.of(
          "Medicare ABN and liability modifiers GA, GZ, GY",
          Optional.of("http://www.wpsic.com/medicare/part_b/publications/abn_modifiers.shtml"),
          false);
  static final Citation DUPLICATES = Citation.of("Payer duplicate claim and service edits");
  static final Citation MEDICARE_FILING =
      Citation.of(
          "42 CFR 424.44 (Medicare: 12 months from the date of service); plan filing limit",
          Optional.of("https://www.ecfr.gov/current/title-42/section-424.44"),
          false);
  static final Citation PRIOR_AUTHORIZATION = Citation.of("The plan's prior authorization list");
}

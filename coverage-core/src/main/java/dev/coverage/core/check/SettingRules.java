package dev.coverage.core.check;

import static dev.coverage.core.check.Severity.DENIAL_LIKELY;
import static dev.coverage.core.check.Severity.INFO;
import static dev.coverage.core.check.Severity.REVIEW;
import static dev.coverage.core.denial.FindingCategory.NON_CLINICAL_SETTING;
import static dev.coverage.core.denial.FindingCategory.OUT_OF_NETWORK;
import static dev.coverage.core.denial.FindingCategory.PROVIDER_TYPE;

import dev.coverage.core.claim.Credential;
import dev.coverage.core.claim.FacilityKind;
import dev.coverage.core.claim.NetworkStatus;
import dev.coverage.core.claim.Specialty;

/**
 * Who rendered the services and where: the provider's credential, the facility, the network and the
 * referral. These hold for the whole claim, so each finding names every line.
 */
final class SettingRules {
  static final Rule CREDENTIAL_NOT_BILLABLE =
      new Rule("provider.credential-not-billable", PROVIDER_TYPE, DENIAL_LIKELY, "CO-8");
  static final Rule CREDENTIAL_UNCERTAIN =
      new Rule("provider.credential-unverified", PROVIDER_TYPE, REVIEW, "CO-8");
  static final Rule NON_CLINICAL =
      new Rule("setting.non-clinical", NON_CLINICAL_SETTING, DENIAL_LIKELY, "CO-242");
  static final Rule NETWORK_UNKNOWN =
      new Rule("network.status-unknown", OUT_OF_NETWORK, REVIEW, "CO-242");
  static final Rule OUT_OF_NETWORK_NOT_COVERED =
      new Rule("network.out-of-network", OUT_OF_NETWORK, DENIAL_LIKELY, "CO-242");
  static final Rule OUT_OF_NETWORK_BENEFIT =
      new Rule("network.out-of-network-benefit", OUT_OF_NETWORK, INFO, "PR-242");
  static final Rule REFERRAL_MISSING =
      new Rule("network.referral-missing", OUT_OF_NETWORK, DENIAL_LIKELY, "CO-288");

  private SettingRules() {}

  static void apply(Evaluation ev) {
    credential(ev);
    facility(ev);
    network(ev);
    referral(ev);
  }

  private static void credential(Evaluation ev) {
    Credential credential = ev.claim.provider().credential();
    if (credential.billsIndependently()) {
      return;
    }
    String fix =
        "Have a credentialed physician, nurse practitioner or physician assistant render the"
            + " service and bill under their NPI.";
    if (credential == Credential.OTHER) {
      ev.report(
          CREDENTIAL_UNCERTAIN,
          CodeRules.allLines(ev),
          "The rendering provider's credential is not one this library recognizes as billing"
              + " medical services independently.",
          "Confirm the payer credentials this provider type. " + fix,
          Sources.CREDENTIALING,
          null);
    } else {
      ev.report(
          CREDENTIAL_NOT_BILLABLE,
          CodeRules.allLines(ev),
          "The rendering provider is "
              + article(credential)
              + " "
              + name(credential)
              + ", who cannot bill medical services in their own name.",
          fix,
          Sources.CREDENTIALING,
          null);
    }
  }

  private static void facility(Evaluation ev) {
    FacilityKind facility = ev.claim.facility();
    if (facility.isClinical()) {
      return;
    }
    ev.report(
        NON_CLINICAL,
        CodeRules.allLines(ev),
        "Rendered at a "
            + CriteriaCheck.words(facility)
            + ", which payers do not treat as a"
            + " clinical setting for medical services (the place-of-service code does not change"
            + " that).",
        "Move the service to an in-network clinical setting (physician office, hospital"
            + " outpatient department or surgery center) with a credentialed provider.",
        Sources.PLAN_BENEFITS,
        null);
  }

  private static void network(Evaluation ev) {
    NetworkStatus status = ev.claim.networkStatus();
    String specialty = specialtyWords(ev.claim.provider().specialty());
    if (status == NetworkStatus.UNKNOWN) {
      for (LineAssessment line : ev.lines) {
        line.need(MissingInformation.NETWORK_STATUS);
      }
      ev.report(
          NETWORK_UNKNOWN,
          CodeRules.allLines(ev),
          "Whether the rendering provider is in the plan's network is not known"
              + (ev.plan.coversOutOfNetwork()
                  ? "; out of network the patient pays more."
                  : "; the plan does not cover out-of-network care."),
          "Verify the provider's network status with the payer before the visit.",
          Sources.PLAN_BENEFITS,
          null);
    } else if (status == NetworkStatus.OUT_OF_NETWORK) {
      if (ev.plan.coversOutOfNetwork()) {
        ev.report(
            OUT_OF_NETWORK_BENEFIT,
            CodeRules.allLines(ev),
            "The rendering provider is out of network: the plan pays its out-of-network benefit"
                + " and the patient may be balance billed.",
            "Tell the patient the out-of-network cost before the visit, or refer to an in-network "
                + specialty
                + ".",
            Sources.PLAN_BENEFITS,
            null);
      } else {
        ev.report(
            OUT_OF_NETWORK_NOT_COVERED,
            CodeRules.allLines(ev),
            "The rendering provider is out of network and the plan ("
                + ev.plan.productType()
                + ") does not cover out-of-network care.",
            "Refer the patient to an in-network " + specialty + ".",
            Sources.PLAN_BENEFITS,
            null);
      }
    }
  }

  private static void referral(Evaluation ev) {
    if (!ev.plan.referralRequired()
        || ev.claim.referralNumber().isPresent()
        || ev.claim.provider().specialty().isPrimaryCare()) {
      return;
    }
    ev.report(
        REFERRAL_MISSING,
        CodeRules.allLines(ev),
        "The plan requires a referral from the primary care provider for specialist care, and the"
            + " claim reports none.",
        "Obtain the primary care provider's referral before the visit and report its number on"
            + " the claim.",
        Sources.PLAN_BENEFITS,
        null);
  }

  private static String specialtyWords(Specialty s) {
    switch (s) {
      case DERMATOLOGY:
      case PEDIATRIC_DERMATOLOGY:
      case MOHS_SURGERY:
        return "dermatologist";
      case NEUROLOGY:
      case CHILD_NEUROLOGY:
      case HEADACHE_MEDICINE:
        return "neurologist";
      case PLASTIC_SURGERY:
      case FACIAL_PLASTIC_SURGERY:
        return "plastic surgeon";
      default:
        return "provider of the same specialty";
    }
  }

  private static String name(Credential c) {
    switch (c) {
      case RN:
        return "registered nurse";
      case AESTHETICIAN:
        return "aesthetician";
      default:
        return c.name();
    }
  }

  private static String article(Credential c) {
    return c == Credential.AESTHETICIAN ? "an" : "a";
  }
}

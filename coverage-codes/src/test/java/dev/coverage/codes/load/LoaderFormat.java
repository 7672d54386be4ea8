package dev.coverage.codes.load;

import dev.coverage.codes.Streams;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.BiFunction;

/**
 * Every file layout a loader reads, each with a small valid file of real-looking lines and the call
 * that loads it from a stream: the inputs of the loader fuzzing and bad-input tests.
 */
enum LoaderFormat {
  ICD10CM_ORDER_FILE(
      "icd10cm_order_2026.txt",
      resource("icd10cm_order_2026_fixture.txt"),
      (name, in) -> Icd10cmLoader.create().orderFile(2026, name, in).load()),
  ICD10CM_TSV(
      "icd10cm_fy2026.tsv",
      "code\tcode_dotted\tbillable\tlong_description\n"
          + "G43\tG43\t0\tMigraine\n"
          + "G437\tG43.7\t0\tChronic migraine without aura\n"
          + "G43709\tG43.709\t1\tChronic migraine without aura, not intractable, without status"
          + " migrainosus\n"
          + "L74510\tL74.510\t1\tPrimary focal hyperhidrosis, axilla\n"
          + "E7871\tE78.71\t1\tBarth syndrome\n",
      (name, in) -> Icd10cmLoader.create().tsv(2026, name, in).load()),
  HCPCS_ALPHA_NUMERIC(
      "HCPC2024_JUL_ANWEB.txt",
      resource("hcpc_alpha_numeric_fixture.txt"),
      HcpcsLoader::alphaNumericFile),
  HCPCS_TSV(
      "hcpcs_level2_2024-07.tsv",
      String.join("\t", HcpcsLoader.TSV_COLUMNS)
          + "\n"
          + "A4612\tBattery cables; replacement for patient-owned ventilator\tBattery cables\t00\t9"
          + "\tS\tD1E\tP\tN\t\t\t1834a3A\t\t\t\t\t0\t\t1990-01-01\t\t2014-01-01\n"
          + "A4397\tIrrigation supply; sleeve, each\t\t37\tA\tD\tD1F\tP\tN\t\t2130\t\t\t\t\t\t0"
          + "\t2021-12-31\t1990-01-01\t\t2022-01-01\n"
          + "J0585\tInjection, onabotulinumtoxina, 1 unit\tInjection,onabotulinumtoxina\t51\tA\tD"
          + "\tO1E\t1:P\tN\t\t2049\t\t\t\tYY\t\t0\t\t1991-01-01\t2008-01-01\t2010-01-01\n",
      HcpcsLoader::tsv),
  NCCI_PTP_TEXT(
      "ccipra_v303r0_f1.txt",
      resource("ccipra_fixture_f1.txt"),
      (name, in) -> NcciLoader.create().ptpText(name, in).load()),
  NCCI_PTP_TSV(
      "ncci_ptp_practitioner.tsv",
      String.join("\t", NcciLoader.PTP_TSV_COLUMNS)
          + "\n"
          + "0051T\t11000\t2017-12-31\t1\tMisuse of Column Two code with Column One code\n"
          + "90845\t99291\t\t0\tMisuse of Column Two code with Column One code\n"
          + "90845\t99291\t2000-09-30\t0\tMutually exclusive procedures\n"
          + "64615\t64612\t\t0\tCPT Manual or CMS manual coding instruction\n"
          + "88108\t88162\t1996-01-01\t9\tMutually exclusive procedures\n",
      (name, in) -> NcciLoader.create().ptpTsv(name, in).load()),
  NCCI_MUE_CSV(
      "MCR_MUE_PractitionerServices.csv",
      resource("mue_practitioner_fixture.csv"),
      (name, in) -> NcciLoader.create().mueCsv(name, in).load()),
  NCCI_MUE_TSV(
      "ncci_mue_practitioner.tsv",
      String.join("\t", NcciLoader.MUE_TSV_COLUMNS)
          + "\n"
          + "0001U\t1\t2\tCode Descriptor / CPT Instruction\n"
          + "0002M\t1\t3\tNature of Analyte\n"
          + "J0585\t600\t3\tClinical: Data\n"
          + "17003\t13\t2\tCode Descriptor / CPT Instruction\n",
      (name, in) -> NcciLoader.create().mueTsv(name, in).load()),
  PLACE_OF_SERVICE_TSV(
      "place_of_service.tsv",
      String.join("\t", PlaceOfServiceLoader.COLUMNS)
          + "\n"
          + "01\tNon-Facility\tPharmacy\tA facility or location where drugs are sold.\n"
          + "11\tNon-Facility\tOffice\tLocation, other than a hospital, where a practitioner"
          + " sees patients.\n"
          + "22\tFacility\tOn Campus-Outpatient Hospital\tA portion of a hospital’s main"
          + " campus.\n"
          + "28\tUnassigned\tUnassigned\tN/A\n",
      PlaceOfServiceLoader::tsv),
  COVERAGE_POLICY_JSON(
      "policies-acme.json",
      "{\n"
          + "  \"format\": \"coverage-policies/1\",\n"
          + "  \"policySet\": \"acme\",\n"
          + "  \"version\": \"2026.1\",\n"
          + "  \"policies\": [\n"
          + "    {\n"
          + "      \"id\": \"acme/botox-migraine\",\n"
          + "      \"title\": \"Botulinum toxin for chronic migraine\",\n"
          + "      \"procedures\": [\"64615\", \"J0585\"],\n"
          + "      \"classification\": \"MEDICAL_WITH_CRITERIA\",\n"
          + "      \"indications\": [{\"label\": \"chronic migraine\", \"diagnoses\": [\"G43.7\"],\n"
          + "        \"requires\": {\"headacheDaysPerMonthAtLeast\": 15, \"monthsOfSymptomsAtLeast\":"
          + " 3,\n"
          + "          \"failedTherapiesAtLeast\": {\"ORAL_MIGRAINE_PROPHYLAXIS\": 2}}}],\n"
          + "      \"nonCoveredDiagnoses\": [\"G43.0\"],\n"
          + "      \"priorAuthorization\": \"REQUIRED\",\n"
          + "      \"specialties\": [\"NEUROLOGY\", \"HEADACHE_MEDICINE\"],\n"
          + "      \"facilities\": [\"PHYSICIAN_OFFICE\"],\n"
          + "      \"ageAtLeast\": 18, \"ageAtMost\": null, \"sexes\": [],\n"
          + "      \"frequency\": {\"sessions\": 1, \"windowDays\": 84},\n"
          + "      \"denialCodes\": {\"NOT_MEDICALLY_NECESSARY\": \"CO-50\"},\n"
          + "      \"source\": {\"title\": \"Acme policy 12\", \"url\": \"https://acme.example/12\","
          + " \"secondary\": true},\n"
          + "      \"effective\": {\"from\": \"2025-01-01\", \"to\": null},\n"
          + "      \"note\": \"kept for reviewers\"\n"
          + "    },\n"
          + "    {\n"
          + "      \"id\": \"acme/microneedling\",\n"
          + "      \"title\": \"Microneedling\",\n"
          + "      \"procedures\": [\"17999\"],\n"
          + "      \"classification\": \"COSMETIC\",\n"
          + "      \"cosmeticDiagnoses\": [\"L90.5\", \"L98.8\"],\n"
          + "      \"frequency\": {\"sessions\": 3, \"lifetime\": true},\n"
          + "      \"source\": {\"title\": \"Acme policy 40\"},\n"
          + "      \"effective\": {\"from\": \"2024-01-01\", \"to\": \"2027-12-31\"}\n"
          + "    }\n"
          + "  ]\n"
          + "}\n",
      CoveragePolicyLoader::read);

  private final String fileName;
  private final String valid;
  private final BiFunction<String, InputStream, Object> loader;

  LoaderFormat(String fileName, String valid, BiFunction<String, InputStream, Object> loader) {
    this.fileName = fileName;
    this.valid = valid;
    this.loader = loader;
  }

  /** The name errors give when this format is read. */
  String fileName() {
    return fileName;
  }

  /** A small valid file in this layout. */
  String valid() {
    return valid;
  }

  /** The valid file's UTF-8 bytes. */
  byte[] validBytes() {
    return valid.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Loads bytes under a name, as the loader's stream entry point does.
   *
   * @param name the name errors give ({@code .gz} means gzip)
   * @param bytes the file's bytes
   * @return what the loader returns
   */
  Object load(String name, byte[] bytes) {
    return loader.apply(name, Streams.bytes(bytes));
  }

  /** Loads bytes under this format's file name. */
  Object load(byte[] bytes) {
    return load(fileName, bytes);
  }

  /** Loads UTF-8 text under this format's file name. */
  Object load(String text) {
    return load(fileName, text.getBytes(StandardCharsets.UTF_8));
  }

  private static String resource(String name) {
    try (InputStream in = LoaderFormat.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package dev.coverage.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coverage.core.code.CodeSystem;
import dev.coverage.core.code.DiagnosisCode;
import dev.coverage.core.code.ProcedureCode;
import dev.coverage.core.testing.CoverageArbitraries;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Example;

/**
 * The domain codes of the generators against the real code sets in {@code ../shared/data} (passed
 * as the system property {@code coverage.sharedData}; skipped without it): every diagnosis is
 * billable in ICD-10-CM FY2026, every HCPCS code is in the HCPCS Level II file, every CPT code has
 * a row in the Medicare physician fee schedule.
 */
class DomainCodesTest {

  @Example
  void every_domain_diagnosis_is_billable_in_icd10cm_fy2026() throws IOException {
    Map<String, String> billable = column(data("icd10cm/icd10cm_fy2026.tsv.gz"), 0, 2);

    for (DiagnosisCode code : all(CoverageArbitraries.domainDiagnosisCodes())) {
      assertThat(billable.get(code.undotted())).as("%s billable", code).isEqualTo("1");
    }
  }

  @Example
  void every_domain_procedure_is_a_real_hcpcs_or_fee_schedule_code() throws IOException {
    Map<String, String> hcpcs = column(data("hcpcs/hcpcs_level2_2024-07.tsv.gz"), 0, 0);
    Map<String, String> feeSchedule =
        column(data("mpfs/pprrvu_2024_jul_numbers_only.tsv.gz"), 2, 2);

    for (ProcedureCode code : all(CoverageArbitraries.domainProcedureCodes())) {
      Map<String, String> codeSet =
          code.system() == CodeSystem.HCPCS_LEVEL_II ? hcpcs : feeSchedule;
      assertThat(codeSet).as("%s in its code set", code).containsKey(code.value());
    }
  }

  private static <T> List<T> all(Arbitrary<T> arbitrary) {
    return arbitrary.allValues().orElseThrow().distinct().toList();
  }

  private static Path data(String file) {
    String root = System.getProperty("coverage.sharedData", "");
    Assume.that(!root.isBlank());
    Path path = Path.of(root, file);
    Assume.that(Files.isRegularFile(path));
    return path;
  }

  /** One column of a gzip TSV file with a header, by another column. */
  private static Map<String, String> column(Path file, int key, int value) throws IOException {
    Map<String, String> map = new HashMap<>();
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file));
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      reader.readLine();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String[] cells = line.split("\t", -1);
        map.putIfAbsent(cells[key], cells[value]);
      }
    }
    return map;
  }
}

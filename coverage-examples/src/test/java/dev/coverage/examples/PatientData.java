package dev.coverage.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coverage.core.claim.Patient;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** The made-up patient data of examples, to search outputs for. */
final class PatientData {
  private PatientData() {}

  /** Every identifying text of the example's patient, birth dates in the usual spellings. */
  static List<String> of(Example e) {
    Patient p = e.request().claim().patient();
    List<String> out = new ArrayList<>();
    p.memberId().ifPresent(out::add);
    p.givenName().ifPresent(out::add);
    p.familyName().ifPresent(out::add);
    p.birthDate().ifPresent(d -> out.addAll(spellings(d)));
    return out;
  }

  static List<String> spellings(LocalDate d) {
    return List.of(
        d.toString(),
        d.format(DateTimeFormatter.ofPattern("MM/dd/yyyy")),
        d.format(DateTimeFormatter.BASIC_ISO_DATE));
  }

  /** Asserts that no example's patient data appears in the output. */
  static void assertAbsent(List<Example> examples, String output, String what) {
    for (Example e : examples) {
      List<String> data = of(e);
      assertThat(data).as("example %s has made-up patient data to look for", e.id()).isNotEmpty();
      for (String s : data) {
        assertThat(output)
            .as("%s must not carry patient data of %s", what, e.id())
            .doesNotContain(s);
      }
    }
  }
}

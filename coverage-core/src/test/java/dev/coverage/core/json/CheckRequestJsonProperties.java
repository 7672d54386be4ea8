package dev.coverage.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coverage.core.check.CheckRequest;
import dev.coverage.core.claim.Claim;
import dev.coverage.core.claim.ClinicalFacts;
import dev.coverage.core.plan.Accumulators;
import dev.coverage.core.testing.CoverageArbitraries;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Generated check requests round-trip through JSON, whatever they know; a bare claim reads as the
 * request of that claim alone.
 */
class CheckRequestJsonProperties {

  /**
   * Requests from the generators: any claim; authorizations unknown (30%), none on file, or some; a
   * history or not; accumulators or none; documentation; documentation for some of the claim's
   * lines.
   */
  @Provide
  Arbitrary<CheckRequest> requests() {
    // Drawn independently of the claim, line numbers are folded onto its lines (as the generators
    // fold diagnosis pointers), which keeps generation fast and lets each part shrink on its own.
    Arbitrary<Map<Integer, ClinicalFacts>> lineDocumentation =
        Arbitraries.maps(
                Arbitraries.integers().between(1, Claim.MAX_LINES),
                CoverageArbitraries.clinicalFacts())
            .ofMaxSize(4);
    return Combinators.combine(
            CoverageArbitraries.claims(),
            CoverageArbitraries.authorizations().list().ofMaxSize(3).optional(0.7),
            CoverageArbitraries.serviceHistories().optional(0.5),
            CoverageArbitraries.accumulators().optional(0.5),
            CoverageArbitraries.clinicalFacts(),
            lineDocumentation)
        .as(
            (claim, authorizations, history, accumulators, documentation, byLine) -> {
              CheckRequest.Builder b =
                  CheckRequest.builder()
                      .claim(claim)
                      .authorizations(authorizations)
                      .history(history)
                      .documentation(documentation);
              accumulators.ifPresent(b::accumulators);
              int lines = claim.lines().size();
              byLine.forEach(
                  (line, facts) -> b.putLineDocumentation((line - 1) % lines + 1, facts));
              return b.build();
            });
  }

  @Property
  void a_request_written_to_json_reads_back_equal(@ForAll("requests") CheckRequest request) {
    String json = CoverageJson.write(request);

    assertThat(CoverageJson.readRequest(json)).as(json).isEqualTo(request);
    assertThat(CoverageJson.read(json, CheckRequest.class)).as(json).isEqualTo(request);
    // Unknown and none stay apart: the property is written exactly when the list is known.
    assertThat(json.contains(",\"authorizations\":["))
        .isEqualTo(request.authorizations().isPresent());

    Statistics.label("authorizations")
        .collect(
            request.authorizations().map(a -> a.isEmpty() ? "none" : "some").orElse("unknown"));
    Statistics.label("authorizations")
        .coverage(
            c -> {
              c.check("unknown").percentage(p -> p > 15);
              c.check("none").count(n -> n > 0);
            });
    Statistics.label("line documentation").collect(!request.lineDocumentation().isEmpty());
    Statistics.label("line documentation").coverage(c -> c.check(true).percentage(p -> p > 30));
  }

  @Property
  void equal_requests_are_written_alike_whatever_order_they_were_built_in(
      @ForAll("requests") CheckRequest request) {
    List<Map.Entry<Integer, ClinicalFacts>> entries =
        new ArrayList<>(request.lineDocumentation().entrySet());
    Collections.reverse(entries);
    Map<Integer, ClinicalFacts> reversed = new LinkedHashMap<>();
    entries.forEach(e -> reversed.put(e.getKey(), e.getValue()));
    CheckRequest same = CheckRequest.builder().from(request).lineDocumentation(reversed).build();

    assertThat(same).isEqualTo(request);
    assertThat(CoverageJson.write(same)).isEqualTo(CoverageJson.write(request));
  }

  @Property
  void a_bare_claim_reads_as_the_request_of_that_claim(@ForAll("claims") Claim claim) {
    CheckRequest request = CoverageJson.readRequest(CoverageJson.write(claim));

    assertThat(request).isEqualTo(CheckRequest.of(claim));
    assertThat(request.accumulators()).isEqualTo(Accumulators.none());
  }

  @Provide
  Arbitrary<Claim> claims() {
    return CoverageArbitraries.claims();
  }
}

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
import net.jqwik.api.Builders;
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
    return CoverageArbitraries.claims()
        .flatMap(
            claim ->
                Builders.withBuilder(() -> CheckRequest.builder().claim(claim))
                    .use(CoverageArbitraries.authorizations().list().ofMaxSize(3))
                    .withProbability(0.7)
                    .in((b, v) -> b.authorizations(v))
                    .use(CoverageArbitraries.serviceHistories())
                    .withProbability(0.5)
                    .in((b, v) -> b.history(v))
                    .use(CoverageArbitraries.accumulators())
                    .withProbability(0.5)
                    .in((b, v) -> b.accumulators(v))
                    .use(CoverageArbitraries.clinicalFacts())
                    .in((b, v) -> b.documentation(v))
                    .use(
                        Arbitraries.maps(
                                Arbitraries.integers().between(1, claim.lines().size()),
                                CoverageArbitraries.clinicalFacts())
                            .ofMaxSize(claim.lines().size()))
                    .in((b, v) -> b.lineDocumentation(v))
                    .build(CheckRequest.Builder::build));
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

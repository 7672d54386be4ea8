package dev.coverage.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import dev.coverage.core.ValidationException;
import dev.coverage.core.check.CheckRequest;
import dev.coverage.core.claim.ClinicalFacts;
import dev.coverage.core.plan.Authorization;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link CheckRequest}: the claim and what the practice knows about it.
 *
 * <pre>{@code
 * {"claim":{...},"authorizations":[{...}],"history":{"services":[...]},
 *  "accumulators":{"deductibleMet":"400.00",...},"documentation":{"headacheDaysPerMonth":20},
 *  "lineDocumentation":{"2":{"lesionCount":12}}}
 * }</pre>
 *
 * <p>Only {@code claim} is required. Absent (or null) {@code authorizations} means the
 * authorizations on file are unknown, {@code []} that there are none; both are written back as they
 * were. {@code history} is an object or a bare array of prior services. {@code lineDocumentation}
 * is keyed by line number, written in digits from 1 without a sign or leading zero, and written
 * back in line order; a line the claim does not have fails with the path {@code
 * $.lineDocumentation.3}.
 */
final class CheckRequestJson {
  static final Fields FIELDS =
      Fields.of("a check request")
          .required("claim")
          .optional(
              "authorizations", "history", "accumulators", "documentation", "lineDocumentation")
          .build();

  /** Line numbers as keys: {@code "2"}; nothing else spells a line. */
  private static final KeyFunction<Integer> LINE_KEY =
      (p, name) -> {
        int n = lineNumber(name);
        if (n < 1) {
          throw Problems.here(p, "must be a line number from 1, written in digits such as \"2\"");
        }
        return n;
      };

  private CheckRequestJson() {}

  static CheckRequest read(JsonParser p) throws IOException {
    CheckRequest.Builder b = CheckRequest.builder();
    int seen = 0;
    for (String name = FIELDS.first(p); name != null; name = p.nextFieldName()) {
      seen = FIELDS.enter(p, name, seen);
      if (Fields.isNull(p)) {
        continue;
      }
      switch (name) {
        case "claim" -> b.claim(ClaimJson.read(p));
        case "authorizations" ->
            b.authorizations(Containers.list(p, "authorizations", AuthorizationJson::read));
        case "history" -> b.history(ServiceHistoryJson.read(p));
        case "accumulators" -> b.accumulators(AccumulatorsJson.read(p));
        case "documentation" -> b.documentation(ClinicalFactsJson.read(p));
        case "lineDocumentation" ->
            b.lineDocumentation(
                Containers.map(
                    p,
                    "clinical facts keyed by line number",
                    LINE_KEY,
                    ClinicalFactsJson::read,
                    new LinkedHashMap<>()));
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

  /** The number a key spells, or -1: digits only, no leading zero, within an {@code int}. */
  private static int lineNumber(String key) {
    int n = key.length();
    if (n == 0 || n > 9 || key.charAt(0) == '0') {
      return -1;
    }
    int value = 0;
    for (int i = 0; i < n; i++) {
      char c = key.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  static void write(CheckRequest v, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeFieldName("claim");
    ClaimJson.write(v.claim(), g);
    if (v.authorizations().isPresent()) {
      // Written even when empty: [] (none on file) is not the same as absent (unknown).
      List<Authorization> authorizations = v.authorizations().get();
      g.writeArrayFieldStart("authorizations");
      for (int i = 0; i < authorizations.size(); i++) {
        AuthorizationJson.write(authorizations.get(i), g);
      }
      g.writeEndArray();
    }
    if (v.history().isPresent()) {
      g.writeFieldName("history");
      ServiceHistoryJson.write(v.history().get(), g);
    }
    g.writeFieldName("accumulators");
    AccumulatorsJson.write(v.accumulators(), g);
    g.writeFieldName("documentation");
    ClinicalFactsJson.write(v.documentation(), g);
    Map<Integer, ClinicalFacts> byLine = v.lineDocumentation();
    if (!byLine.isEmpty()) {
      // In line order, so that equal requests are written alike whatever order they were built in.
      Integer[] lines = byLine.keySet().toArray(new Integer[0]);
      Arrays.sort(lines);
      g.writeObjectFieldStart("lineDocumentation");
      for (Integer line : lines) {
        g.writeFieldName(line.toString());
        ClinicalFactsJson.write(byLine.get(line), g);
      }
      g.writeEndObject();
    }
    g.writeEndObject();
  }
}

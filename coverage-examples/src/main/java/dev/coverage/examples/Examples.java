package dev.coverage.examples;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.coverage.core.ValidationException;
import dev.coverage.core.check.CheckRequest;
import dev.coverage.core.check.Verdict;
import dev.coverage.core.json.CoverageJson;
import dev.coverage.core.plan.Plan;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo's examples, as shipped in this jar under {@value #FOLDER}: {@code examples.json} lists
 * them in order, {@code plans/*.json} are plans and {@code claims/*.json} check requests, all in
 * the JSON form of {@link CoverageJson}, so that a user can copy one and edit it.
 *
 * <pre>{@code
 * {"examples": [
 *   {"id": "06-botox-chronic-migraine", "title": "Botox for chronic migraine ...",
 *    "plan": "plans/commercial-ppo.json", "request": "claims/06-botox-chronic-migraine.json",
 *    "expected": "CLEAN"}, ...]}
 * }</pre>
 */
public final class Examples {
  /** The classpath folder of the examples. */
  public static final String FOLDER = "/dev/coverage/examples/";

  /** The manifest, in {@link #FOLDER}. */
  public static final String MANIFEST = "examples.json";

  private static final JsonMapper MANIFEST_READER = new JsonMapper();

  private Examples() {}

  /**
   * The examples shipped with this module, in the manifest's order.
   *
   * @return the examples
   * @throws ValidationException when a file is not valid, naming the file
   * @throws UncheckedIOException when a file cannot be read
   */
  public static List<Example> bundled() {
    return load(FOLDER);
  }

  /**
   * Examples from a classpath folder that holds a manifest named {@value #MANIFEST}, with file
   * names relative to it; each plan file is read once.
   *
   * @param folder the classpath folder, starting and ending with {@code /}
   * @return the examples, in the manifest's order
   * @throws ValidationException when a file is not valid, naming the file
   * @throws UncheckedIOException when a file cannot be read
   */
  public static List<Example> load(String folder) {
    JsonNode manifest;
    try {
      manifest = MANIFEST_READER.readTree(bytes(folder + MANIFEST));
    } catch (JsonProcessingException e) {
      throw new ValidationException(folder + MANIFEST, "is not JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + folder + MANIFEST, e);
    }
    JsonNode entries = manifest.path("examples");
    if (!entries.isArray()) {
      throw new ValidationException(folder + MANIFEST, "has no array named examples");
    }
    Map<String, Plan> plans = new HashMap<>();
    List<Example> out = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      JsonNode e = entries.get(i);
      String where = folder + MANIFEST + " examples[" + i + "]";
      String planFile = text(e, "plan", where);
      String requestFile = text(e, "request", where);
      Plan plan = plans.computeIfAbsent(planFile, f -> readPlan(resolve(folder, f)));
      out.add(
          new Example(
              text(e, "id", where),
              text(e, "title", where),
              planFile,
              plan,
              requestFile,
              readRequest(resolve(folder, requestFile)),
              verdict(text(e, "expected", where), where)));
    }
    return List.copyOf(out);
  }

  /** A file named from the folder, or from the classpath root when it starts with {@code /}. */
  private static String resolve(String folder, String file) {
    return file.startsWith("/") ? file : folder + file;
  }

  private static Plan readPlan(String resource) {
    try {
      return CoverageJson.readPlan(bytes(resource));
    } catch (ValidationException e) {
      throw inFile(resource, e);
    }
  }

  private static CheckRequest readRequest(String resource) {
    try {
      return CoverageJson.readRequest(bytes(resource));
    } catch (ValidationException e) {
      throw inFile(resource, e);
    }
  }

  /** The same error, its field prefixed with the file; the message never quotes the document. */
  private static ValidationException inFile(String resource, ValidationException e) {
    return new ValidationException(
        resource + " " + e.field(), e.rule() + e.location().map(l -> " (" + l + ")").orElse(""));
  }

  private static String text(JsonNode entry, String name, String where) {
    JsonNode v = entry.get(name);
    if (v == null || !v.isTextual() || v.asText().isEmpty()) {
      throw new ValidationException(where + "." + name, "must be a non-empty string");
    }
    return v.asText();
  }

  private static Verdict verdict(String name, String where) {
    try {
      return Verdict.valueOf(name);
    } catch (IllegalArgumentException e) {
      throw new ValidationException(where + ".expected", "must be CLEAN, AT_RISK or LIKELY_DENIED");
    }
  }

  private static byte[] bytes(String resource) {
    try (InputStream in = Examples.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new UncheckedIOException(new IOException(resource + " is not on the classpath"));
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}

package dev.coverage.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The properties of one JSON object shape, in the model's order, each required or not; and the
 * bookkeeping of reading one such object: unknown names, repeats, nulls and absences.
 *
 * <p>A reader uses it like this, with a switch on the name for the values themselves:
 *
 * <pre>{@code
 * int seen = 0;
 * for (String name = FIELDS.first(p); name != null; name = p.nextFieldName()) {
 *   seen = FIELDS.enter(p, name, seen);  // now on the value; a required field is not null
 *   if (Fields.isNull(p)) continue;       // an optional field given as null is absent
 *   switch (name) { ... }
 * }
 * FIELDS.end(p, seen);                    // every required field was given
 * }</pre>
 */
final class Fields {
  private final String what;
  private final String[] names;
  private final ImmutableMap<String, Integer> index;
  private final int required;
  private final String known;
  private final boolean patientData;

  private Fields(String what, List<String> names, int required, boolean patientData) {
    this.what = what;
    this.names = names.toArray(new String[0]);
    ImmutableMap.Builder<String, Integer> b = ImmutableMap.builder();
    for (int i = 0; i < this.names.length; i++) {
      b.put(this.names[i], i);
    }
    this.index = b.buildOrThrow();
    this.required = required;
    this.known = String.join(", ", names);
    this.patientData = patientData;
  }

  /**
   * Starts the description of an object shape.
   *
   * @param what the object in words, with its article: {@code "a claim line"}
   */
  static Builder of(String what) {
    return new Builder(what);
  }

  /** The property names, in the model's order. */
  List<String> names() {
    return List.of(names);
  }

  /** Whether a name is one of the properties. */
  boolean has(String name) {
    return index.containsKey(name);
  }

  /** The object in words, such as {@code a claim line}. */
  String what() {
    return what;
  }

  /**
   * Checks that the parser is at the start of an object and returns its first property name.
   *
   * @return the first name, or null for an empty object
   */
  @Nullable String first(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.START_OBJECT) {
      return p.nextFieldName();
    }
    // Jackson may hand over an object whose start it has already consumed.
    if (t == JsonToken.FIELD_NAME) {
      return p.currentName();
    }
    if (t == JsonToken.END_OBJECT) {
      return null;
    }
    throw Problems.wrongType(p, "an object (" + what + ")");
  }

  /**
   * Accounts for a property and moves to its value: fails on an unknown name, a name given twice
   * (even when the parser does not detect duplicates) or null for a required property.
   *
   * @param name the property name the parser is on
   * @param seen the properties met so far, one bit each
   * @return {@code seen} with this property's bit set
   */
  int enter(JsonParser p, String name, int seen) throws IOException {
    Integer i = index.get(name);
    if (i == null) {
      if (patientData) {
        // The name itself may be a patient's name or id put in the wrong place.
        throw Problems.at(
            p,
            Problems.enclosingPath(p) + ".*",
            "is not a property of "
                + what
                + " (its name is not shown: it may be patient data); the properties are "
                + known);
      }
      throw Problems.here(p, "is not a property of " + what + "; the properties are " + known);
    }
    int bit = 1 << i;
    if ((seen & bit) != 0) {
      throw Problems.here(p, "appears twice in the same object");
    }
    if (p.nextToken() == JsonToken.VALUE_NULL && (required & bit) != 0) {
      throw Problems.here(p, "is required and must not be null");
    }
    return seen | bit;
  }

  /** Whether the value the parser is on is {@code null}. */
  static boolean isNull(JsonParser p) {
    return p.currentToken() == JsonToken.VALUE_NULL;
  }

  /**
   * Checks, on the object's end, that every required property was given.
   *
   * @param seen the properties met, one bit each
   */
  void end(JsonParser p, int seen) throws IOException {
    if (p.currentToken() != JsonToken.END_OBJECT) {
      throw Problems.here(p, "the object (" + what + ") is not closed");
    }
    int missing = required & ~seen;
    if (missing != 0) {
      throw Problems.missing(p, names[Integer.numberOfTrailingZeros(missing)]);
    }
  }

  /** Builds a {@link Fields}; names keep the order they are given in. */
  static final class Builder {
    private final String what;
    private final List<String> names = new ArrayList<>();
    private int required;
    private boolean patientData;

    private Builder(String what) {
      this.what = what;
    }

    /** Properties that must be present and not null. */
    Builder required(String... more) {
      for (String name : more) {
        required |= 1 << names.size();
        add(name);
      }
      return this;
    }

    /** Properties that may be absent or null (both mean: empty, or the model's default). */
    Builder optional(String... more) {
      for (String name : more) {
        add(name);
      }
      return this;
    }

    private void add(String name) {
      Preconditions.checkState(names.size() < 32, "at most 32 properties, one bit each");
      names.add(name);
    }

    /** The object holds patient data: an unknown property's name is not shown either. */
    Builder holdingPatientData() {
      patientData = true;
      return this;
    }

    Fields build() {
      return new Fields(what, names, required, patientData);
    }
  }
}

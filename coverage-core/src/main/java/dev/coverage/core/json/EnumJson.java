package dev.coverage.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;

/**
 * Reads a model enum by its exact constant name, as a value or as an object key. The offending text
 * is never echoed (an enum may describe the patient); the rule lists the accepted names.
 *
 * @param <E> the enum
 */
final class EnumJson<E extends Enum<E>> {
  private final String what;
  private final ImmutableMap<String, E> byName;
  private final String rule;
  private final String keyRule;

  private EnumJson(String what, E[] constants) {
    this.what = what;
    ImmutableMap.Builder<String, E> b = ImmutableMap.builder();
    StringBuilder names = new StringBuilder();
    for (E e : constants) {
      b.put(e.name(), e);
      names.append(names.length() == 0 ? "" : ", ").append(e.name());
    }
    this.byName = b.buildOrThrow();
    this.rule = "must be " + what + ", one of " + names;
    this.keyRule = "must be the name of " + what + ", one of " + names;
  }

  /**
   * A reader for an enum.
   *
   * @param what the value in words, with its article: {@code "a therapy kind"}
   * @param constants the enum's {@code values()}
   */
  static <E extends Enum<E>> EnumJson<E> of(String what, E[] constants) {
    return new EnumJson<>(what, constants);
  }

  /** Reads the string value the parser is on. */
  E read(JsonParser p) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw Problems.wrongType(p, "a string (" + what + ")");
    }
    E e = byName.get(p.getText());
    if (e == null) {
      throw Problems.here(p, rule);
    }
    return e;
  }

  /** Reads the property name the parser is on, as the key of a map keyed by this enum. */
  E key(JsonParser p, String name) throws IOException {
    E e = byName.get(name);
    if (e == null) {
      throw Problems.here(p, keyRule);
    }
    return e;
  }
}

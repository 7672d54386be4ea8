package dev.coverage.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Arrays and keyed objects of model values. A {@code null} element or map value is refused: only
 * whole properties may be null. Arrays read as sets and objects read as maps refuse a repeated
 * element or key, after normalization ({@code "j0585"} repeats {@code "J0585"}), even when the
 * parser does not detect duplicate names.
 */
final class Containers {
  private Containers() {}

  /** An array, each element read by {@code element}. */
  static <T> List<T> list(JsonParser p, String what, ReadFunction<T> element) throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw Problems.wrongType(p, "an array of " + what);
    }
    List<T> out = new ArrayList<>();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      out.add(element.read(p));
    }
    return out;
  }

  /** An array whose elements must differ. */
  static <T> Set<T> set(JsonParser p, String what, ReadFunction<T> element) throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw Problems.wrongType(p, "an array of " + what);
    }
    Set<T> out = new LinkedHashSet<>();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      if (!out.add(element.read(p))) {
        throw Problems.here(p, "repeats an earlier element of the list");
      }
    }
    return out;
  }

  /** An object whose property names are keys, all different once read, filling {@code into}. */
  static <K, V> Map<K, V> map(
      JsonParser p, String what, KeyFunction<K> key, ReadFunction<V> value, Map<K, V> into)
      throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw Problems.wrongType(p, "an object of " + what);
    }
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      K k = key.key(p, name);
      if (into.containsKey(k)) {
        throw Problems.here(p, "repeats the key " + k + " of the same object");
      }
      p.nextToken();
      into.put(k, value.read(p));
    }
    return into;
  }
}

package dev.coverage.core.json;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;

/**
 * Reads a map key from a property name; the parser is on that name, for the error's path.
 *
 * @param <K> the key read
 */
@FunctionalInterface
interface KeyFunction<K> {
  K key(JsonParser p, String name) throws IOException;
}

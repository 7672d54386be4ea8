package dev.coverage.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/**
 * Writes one value as one JSON value.
 *
 * @param <T> the value written
 */
@FunctionalInterface
interface WriteFunction<T> {
  void write(T value, JsonGenerator g) throws IOException;
}

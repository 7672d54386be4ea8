package dev.coverage.core.json;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;

/**
 * Reads one value starting at the parser's current token and leaves the parser on the value's last
 * token (its closing bracket, or the token itself for a scalar).
 *
 * @param <T> the value read
 */
@FunctionalInterface
interface ReadFunction<T> {
  T read(JsonParser p) throws IOException;
}

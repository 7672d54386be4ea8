package dev.coverage.core.json;

import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.KeyDeserializer;
import java.io.IOException;

/**
 * Reads a code used as a map key in a caller's own document, such as a {@code Map<ProcedureCode,
 * ...>}; keys are written with the code's {@code toString()}, which is its canonical form.
 */
final class CodeKeyDeserializer extends KeyDeserializer {
  private final KeyFunction<?> key;

  CodeKeyDeserializer(KeyFunction<?> key) {
    this.key = key;
  }

  @Override
  public Object deserializeKey(String name, DeserializationContext ctxt) throws IOException {
    return key.key(ctxt.getParser(), name);
  }
}

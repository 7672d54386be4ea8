package dev.coverage.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;

/**
 * Adapts a streaming {@link ReadFunction} to Jackson: no bean introspection, no reflection, no
 * tree. Stateless, so one instance serves every thread.
 *
 * @param <T> the model type read
 */
final class ModelDeserializer<T> extends StdDeserializer<T> {
  private static final long serialVersionUID = 1L;

  private final ReadFunction<T> read;

  ModelDeserializer(Class<T> type, ReadFunction<T> read) {
    super(type);
    this.read = read;
  }

  @Override
  public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    return read.read(p);
  }

  @Override
  public boolean isCachable() {
    return true;
  }
}

package dev.coverage.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/**
 * Adapts a streaming {@link WriteFunction} to Jackson: the value is written token by token, with no
 * bean introspection.
 *
 * @param <T> the model type written
 */
final class ModelSerializer<T> extends StdSerializer<T> {
  private static final long serialVersionUID = 1L;

  private final WriteFunction<T> write;

  ModelSerializer(Class<T> type, WriteFunction<T> write) {
    super(type);
    this.write = write;
  }

  @Override
  public void serialize(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
    write.write(value, g);
  }
}

package dev.coverage.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;

/**
 * Writing fields whose names are constants encoded once ({@link SerializedString}), so a name is
 * copied rather than escaped on every write, and enum values the same way: the writers of the
 * checker's results run once per claim in a batch, and names are most of what they write.
 */
final class Out {
  private static final ClassValue<SerializableString[]> ENUM_NAMES =
      new ClassValue<>() {
        @Override
        protected SerializableString[] computeValue(Class<?> type) {
          Object[] constants = type.getEnumConstants();
          SerializableString[] names = new SerializableString[constants.length];
          for (int i = 0; i < constants.length; i++) {
            names[i] = new SerializedString(((Enum<?>) constants[i]).name());
          }
          return names;
        }
      };

  private Out() {}

  static void string(JsonGenerator g, SerializableString name, String value) throws IOException {
    g.writeFieldName(name);
    g.writeString(value);
  }

  /** An enum's name as the value, from the names encoded once per enum type. */
  static void string(JsonGenerator g, SerializableString name, Enum<?> value) throws IOException {
    g.writeFieldName(name);
    g.writeString(ENUM_NAMES.get(value.getDeclaringClass())[value.ordinal()]);
  }

  static void number(JsonGenerator g, SerializableString name, int value) throws IOException {
    g.writeFieldName(name);
    g.writeNumber(value);
  }

  static void bool(JsonGenerator g, SerializableString name, boolean value) throws IOException {
    g.writeFieldName(name);
    g.writeBoolean(value);
  }

  static void array(JsonGenerator g, SerializableString name) throws IOException {
    g.writeFieldName(name);
    g.writeStartArray();
  }

  static void object(JsonGenerator g, SerializableString name) throws IOException {
    g.writeFieldName(name);
    g.writeStartObject();
  }
}

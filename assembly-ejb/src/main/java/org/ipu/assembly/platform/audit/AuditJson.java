package org.ipu.assembly.platform.audit;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import java.io.StringReader;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The one serializer of audit payloads: a record to canonical JSON and back.
 *
 * <p>Canonical: object members sorted by name, no whitespace, every character outside printable
 * ASCII written as a {@code \}{@code uXXXX} escape (so the stored text is ASCII and any string,
 * with {@code | = "}, newlines, any Unicode, even a lone surrogate, comes back exactly), numbers as
 * integers or {@link BigDecimal#toString()}. The same value always gives the same text, and the
 * hash of an entry is taken over that text.
 *
 * <p>Payloads hold strings, booleans, {@code int}/{@code long} and their boxes, {@link BigInteger},
 * {@link BigDecimal}, enums, {@link LocalDateTime}, {@link LocalDate}, {@link Instant}, nested
 * records, {@code List}s and {@code Map}s with string keys of these. Writing anything else is a
 * programming error ({@link IllegalArgumentException}); reading never throws: whatever the text, it
 * answers a value or nothing.
 */
public final class AuditJson {

  /** Each record type's components in declaration order (the canonical constructor's order). */
  static final ClassValue<RecordComponent[]> COMPONENTS =
      new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
          RecordComponent[] components = type.getRecordComponents();
          for (RecordComponent c : components) {
            c.getAccessor().setAccessible(true);
          }
          return components;
        }
      };

  private static final ClassValue<RecordComponent[]> SORTED =
      new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
          RecordComponent[] sorted = COMPONENTS.get(type).clone();
          Arrays.sort(sorted, Comparator.comparing(RecordComponent::getName));
          return sorted;
        }
      };

  private AuditJson() {}

  /** The canonical JSON of a value (a record, usually). */
  public static String write(Object value) {
    StringBuilder out = new StringBuilder();
    writeValue(value, out);
    return out.toString();
  }

  /** The record a text holds, or empty if the text is not JSON of that record. Never throws. */
  public static <P extends Record> Optional<P> read(String json, Class<P> type) {
    try {
      Optional<JsonValue> value = parse(json);
      return value.isEmpty()
          ? Optional.empty()
          : Optional.of(type.cast(AuditJsonReader.convert(value.get(), type)));
    } catch (RuntimeException | ReflectiveOperationException | LinkageError notThatRecord) {
      return Optional.empty();
    }
  }

  /** The canonical form of a JSON text, or empty if it is not JSON. Never throws. */
  public static Optional<String> canonical(String json) {
    try {
      return parse(json).map(AuditJson::write);
    } catch (RuntimeException | LinkageError notJson) {
      return Optional.empty();
    }
  }

  /** Whether a text is JSON written as this serializer writes it. Never throws. */
  public static boolean isCanonical(String json) {
    return json != null && canonical(json).filter(json::equals).isPresent();
  }

  private static Optional<JsonValue> parse(String json) {
    if (json == null) {
      return Optional.empty();
    }
    try (JsonParser parser = Json.createParser(new StringReader(json))) {
      if (!parser.hasNext()) {
        return Optional.empty();
      }
      parser.next();
      JsonValue value = parser.getValue();
      return parser.hasNext() ? Optional.empty() : Optional.of(value);
    }
  }

  // ---- writing

  private static void writeValue(Object value, StringBuilder out) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof JsonValue json) {
      writeJson(json, out);
    } else if (value instanceof String s) {
      writeString(s, out);
    } else if (value instanceof Boolean b) {
      out.append(b);
    } else if (value instanceof Integer
        || value instanceof Long
        || value instanceof Short
        || value instanceof Byte
        || value instanceof BigInteger) {
      out.append(value);
    } else if (value instanceof BigDecimal d) {
      out.append(d);
    } else if (value instanceof Enum<?> e) {
      writeString(e.name(), out);
    } else if (value instanceof LocalDateTime
        || value instanceof LocalDate
        || value instanceof Instant) {
      writeString(value.toString(), out);
    } else if (value instanceof Record r) {
      writeRecord(r, out);
    } else if (value instanceof Map<?, ?> m) {
      writeMap(m, out);
    } else if (value instanceof Collection<?> c) {
      writeArray(c, out);
    } else {
      throw new IllegalArgumentException(
          "an audit payload cannot hold a " + value.getClass().getName());
    }
  }

  private static void writeJson(JsonValue json, StringBuilder out) {
    switch (json.getValueType()) {
      case NULL -> out.append("null");
      case TRUE -> out.append(true);
      case FALSE -> out.append(false);
      case STRING -> writeString(((JsonString) json).getString(), out);
      case NUMBER -> {
        JsonNumber n = (JsonNumber) json;
        out.append(n.isIntegral() ? n.bigIntegerValue() : n.bigDecimalValue());
      }
      case ARRAY -> writeArray((JsonArray) json, out);
      case OBJECT -> writeMap((JsonObject) json, out);
    }
  }

  private static void writeRecord(Record r, StringBuilder out) {
    out.append('{');
    boolean first = true;
    for (RecordComponent c : SORTED.get(r.getClass())) {
      if (!first) {
        out.append(',');
      }
      first = false;
      writeString(c.getName(), out);
      out.append(':');
      try {
        writeValue(c.getAccessor().invoke(r), out);
      } catch (ReflectiveOperationException e) {
        throw new IllegalArgumentException("cannot read " + c, e);
      }
    }
    out.append('}');
  }

  private static void writeMap(Map<?, ?> map, StringBuilder out) {
    TreeMap<String, Object> sorted = new TreeMap<>();
    map.forEach(
        (k, v) -> {
          if (!(k instanceof String key)) {
            throw new IllegalArgumentException("audit payload map keys are strings");
          }
          sorted.put(key, v);
        });
    out.append('{');
    boolean first = true;
    for (Map.Entry<String, Object> e : sorted.entrySet()) {
      if (!first) {
        out.append(',');
      }
      first = false;
      writeString(e.getKey(), out);
      out.append(':');
      writeValue(e.getValue(), out);
    }
    out.append('}');
  }

  private static void writeArray(Collection<?> values, StringBuilder out) {
    out.append('[');
    boolean first = true;
    for (Object v : values) {
      if (!first) {
        out.append(',');
      }
      first = false;
      writeValue(v, out);
    }
    out.append(']');
  }

  private static void writeString(String s, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < 0x20 || c > 0x7e) {
            out.append("\\u");
            String hex = Integer.toHexString(c);
            out.append("0".repeat(4 - hex.length())).append(hex);
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}

package org.ipu.assembly.platform.audit;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reading half of {@link AuditJson}: a parsed JSON value into the Java type a payload record
 * declares (records through their canonical constructor). Throws on any mismatch; {@link
 * AuditJson#read} turns that into "not that record".
 */
final class AuditJsonReader {

  private AuditJsonReader() {}

  static Object convert(JsonValue value, Type type) throws ReflectiveOperationException {
    Class<?> raw = rawClass(type);
    if (value.getValueType() == JsonValue.ValueType.NULL) {
      if (raw.isPrimitive()) {
        throw new IllegalArgumentException("null for a " + raw);
      }
      return null;
    }
    if (raw == String.class) {
      return ((JsonString) value).getString();
    }
    if (raw == boolean.class || raw == Boolean.class) {
      return switch (value.getValueType()) {
        case TRUE -> true;
        case FALSE -> false;
        default -> throw new IllegalArgumentException("not a boolean");
      };
    }
    if (raw == int.class || raw == Integer.class) {
      return ((JsonNumber) value).intValueExact();
    }
    if (raw == long.class || raw == Long.class) {
      return ((JsonNumber) value).longValueExact();
    }
    if (raw == short.class || raw == Short.class) {
      return ((JsonNumber) value).bigDecimalValue().shortValueExact();
    }
    if (raw == byte.class || raw == Byte.class) {
      return ((JsonNumber) value).bigDecimalValue().byteValueExact();
    }
    if (raw == BigInteger.class) {
      return ((JsonNumber) value).bigIntegerValueExact();
    }
    if (raw == BigDecimal.class) {
      return ((JsonNumber) value).bigDecimalValue();
    }
    if (raw.isEnum()) {
      return enumValue(raw, ((JsonString) value).getString());
    }
    if (raw == LocalDateTime.class) {
      return LocalDateTime.parse(((JsonString) value).getString());
    }
    if (raw == LocalDate.class) {
      return LocalDate.parse(((JsonString) value).getString());
    }
    if (raw == Instant.class) {
      return Instant.parse(((JsonString) value).getString());
    }
    if (raw.isRecord()) {
      return record((JsonObject) value, raw);
    }
    if (raw == List.class || raw == Collection.class) {
      Type element = typeArgument(type, 0);
      List<Object> list = new ArrayList<>();
      for (JsonValue v : (JsonArray) value) {
        list.add(convert(v, element));
      }
      return Collections.unmodifiableList(list);
    }
    if (raw == Map.class) {
      if (rawClass(typeArgument(type, 0)) != String.class) {
        throw new IllegalArgumentException("map keys are strings");
      }
      Type element = typeArgument(type, 1);
      Map<String, Object> map = new LinkedHashMap<>();
      for (Map.Entry<String, JsonValue> e : ((JsonObject) value).entrySet()) {
        map.put(e.getKey(), convert(e.getValue(), element));
      }
      return map;
    }
    throw new IllegalArgumentException("an audit payload cannot hold a " + type);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object enumValue(Class<?> type, String name) {
    return Enum.valueOf((Class) type, name);
  }

  private static Object record(JsonObject object, Class<?> type)
      throws ReflectiveOperationException {
    RecordComponent[] components = AuditJson.COMPONENTS.get(type);
    Class<?>[] types = new Class<?>[components.length];
    Object[] args = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
      JsonValue v = object.get(components[i].getName());
      args[i] = convert(v == null ? JsonValue.NULL : v, components[i].getGenericType());
    }
    Constructor<?> canonical = type.getDeclaredConstructor(types);
    canonical.setAccessible(true);
    return canonical.newInstance(args);
  }

  private static Class<?> rawClass(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
      return c;
    }
    throw new IllegalArgumentException("an audit payload cannot hold a " + type);
  }

  private static Type typeArgument(Type type, int index) {
    if (type instanceof ParameterizedType p) {
      return p.getActualTypeArguments()[index];
    }
    throw new IllegalArgumentException("a raw collection in an audit payload: " + type);
  }
}

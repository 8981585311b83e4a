package org.ipu.assembly.web.platform.rest;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Collection;

/**
 * Reads a JSON request body strictly before JSON-B binds it, and refuses with 400 {@code
 * request.malformed} (a {@link JsonbException}) what a lenient reader would let through: bytes that
 * are not UTF-8, a string holding half of a surrogate pair, anything after the one JSON value, and
 * for a record a value of the wrong kind where JSON-B would convert it (a number or a boolean, an
 * object or an array where a text belongs; an object or a boolean where a number belongs).
 */
@Provider
public class StrictJson implements ReaderInterceptor {

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    if (!MediaType.APPLICATION_JSON_TYPE.isCompatible(context.getMediaType())) {
      return context.proceed();
    }
    byte[] body = context.getInputStream().readAllBytes();
    if (body.length > 0) {
      check(value(utf8(body)), context.getGenericType());
    }
    context.setInputStream(new ByteArrayInputStream(body));
    return context.proceed();
  }

  private static String utf8(byte[] body) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(body))
          .toString();
    } catch (CharacterCodingException notUtf8) {
      throw new JsonbException("the body is not UTF-8");
    }
  }

  /** The one JSON value of the text, with nothing after it. */
  private static JsonValue value(String text) {
    try (JsonParser parser = Json.createParser(new StringReader(text))) {
      if (!parser.hasNext()) {
        throw new JsonbException("no JSON value");
      }
      parser.next();
      JsonValue value = parser.getValue();
      if (parser.hasNext()) {
        throw new JsonbException("something after the JSON value");
      }
      return value;
    } catch (JsonParsingException | IllegalStateException | java.util.NoSuchElementException e) {
      throw new JsonbException("not JSON", e);
    }
  }

  /** Refuses a value whose kinds do not fit the type JSON-B will bind it to. */
  static void check(JsonValue value, Type type) {
    switch (value.getValueType()) {
      case STRING -> {
        if (isSplit(((JsonString) value).getString())) {
          throw new JsonbException("half of a surrogate pair");
        }
      }
      case OBJECT -> {
        JsonObject object = value.asJsonObject();
        object.keySet().stream()
            .filter(StrictJson::isSplit)
            .findAny()
            .ifPresent(
                name -> {
                  throw new JsonbException("half of a surrogate pair");
                });
        if (type instanceof Class<?> record && record.isRecord()) {
          for (RecordComponent component : record.getRecordComponents()) {
            JsonValue field = object.get(component.getName());
            if (field != null) {
              fits(field, component.getGenericType());
              check(field, component.getGenericType());
            }
          }
        } else {
          object.values().forEach(field -> check(field, Object.class));
        }
      }
      case ARRAY -> {
        Type element = elementOf(type);
        for (JsonValue item : (JsonArray) value) {
          fits(item, element);
          check(item, element);
        }
      }
      default -> {}
    }
  }

  /** Refuses a value of a kind JSON-B would convert into the type rather than read. */
  private static void fits(JsonValue value, Type type) {
    Class<?> raw = raw(type);
    JsonValue.ValueType kind = value.getValueType();
    if (kind == JsonValue.ValueType.NULL || raw == Object.class) {
      return;
    }
    boolean fits;
    if (raw == String.class || raw.isEnum()) {
      fits = kind == JsonValue.ValueType.STRING;
    } else if (Number.class.isAssignableFrom(raw) || (raw.isPrimitive() && raw != boolean.class)) {
      fits = kind == JsonValue.ValueType.NUMBER || kind == JsonValue.ValueType.STRING;
    } else if (raw == Boolean.class || raw == boolean.class) {
      fits = kind == JsonValue.ValueType.TRUE || kind == JsonValue.ValueType.FALSE;
    } else if (raw.isRecord()) {
      fits = kind == JsonValue.ValueType.OBJECT;
    } else if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
      fits = kind == JsonValue.ValueType.ARRAY;
    } else {
      fits = true;
    }
    if (!fits) {
      throw new JsonbException("a " + kind + " where a " + raw.getSimpleName() + " belongs");
    }
  }

  private static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
      return c;
    }
    return Object.class;
  }

  private static Type elementOf(Type type) {
    if (type instanceof Class<?> c && c.isArray()) {
      return c.getComponentType();
    }
    if (type instanceof ParameterizedType p
        && Collection.class.isAssignableFrom(raw(p))
        && p.getActualTypeArguments().length == 1) {
      return p.getActualTypeArguments()[0];
    }
    return Object.class;
  }

  /** Whether the text holds a surrogate without its other half. */
  private static boolean isSplit(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return true;
      }
    }
    return false;
  }
}

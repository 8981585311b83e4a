package org.ipu.assembly.web.platform.rest;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * The OpenAPI schemas of the records the API reads and writes, as JSON-B binds them: one property
 * per record component, named after it. Texts are strings, whole numbers integers, {@link Number}s
 * numbers (read exactly), enums strings with their values, times ISO-8601 strings, collections
 * arrays, and other records references to their own schema (named by their simple name).
 */
public final class JsonSchemas {

  private JsonSchemas() {}

  /** The schemas of the given records and of every record they contain, by name. */
  public static Map<String, Schema> of(Collection<Class<? extends Record>> roots) {
    Map<String, Schema> schemas = new LinkedHashMap<>();
    Deque<Class<?>> toDo = new ArrayDeque<>(roots);
    while (!toDo.isEmpty()) {
      Class<?> type = toDo.pop();
      if (schemas.containsKey(type.getSimpleName())) {
        continue;
      }
      Schema schema = OASFactory.createSchema().type(SchemaType.OBJECT);
      for (RecordComponent component : type.getRecordComponents()) {
        OneOf oneOf = component.getAnnotation(OneOf.class);
        schema.addProperty(
            component.getName(),
            property(component.getGenericType(), oneOf == null ? null : oneOf.value(), toDo));
      }
      schemas.put(type.getSimpleName(), schema);
    }
    return schemas;
  }

  /** The schema of a value of the type; {@code Object} takes one of the {@code shapes}. */
  private static Schema property(Type type, Class<?>[] shapes, Deque<Class<?>> toDo) {
    if (type == Object.class && shapes != null) {
      return OASFactory.createSchema()
          .oneOf(Arrays.stream(shapes).map(shape -> property(shape, null, toDo)).toList());
    }
    if (type instanceof ParameterizedType generic
        && generic.getRawType() instanceof Class<?> raw
        && Collection.class.isAssignableFrom(raw)) {
      return OASFactory.createSchema()
          .type(SchemaType.ARRAY)
          .items(property(generic.getActualTypeArguments()[0], shapes, toDo));
    }
    if (type instanceof ParameterizedType generic
        && generic.getRawType() instanceof Class<?> raw
        && Map.class.isAssignableFrom(raw)
        && generic.getActualTypeArguments()[0] == String.class) {
      return OASFactory.createSchema()
          .type(SchemaType.OBJECT)
          .additionalPropertiesSchema(property(generic.getActualTypeArguments()[1], shapes, toDo));
    }
    if (!(type instanceof Class<?> c)) {
      throw new IllegalArgumentException("no schema for " + type);
    }
    if (c.isArray()) {
      return OASFactory.createSchema()
          .type(SchemaType.ARRAY)
          .items(property(c.getComponentType(), null, toDo));
    }
    Schema schema = OASFactory.createSchema();
    if (c == String.class || c == char.class || c == Character.class) {
      return schema.type(SchemaType.STRING);
    }
    if (c == int.class || c == Integer.class || c == short.class || c == Short.class) {
      return schema.type(SchemaType.INTEGER).format("int32");
    }
    if (c == long.class || c == Long.class) {
      return schema.type(SchemaType.INTEGER).format("int64");
    }
    if (c == boolean.class || c == Boolean.class) {
      return schema.type(SchemaType.BOOLEAN);
    }
    if (Number.class.isAssignableFrom(c) || c == double.class || c == float.class) {
      return schema.type(SchemaType.NUMBER);
    }
    if (c == LocalDateTime.class || c == Instant.class) {
      return schema.type(SchemaType.STRING).format("date-time");
    }
    if (c == LocalDate.class) {
      return schema.type(SchemaType.STRING).format("date");
    }
    if (c.isEnum()) {
      return schema
          .type(SchemaType.STRING)
          .enumeration(
              Arrays.stream(c.getEnumConstants()).map(e -> (Object) ((Enum<?>) e).name()).toList());
    }
    if (c.isRecord()) {
      toDo.push(c);
      return schema.ref(c.getSimpleName());
    }
    throw new IllegalArgumentException("no schema for " + c.getName() + ": not a record");
  }
}

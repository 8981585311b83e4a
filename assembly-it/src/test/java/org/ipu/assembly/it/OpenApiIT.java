package org.ipu.assembly.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document at {@code /openapi} describes the API: its title, and for every operation a
 * typed request schema (where it takes a body), a typed success response (or 204 without a body)
 * and the JSON error it answers with. "Typed" means a schema with a type other than a bare object,
 * or a reference to a component whose properties are all typed, all the way down.
 */
class OpenApiIT extends IntegrationTest {

  private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

  @Test
  void everyOperationHasTypedRequestAndResponseSchemasAndAnErrorResponse() throws Exception {
    Api.Answer answer = Api.anonymous().get("/openapi?format=JSON");
    assertThat(answer.status()).isEqualTo(200);
    JsonObject document = answer.json().asJsonObject();

    JsonObject info = document.getJsonObject("info");
    assertThat(info.getString("title")).isEqualTo("Assembly API");
    assertThat(info.getString("version")).isNotBlank();
    assertThat(info.getString("description")).contains("stable code");

    JsonObject schemas = document.getJsonObject("components").getJsonObject("schemas");
    JsonObject paths = document.getJsonObject("paths");
    List<String> problems = new ArrayList<>();
    int operations = 0;
    for (Map.Entry<String, JsonValue> path : paths.entrySet()) {
      if (!path.getKey().startsWith("/api/")) {
        continue;
      }
      for (Map.Entry<String, JsonValue> op : path.getValue().asJsonObject().entrySet()) {
        if (!METHODS.contains(op.getKey())) {
          continue;
        }
        operations++;
        String name = op.getKey().toUpperCase() + " " + path.getKey();
        JsonObject operation = op.getValue().asJsonObject();
        if (operation.containsKey("requestBody")) {
          checkContent(
              name + " request", operation.getJsonObject("requestBody"), schemas, problems);
        }
        JsonObject responses = operation.getJsonObject("responses");
        boolean success = false;
        boolean error = false;
        for (Map.Entry<String, JsonValue> response : responses.entrySet()) {
          String status = response.getKey();
          JsonObject value = response.getValue().asJsonObject();
          if (status.startsWith("2")) {
            success = true;
            if (!value.containsKey("content") && !status.equals("204")) {
              problems.add(name + " " + status + ": no content");
            }
          }
          if (status.startsWith("4") || status.startsWith("5")) {
            error = true;
            JsonObject media = value.getJsonObject("content").getJsonObject("application/json");
            if (media == null
                || !"#/components/schemas/ApiError"
                    .equals(media.getJsonObject("schema").getString("$ref", ""))) {
              problems.add(name + " " + status + ": not the JSON ApiError");
            }
          }
          if (value.containsKey("content")) {
            checkContent(name + " " + status, value, schemas, problems);
          }
        }
        if (!success) {
          problems.add(name + ": no success response");
        }
        if (!error) {
          problems.add(name + ": no error response");
        }
      }
    }
    assertThat(operations).as("operations under /api").isGreaterThan(20);
    assertThat(problems).isEmpty();
  }

  private static void checkContent(
      String where, JsonObject holder, JsonObject schemas, List<String> problems) {
    JsonObject content = holder.getJsonObject("content");
    if (content == null || content.isEmpty()) {
      problems.add(where + ": no content");
      return;
    }
    for (Map.Entry<String, JsonValue> media : content.entrySet()) {
      JsonObject schema = media.getValue().asJsonObject().getJsonObject("schema");
      String untyped = untyped(schema, schemas, new HashSet<>());
      if (untyped != null) {
        problems.add(where + " (" + media.getKey() + "): untyped " + untyped);
      }
    }
  }

  /** What is untyped in the schema, or null when every part of it is typed. */
  private static String untyped(JsonObject schema, JsonObject schemas, Set<String> seen) {
    if (schema == null) {
      return "(no schema)";
    }
    if (schema.containsKey("$ref")) {
      String ref = schema.getString("$ref");
      String name = ref.substring(ref.lastIndexOf('/') + 1);
      if (!schemas.containsKey(name)) {
        return ref + " (missing)";
      }
      return seen.add(name) ? untyped(schemas.getJsonObject(name), schemas, seen) : null;
    }
    if (schema.containsKey("oneOf")) {
      for (JsonValue shape : schema.getJsonArray("oneOf")) {
        String inner = untyped(shape.asJsonObject(), schemas, seen);
        if (inner != null) {
          return "one of: " + inner;
        }
      }
      return null;
    }
    String type = schema.getString("type", "");
    switch (type) {
      case "string", "integer", "number", "boolean" -> {
        return null;
      }
      case "array" -> {
        String items = untyped(schema.getJsonObject("items"), schemas, seen);
        return items == null ? null : "array of " + items;
      }
      case "object" -> {
        JsonObject properties = schema.getJsonObject("properties");
        if (schema.get("additionalProperties") instanceof JsonObject values
            && (properties == null || properties.isEmpty())) {
          String inner = untyped(values, schemas, seen);
          return inner == null ? null : "map of " + inner;
        }
        if (properties == null || properties.isEmpty()) {
          return "object without properties";
        }
        for (Map.Entry<String, JsonValue> property : properties.entrySet()) {
          String inner = untyped(property.getValue().asJsonObject(), schemas, seen);
          if (inner != null) {
            return property.getKey() + ": " + inner;
          }
        }
        return null;
      }
      default -> {
        return "schema without a type " + schema;
      }
    }
  }
}

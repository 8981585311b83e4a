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

  @Test
  void theEmergencySelectionOperationsHaveTheirSchemasExamplesAndErrorCodes() throws Exception {
    JsonObject document =
        Api.anonymous().get("/openapi?format=JSON").expect(200).json().asJsonObject();
    JsonObject paths = document.getJsonObject("paths");
    JsonObject schemas = document.getJsonObject("components").getJsonObject("schemas");

    JsonObject create = paths.getJsonObject("/api/emergency-selections").getJsonObject("post");
    assertThat(requestRef(create)).isEqualTo("#/components/schemas/NewEmergencySelection");
    assertThat(example(create)).isTrue();
    assertThat(responseRef(create, "201")).isEqualTo("#/components/schemas/EmergencySnapshot");
    assertThat(errors(create, "400")).contains("emergency.requests.invalid");
    assertThat(
            responseRef(
                paths.getJsonObject("/api/emergency-selections").getJsonObject("get"), "200"))
        .isEqualTo("#/components/schemas/EmergencySelectionList");

    JsonObject merge =
        paths.getJsonObject("/api/emergency-selections/{id}/merge").getJsonObject("post");
    assertThat(requestRef(merge)).isEqualTo("#/components/schemas/EmergencyMerge");
    assertThat(example(merge)).isTrue();
    assertThat(errors(merge, "409")).contains("emergency.not-draft");

    for (String action : List.of("ballots", "shares", "roll-call/{parliamentId}")) {
      JsonObject ballot =
          paths.getJsonObject("/api/emergency-selections/{id}/" + action).getJsonObject("post");
      assertThat(requestRef(ballot))
          .as(action)
          .isEqualTo("#/components/schemas/EmergencyBallotRequest");
      assertThat(example(ballot)).as(action).isTrue();
      assertThat(responseRef(ballot, "201")).isEqualTo("#/components/schemas/EmergencyReceipt");
      assertThat(responseRef(ballot, "200")).isEqualTo("#/components/schemas/EmergencyReceipt");
      assertThat(errors(ballot, "400")).contains("ballot.exceeds-usable-votes", "requests.B");
      assertThat(errors(ballot, "409")).contains("emergency.not-open", "vote.closed");
    }
    for (String action : List.of("open", "open-timed", "extend", "close", "annul")) {
      JsonObject operation =
          paths.getJsonObject("/api/emergency-selections/{id}/" + action).getJsonObject("post");
      assertThat(operation.getJsonObject("responses").getJsonObject("409")).as(action).isNotNull();
    }
    assertThat(
            responseRef(
                paths
                    .getJsonObject("/api/public/emergency-selections/{id}/results.json")
                    .getJsonObject("get"),
                "200"))
        .isEqualTo("#/components/schemas/EmergencySnapshot");
    assertThat(
            paths
                .getJsonObject("/api/public/emergency-selections/{id}/results.csv")
                .getJsonObject("get")
                .getJsonObject("responses")
                .getJsonObject("200")
                .getJsonObject("content"))
        .containsKey("text/csv");
    JsonObject record =
        paths
            .getJsonObject("/api/public/emergency-selections/{id}/record.pdf")
            .getJsonObject("get");
    assertThat(record.getJsonObject("responses").getJsonObject("200").getJsonObject("content"))
        .containsKey("application/pdf");
    assertThat(errors(record, "404")).contains("emergency.not-found");
    assertThat(errors(record, "409")).contains("emergency.not-closed");

    JsonObject snapshot = schemas.getJsonObject("EmergencySnapshot").getJsonObject("properties");
    assertThat(snapshot.getJsonObject("requests").getJsonObject("items").getString("$ref"))
        .isEqualTo("#/components/schemas/EmergencyRequestView");
    assertThat(snapshot.getJsonObject("outcome").getJsonArray("enum").toString())
        .contains("ADDED", "TIE", "NONE_ELIGIBLE");
    assertThat(
            schemas
                .getJsonObject("EmergencyRequestView")
                .getJsonObject("properties")
                .getJsonObject("vote")
                .getString("$ref"))
        .isEqualTo("#/components/schemas/VoteSnapshot");
    assertThat(
            schemas
                .getJsonObject("VoteSnapshot")
                .getJsonObject("properties")
                .getJsonObject("emergency")
                .getString("$ref"))
        .isEqualTo("#/components/schemas/EmergencyLink");
    assertThat(
            schemas
                .getJsonObject("EmergencyBallotRequest")
                .getJsonObject("properties")
                .getJsonObject("requests")
                .getJsonObject("items")
                .getString("$ref"))
        .isEqualTo("#/components/schemas/RequestSplit");
    assertThat(schemas.getJsonObject("RequestReceipt").getJsonObject("properties"))
        .containsKeys("request", "receipt");
  }

  private static JsonObject json(JsonObject holder) {
    return holder.getJsonObject("content").getJsonObject("application/json");
  }

  private static String requestRef(JsonObject operation) {
    return json(operation.getJsonObject("requestBody")).getJsonObject("schema").getString("$ref");
  }

  private static boolean example(JsonObject operation) {
    JsonObject media = json(operation.getJsonObject("requestBody"));
    return media.containsKey("examples") && !media.getJsonObject("examples").isEmpty();
  }

  private static String responseRef(JsonObject operation, String status) {
    return json(operation.getJsonObject("responses").getJsonObject(status))
        .getJsonObject("schema")
        .getString("$ref");
  }

  private static String errors(JsonObject operation, String status) {
    JsonObject response = operation.getJsonObject("responses").getJsonObject(status);
    assertThat(json(response).getJsonObject("schema").getString("$ref"))
        .isEqualTo("#/components/schemas/ApiError");
    return response.getString("description");
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

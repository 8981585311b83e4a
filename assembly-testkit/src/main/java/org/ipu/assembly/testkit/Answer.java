package org.ipu.assembly.testkit;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Optional;

/**
 * What the server answered: status, content type, Retry-After and body.
 *
 * @param retryAfter the Retry-After header, if there was one
 */
public record Answer(int status, String contentType, Optional<String> retryAfter, String body) {

  public boolean isJson() {
    return contentType.startsWith("application/json");
  }

  public JsonStructure json() {
    return Json.createReader(new StringReader(body)).read();
  }

  public JsonObject object() {
    return json().asJsonObject();
  }

  public JsonArray array() {
    return json().asJsonArray();
  }

  /** The stable code of a JSON error, or null when this is not one. */
  public String code() {
    if (!isJson()) {
      return null;
    }
    try {
      JsonStructure json = json();
      return json.getValueType() == JsonValue.ValueType.OBJECT
          ? json.asJsonObject().getString("code", null)
          : null;
    } catch (RuntimeException unreadable) {
      return null;
    }
  }

  /** The message of a JSON error, or an empty string. */
  public String message() {
    return isJson() ? object().getString("message", "") : "";
  }

  /** The id a created resource's JSON carries. */
  public long id() {
    return object().getJsonNumber("id").longValue();
  }

  /**
   * This answer if its status is the expected one.
   *
   * @throws IllegalStateException with what was asked for and what came back, otherwise
   */
  public Answer expect(int expected, String what) {
    if (status != expected) {
      throw new IllegalStateException(
          what + ": expected " + expected + ", got " + status + " " + abbreviated());
    }
    return this;
  }

  /** The body on one line, cut at 200 characters (for logs and failure messages). */
  public String abbreviated() {
    String flat = body == null ? "" : body.replaceAll("\\s+", " ");
    return flat.length() > 200 ? flat.substring(0, 200) + "…" : flat;
  }
}

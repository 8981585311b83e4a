package org.ipu.assembly.drills;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/**
 * The REST API as a tablet or the Secretariat's console uses it: HTTP Basic, JSON, one language.
 */
final class Api {

  /** An answer with what the drills look at. */
  record Answer(int status, String contentType, Optional<String> retryAfter, String body) {

    boolean isJson() {
      return contentType.startsWith("application/json");
    }

    JsonStructure json() {
      return Json.createReader(new StringReader(body)).read();
    }

    JsonObject object() {
      return json().asJsonObject();
    }

    /** The stable code of a JSON error, or null when this is not one. */
    String code() {
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

    String message() {
      return object().getString("message", "");
    }
  }

  private final String base;
  private final String authorization;
  private final String language;
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private Api(String base, String authorization, String language) {
    this.base = base;
    this.authorization = authorization;
    this.language = language;
  }

  static Api as(String base, String username, String password, String language) {
    return new Api(
        base,
        "Basic "
            + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)),
        language);
  }

  static Api anonymous(String base) {
    return new Api(base, null, "en");
  }

  String language() {
    return language;
  }

  HttpClient client() {
    return http;
  }

  Answer get(String path) throws IOException, InterruptedException {
    return send(request(path).GET());
  }

  Answer post(String path, String json) throws IOException, InterruptedException {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  Answer put(String path, String json) throws IOException, InterruptedException {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(20))
            .header("Accept", "application/json")
            .header("Accept-Language", language);
    if (authorization != null) {
      builder.header("Authorization", authorization);
    }
    return builder;
  }

  private Answer send(HttpRequest.Builder request) throws IOException, InterruptedException {
    HttpResponse<String> response =
        http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    return new Answer(
        response.statusCode(),
        response.headers().firstValue("Content-Type").orElse(""),
        response.headers().firstValue("Retry-After"),
        response.body());
  }
}

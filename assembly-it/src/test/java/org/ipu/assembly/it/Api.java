package org.ipu.assembly.it;

import jakarta.json.Json;
import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A REST client as a tablet uses the API: HTTP Basic, JSON in and out. */
public final class Api {

  /** A JSON answer with its status. */
  public record Answer(int status, String contentType, String body) {
    public JsonStructure json() {
      return Json.createReader(new StringReader(body)).read();
    }

    public String code() {
      return json().asJsonObject().getString("code");
    }

    public String message() {
      return json().asJsonObject().getString("message");
    }
  }

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();
  private final String authorization;
  private String language = "en";

  private Api(String authorization) {
    this.authorization = authorization;
  }

  public static Api as(String username, String password) {
    return new Api(
        "Basic "
            + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
  }

  public static Api anonymous() {
    return new Api(null);
  }

  public Api inLanguage(String language) {
    this.language = language;
    return this;
  }

  public Answer get(String path) throws Exception {
    return send(request(path).GET());
  }

  public Answer post(String path, String json) throws Exception {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  public Answer put(String path, String json) throws Exception {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  /** Any method, any content type, any body: for the malformed-input tests. */
  public Answer send(String method, String path, String contentType, String body) throws Exception {
    return send(
        request(path)
            .header("Content-Type", contentType)
            .expectContinue(true)
            .method(method, HttpRequest.BodyPublishers.ofString(body)));
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(Deployments.base() + path))
            .timeout(Duration.ofSeconds(30))
            .header("Accept", "application/json, */*;q=0.1")
            .header("Accept-Language", language);
    if (authorization != null) {
      builder.header("Authorization", authorization);
    }
    return builder;
  }

  private Answer send(HttpRequest.Builder request) throws Exception {
    HttpResponse<String> response =
        http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    return new Answer(
        response.statusCode(),
        response.headers().firstValue("Content-Type").orElse(""),
        response.body());
  }
}

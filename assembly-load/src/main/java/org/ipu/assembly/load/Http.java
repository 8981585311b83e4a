package org.ipu.assembly.load;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.Executors;

/** The REST API as tablets use it: HTTP Basic, JSON. One client, many connections. */
final class Http {

  record Answer(int status, String body) {
    JsonStructure json() {
      return Json.createReader(new StringReader(body)).read();
    }

    JsonObject object() {
      return json().asJsonObject();
    }
  }

  private final String base;
  private final HttpClient client = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(10))
      .executor(Executors.newFixedThreadPool(16))
      .build();

  Http(String base) {
    this.base = base;
  }

  String base() {
    return base;
  }

  Answer get(String user, String path) throws Exception {
    return send(user, HttpRequest.newBuilder(URI.create(base + path)).GET());
  }

  Answer post(String user, String path, String json) throws Exception {
    return send(user, HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  Answer put(String user, String path, String json) throws Exception {
    return send(user, HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  private Answer send(String user, HttpRequest.Builder request) throws Exception {
    request.timeout(Duration.ofSeconds(60)).header("Accept", "application/json");
    if (user != null) {
      request.header("Authorization", "Basic " + Base64.getEncoder()
          .encodeToString((user + ":" + LoadHarness.PASSWORD_OF.apply(user)).getBytes(StandardCharsets.UTF_8)));
    }
    HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    return new Answer(response.statusCode(), response.body());
  }

  HttpClient client() {
    return client;
  }
}

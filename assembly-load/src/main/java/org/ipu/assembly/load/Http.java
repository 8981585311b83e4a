package org.ipu.assembly.load;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The REST API as tablets use it: JSON, with the session a delegate's tablet keeps after signing in
 * on the sign-in page, or HTTP Basic for a caller that has not signed in. One client, many
 * connections.
 */
final class Http {

  record Answer(int status, String body) {
    JsonStructure json() {
      return Json.createReader(new StringReader(body)).read();
    }

    JsonObject object() {
      return json().asJsonObject();
    }
  }

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

  private final String base;
  private final Map<String, String> sessions = new ConcurrentHashMap<>();
  // HTTP/1.1 as browsers speak it to a plain-http server: the client's default (an h2c upgrade on
  // each new connection) left some request bodies unread until Grizzly's 30 s read timeout.
  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
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
    return send(
        user,
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  Answer put(String user, String path, String json) throws Exception {
    return send(
        user,
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  /**
   * Signs the user in through the sign-in form, as a tablet does; later requests carry its session
   * cookie.
   */
  void signIn(String user) throws Exception {
    HttpResponse<String> form =
        client.send(
            HttpRequest.newBuilder(URI.create(base + "/login.xhtml"))
                .timeout(Duration.ofSeconds(60))
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    Matcher state = VIEW_STATE.matcher(form.body());
    if (form.statusCode() != 200 || !state.find()) {
      throw new IllegalStateException("sign-in page: " + form.statusCode());
    }
    String fields =
        Map.of(
                "login",
                "login",
                "login:continue",
                "",
                "login:username",
                user,
                "login:password",
                LoadHarness.PASSWORD_OF.apply(user),
                "login:submit",
                "",
                "jakarta.faces.ViewState",
                state.group(1))
            .entrySet()
            .stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    HttpResponse<String> signedIn =
        client.send(
            HttpRequest.newBuilder(URI.create(base + "/login.xhtml"))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", cookies(form))
                .POST(HttpRequest.BodyPublishers.ofString(fields))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    String cookie = cookies(signedIn);
    if (signedIn.statusCode() != 302 || cookie.isEmpty()) {
      throw new IllegalStateException("sign-in of " + user + ": " + signedIn.statusCode());
    }
    sessions.put(user, cookie);
  }

  private static String cookies(HttpResponse<?> response) {
    return response.headers().allValues("Set-Cookie").stream()
        .map(c -> c.split(";", 2)[0])
        .collect(Collectors.joining("; "));
  }

  private Answer send(String user, HttpRequest.Builder request) throws Exception {
    request.timeout(Duration.ofSeconds(60)).header("Accept", "application/json");
    String session = user == null ? null : sessions.get(user);
    if (session != null) {
      request.header("Cookie", session);
    } else if (user != null) {
      request.header(
          "Authorization",
          "Basic "
              + Base64.getEncoder()
                  .encodeToString(
                      (user + ":" + LoadHarness.PASSWORD_OF.apply(user))
                          .getBytes(StandardCharsets.UTF_8)));
    }
    HttpResponse<String> response =
        client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    return new Answer(response.statusCode(), response.body());
  }
}

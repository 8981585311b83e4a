package org.ipu.assembly.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The kit's client against a JDK HTTP server that records what it was sent. */
class CallerTest {

  private HttpServer server;
  private final List<Map<String, String>> requests = new CopyOnWriteArrayList<>();
  private final Map<String, Handler> handlers = new ConcurrentHashMap<>();
  private AssemblyClient client;

  @FunctionalInterface
  interface Handler {
    void handle(HttpExchange exchange, String body) throws IOException;
  }

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/",
        exchange -> {
          String body =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          Map<String, String> seen = new ConcurrentHashMap<>();
          seen.put("method", exchange.getRequestMethod());
          seen.put("path", exchange.getRequestURI().getPath());
          seen.put("body", body);
          for (String header : List.of("Authorization", "Cookie", "Accept-Language", "Accept")) {
            String value = exchange.getRequestHeaders().getFirst(header);
            if (value != null) {
              seen.put(header, value);
            }
          }
          requests.add(seen);
          handlers
              .getOrDefault(exchange.getRequestURI().getPath(), (e, b) -> reply(e, 404, "{}"))
              .handle(exchange, body);
        });
    server.start();
    client = AssemblyClient.to("http://127.0.0.1:" + server.getAddress().getPort() + "/");
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private static void reply(HttpExchange exchange, int status, String json) throws IOException {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      exchange.getResponseBody().write(bytes);
    }
    exchange.close();
  }

  @Test
  void aCallerSignsInWithBasicInItsLanguageAndAsksForJson() throws Exception {
    handlers.put("/api/accounts/me", (e, b) -> reply(e, 200, "{\"id\": 7}"));

    Answer answer = client.as("delegate.fr", "pässword").inLanguage("fr").get("/api/accounts/me");

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.id()).isEqualTo(7);
    assertThat(requests.get(0))
        .containsEntry("Authorization", "Basic ZGVsZWdhdGUuZnI6cMOkc3N3b3Jk")
        .containsEntry("Accept-Language", "fr")
        .containsEntry("Accept", "application/json");
  }

  @Test
  void anUnexpectedStatusNamesWhatWasAskedAndWhatCameBack() throws Exception {
    handlers.put("/api/votes", (e, b) -> reply(e, 409, "{\"code\": \"vote.closed\"}"));

    Answer answer = client.anonymous().post("/api/votes", "{}");

    assertThat(answer.code()).isEqualTo("vote.closed");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> answer.expect(201, "create a vote"))
        .hasMessageContaining("create a vote")
        .hasMessageContaining("409")
        .hasMessageContaining("vote.closed");
  }

  @Test
  void afterTheSignInFormTheSessionCookieReplacesBasic() throws Exception {
    handlers.put(
        "/login.xhtml",
        (e, body) -> {
          if (e.getRequestMethod().equals("GET")) {
            e.getResponseHeaders().add("Set-Cookie", "JSESSIONID=form; Path=/");
            byte[] page =
                "<input type=\"hidden\" name=\"jakarta.faces.ViewState\" id=\"v\" value=\"-123:456\" />"
                    .getBytes(StandardCharsets.UTF_8);
            e.sendResponseHeaders(200, page.length);
            e.getResponseBody().write(page);
            e.close();
          } else {
            e.getResponseHeaders().add("Set-Cookie", "JSESSIONID=signed-in; Path=/; HttpOnly");
            e.getResponseHeaders().add("Location", "/delegate/index.xhtml");
            e.sendResponseHeaders(302, -1);
            e.close();
          }
        });
    handlers.put("/api/accounts/me", (e, b) -> reply(e, 200, "{\"id\": 1}"));

    Caller tablet = client.as("delegate.ke", "secret").signIn();
    tablet.get("/api/accounts/me");

    Map<String, String> form = requests.get(1);
    assertThat(form.get("body"))
        .contains("login%3Ausername=delegate.ke", "login%3Apassword=secret")
        .contains("jakarta.faces.ViewState=-123%3A456");
    assertThat(form).containsEntry("Cookie", "JSESSIONID=form");
    assertThat(requests.get(2))
        .containsEntry("Cookie", "JSESSIONID=signed-in")
        .doesNotContainKey("Authorization");
  }

  @Test
  void aBallotIsSentAgainWithItsKeyUntilTheApplicationAnswers() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    handlers.put(
        "/api/votes/5/ballots",
        (e, body) -> {
          if (calls.incrementAndGet() == 1) {
            e.getResponseHeaders().set("Retry-After", "1");
            reply(e, 503, "{\"code\": \"service.unavailable\", \"message\": \"later\"}");
          } else {
            reply(e, 201, "{\"ballotId\": 9, \"replay\": false}");
          }
        });
    Ballot ballot = Ballot.of(3, 2, 1);
    List<Caller.Attempt> attempts = new ArrayList<>();

    Optional<Answer> answer =
        client.as("delegate.br", "x").castUntilAnswered(5, ballot, 30_000, attempts::add);

    assertThat(answer).hasValueSatisfying(a -> assertThat(a.status()).isEqualTo(201));
    assertThat(attempts).extracting(a -> a.answer().status()).containsExactly(503, 201);
    assertThat(attempts.get(0).answer().retryAfter()).contains("1");
    assertThat(requests).extracting(r -> r.get("body")).containsOnly(ballot.json()).hasSize(2);
    assertThat(ballot.json()).contains("\"idempotencyKey\": \"" + ballot.idempotencyKey() + "\"");
  }

  @Test
  void aRefusalEndsTheRetries() throws Exception {
    handlers.put("/api/votes/5/ballots", (e, b) -> reply(e, 409, "{\"code\": \"vote.closed\"}"));

    Optional<Answer> answer =
        client
            .as("delegate.br", "x")
            .castUntilAnswered(5, Ballot.of(1, 0, 0), 30_000, attempt -> {});

    assertThat(answer).hasValueSatisfying(a -> assertThat(a.code()).isEqualTo("vote.closed"));
    assertThat(requests).hasSize(1);
  }
}

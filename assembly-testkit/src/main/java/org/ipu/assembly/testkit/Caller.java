package org.ipu.assembly.testkit;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One person using the API through an {@link AssemblyClient}: anonymous, or signed in with HTTP
 * Basic on each request, or, after {@link #signIn()}, with the session the sign-in form gave (as a
 * tablet keeps it). Requests carry the caller's language and ask for JSON.
 */
public final class Caller {

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

  /**
   * One attempt to send a ballot as {@link #castUntilAnswered} made it: the answer, or the failure
   * when none came (refused, reset, timed out).
   */
  public record Attempt(
      String key, long sentAt, long answeredAt, int number, Answer answer, IOException failure) {

    public boolean answered() {
      return answer != null;
    }
  }

  private final AssemblyClient client;
  private final String username;
  private final String password;
  private final String language;
  private volatile String accept = "application/json";
  private volatile String session;

  Caller(AssemblyClient client, String username, String password, String language) {
    this.client = client;
    this.username = username;
    this.password = password;
    this.language = language;
  }

  /** The same person (and session) asking in another language. */
  public Caller inLanguage(String language) {
    Caller other = new Caller(client, username, password, language);
    other.accept = accept;
    other.session = session;
    return other;
  }

  /** Sends this Accept header instead of {@code application/json}. */
  public Caller accepting(String accept) {
    this.accept = accept;
    return this;
  }

  public String username() {
    return username;
  }

  public String language() {
    return language;
  }

  public AssemblyClient client() {
    return client;
  }

  public Answer get(String path) throws IOException, InterruptedException {
    return client.send(request(path).GET().build());
  }

  public Answer post(String path, String json) throws IOException, InterruptedException {
    return client.send(
        request(path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  public Answer put(String path, String json) throws IOException, InterruptedException {
    return client.send(
        request(path)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  /**
   * Any method, content type and body, with {@code Expect: 100-continue} (so that a server refusing
   * the request before reading its body answers all the same): for malformed input.
   */
  public Answer send(String method, String path, String contentType, String body)
      throws IOException, InterruptedException {
    return sendExpectingContinue(
        method, path, contentType, HttpRequest.BodyPublishers.ofString(body));
  }

  /**
   * The same with a body of bytes (a file as it is, e.g. a photo), with {@code Expect:
   * 100-continue}.
   */
  public Answer send(String method, String path, String contentType, byte[] body)
      throws IOException, InterruptedException {
    return sendExpectingContinue(
        method, path, contentType, HttpRequest.BodyPublishers.ofByteArray(body));
  }

  private Answer sendExpectingContinue(
      String method, String path, String contentType, HttpRequest.BodyPublisher body)
      throws IOException, InterruptedException {
    return client.send(
        request(path)
            .header("Content-Type", contentType)
            .expectContinue(true)
            .method(method, body)
            .build());
  }

  /**
   * The same without announcing the body's length (sent in chunks, as a client streaming a file
   * does): the server learns its size only while reading it.
   */
  public Answer sendStreamed(String method, String path, String contentType, byte[] body)
      throws IOException, InterruptedException {
    return client.send(
        request(path)
            .header("Content-Type", contentType)
            .method(
                method,
                HttpRequest.BodyPublishers.fromPublisher(
                    HttpRequest.BodyPublishers.ofByteArray(body)))
            .build());
  }

  /**
   * GETs a file (an image, ...): the answer as the JDK gives it, with its headers and its body as
   * bytes. The caller's Accept header is sent as for any request.
   */
  public HttpResponse<byte[]> download(String path) throws IOException, InterruptedException {
    return client.download(request(path).GET().build());
  }

  /** Casts the ballot once in the vote. */
  public Answer cast(long voteId, Ballot ballot) throws IOException, InterruptedException {
    return post("/api/votes/" + voteId + "/ballots", ballot.json());
  }

  /**
   * Sends the ballot, with its one idempotency key, until the application answers it, as a tablet
   * does: again after a lost connection (backing off from 250 ms to 2 s), after a 503 from the
   * application (waiting as long as its Retry-After says, 1 to 5 s) and after any answer that is
   * not the application's own (a server still deploying, a gateway page; 1 s). The server counts it
   * once.
   *
   * @param giveUpMillis how long to keep trying
   * @param attempts told of every attempt, answered or not
   * @return the application's answer (a receipt or a refusal), or empty if none came in time
   */
  public Optional<Answer> castUntilAnswered(
      long voteId, Ballot ballot, long giveUpMillis, Consumer<Attempt> attempts)
      throws InterruptedException {
    long giveUpAt = System.currentTimeMillis() + giveUpMillis;
    long backoff = 250;
    for (int n = 1; System.currentTimeMillis() <= giveUpAt; n++) {
      long sentAt = System.currentTimeMillis();
      Answer answer;
      try {
        answer = cast(voteId, ballot);
      } catch (IOException lost) {
        attempts.accept(
            new Attempt(
                ballot.idempotencyKey(), sentAt, System.currentTimeMillis(), n, null, lost));
        Thread.sleep(backoff);
        backoff = Math.min(backoff * 2, 2000);
        continue;
      }
      attempts.accept(
          new Attempt(
              ballot.idempotencyKey(), sentAt, System.currentTimeMillis(), n, answer, null));
      String code = answer.code();
      if ((answer.status() == 200 || answer.status() == 201) && answer.isJson()) {
        return Optional.of(answer);
      }
      if (answer.status() >= 400 && answer.status() < 500 && code != null) {
        return Optional.of(answer);
      }
      if (answer.status() == 503 && code != null) {
        long seconds = answer.retryAfter().map(Long::parseLong).orElse(1L);
        Thread.sleep(Math.min(5, Math.max(1, seconds)) * 1000);
      } else {
        Thread.sleep(1000);
      }
    }
    return Optional.empty();
  }

  /**
   * Signs in on the sign-in form, as a tablet does; later requests carry the session's cookie
   * instead of HTTP Basic.
   *
   * @throws IllegalStateException when the form does not sign the caller in
   */
  public Caller signIn() throws IOException, InterruptedException {
    HttpResponse<String> form = client.exchange(client.request("/login.xhtml").GET().build());
    Matcher state = VIEW_STATE.matcher(form.body());
    if (form.statusCode() != 200 || !state.find()) {
      throw new IllegalStateException("sign-in page: " + form.statusCode());
    }
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("login", "login");
    fields.put("login:continue", "");
    fields.put("login:username", username);
    fields.put("login:password", password);
    fields.put("login:submit", "");
    fields.put("jakarta.faces.ViewState", state.group(1));
    String encoded =
        fields.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    HttpRequest.Builder post =
        client
            .request("/login.xhtml")
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(encoded));
    if (!cookies(form).isEmpty()) {
      post.header("Cookie", cookies(form));
    }
    HttpResponse<String> signedIn = client.exchange(post.build());
    String cookie = cookies(signedIn);
    if (signedIn.statusCode() != 302 || cookie.isEmpty()) {
      throw new IllegalStateException("sign-in of " + username + ": " + signedIn.statusCode());
    }
    session = cookie;
    return this;
  }

  private static String cookies(HttpResponse<?> response) {
    return response.headers().allValues("Set-Cookie").stream()
        .map(c -> c.split(";", 2)[0])
        .collect(Collectors.joining("; "));
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder =
        client.request(path).header("Accept", accept).header("Accept-Language", language);
    String cookie = session;
    if (cookie != null) {
      builder.header("Cookie", cookie);
    } else if (username != null) {
      builder.header(
          "Authorization",
          "Basic "
              + Base64.getEncoder()
                  .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }
    return builder;
  }
}

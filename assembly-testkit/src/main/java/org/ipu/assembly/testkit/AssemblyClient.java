package org.ipu.assembly.testkit;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Executor;

/**
 * The one HTTP client of the integration tests, the drills and the load harness: the JDK's {@link
 * HttpClient} on one application's base address, shared by every {@link Caller} made from it (one
 * connection pool). It speaks HTTP/1.1 as browsers do to a plain-http server: the client's default
 * (an h2c upgrade on each new connection) left some request bodies unread until Grizzly's 30 s read
 * timeout.
 */
public final class AssemblyClient {

  private final String base;
  private final HttpClient http;
  private final Duration requestTimeout;

  private AssemblyClient(String base, HttpClient http, Duration requestTimeout) {
    this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    this.http = http;
    this.requestTimeout = requestTimeout;
  }

  /** A client with a 10 s connect timeout and a 30 s request timeout. */
  public static AssemblyClient to(String base) {
    return to(base, Duration.ofSeconds(10), Duration.ofSeconds(30), null);
  }

  /**
   * A client with the given timeouts and, if not null, the executor its asynchronous work runs on
   * (the load harness bounds it).
   */
  public static AssemblyClient to(
      String base, Duration connectTimeout, Duration requestTimeout, Executor executor) {
    HttpClient.Builder builder =
        HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(connectTimeout);
    if (executor != null) {
      builder.executor(executor);
    }
    return new AssemblyClient(base, builder.build(), requestTimeout);
  }

  /** The application's base address, without a trailing slash. */
  public String base() {
    return base;
  }

  /** The JDK client underneath, e.g. for WebSockets. */
  public HttpClient http() {
    return http;
  }

  /** Someone signing in with HTTP Basic on each request, in English. */
  public Caller as(String username, String password) {
    return new Caller(this, username, password, "en");
  }

  /** Someone not signed in, in English. */
  public Caller anonymous() {
    return new Caller(this, null, null, "en");
  }

  HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(base + path)).timeout(requestTimeout);
  }

  Answer send(HttpRequest request) throws IOException, InterruptedException {
    return answer(http.send(request, HttpResponse.BodyHandlers.ofString()));
  }

  HttpResponse<byte[]> download(HttpRequest request) throws IOException, InterruptedException {
    return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
  }

  HttpResponse<String> exchange(HttpRequest request) throws IOException, InterruptedException {
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  static Answer answer(HttpResponse<String> response) {
    return new Answer(
        response.statusCode(),
        response.headers().firstValue("Content-Type").orElse(""),
        response.headers().firstValue("Retry-After"),
        response.body());
  }
}

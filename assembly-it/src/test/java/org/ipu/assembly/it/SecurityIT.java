package org.ipu.assembly.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipu.assembly.it.Deployments.DEMO_PASSWORD;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.ipu.assembly.testkit.Caller;
import org.junit.jupiter.api.Test;

/**
 * What a hostile web page can make a signed-in browser send to the API is refused, and every answer
 * carries the security headers and does not announce the server.
 */
class SecurityIT extends IntegrationTest {

  private static final String EVIL = "http://evil.example";

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  @Test
  void aPageOfAnotherSiteCannotCloseAVote() throws Exception {
    long vote = Plenary.open("Cross-site " + UUID.randomUUID(), "ELECTRONIC", "SIMPLE");
    String close = "/api/votes/" + vote + "/close";

    // What an auto-submitted form on another site sends: a form content type and its Origin.
    HttpResponse<String> form = post(close, "text/plain", EVIL, null, "x=1");
    HttpResponse<String> urlEncoded =
        post(close, "application/x-www-form-urlencoded", null, "cross-site", "x=1");
    HttpResponse<String> jsonFromElsewhere = post(close, "application/json", EVIL, null, "");
    HttpResponse<String> noContentType = post(close, null, null, null, "");

    assertThat(form.statusCode()).isEqualTo(403);
    assertThat(form.body()).contains("\"request.cross-origin\"");
    assertThat(urlEncoded.statusCode()).isEqualTo(403);
    assertThat(jsonFromElsewhere.statusCode()).isEqualTo(403);
    assertThat(noContentType.statusCode()).isEqualTo(415);
    assertThat(noContentType.body()).contains("\"request.unsupported-media-type\"");
    assertThat(Plenary.snapshot(vote).getString("state")).isEqualTo("OPEN");

    // The Assembly's own pages (same origin) and API clients (no Origin) still close it.
    HttpResponse<String> own =
        post(close, "application/json", Deployments.base().toString(), "same-origin", "");
    assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
    assertThat(Plenary.snapshot(vote).getString("state")).isEqualTo("CLOSED");
  }

  @Test
  void pagesAndTheApiCarryTheSecurityHeadersAndDoNotNameTheServer() throws Exception {
    for (String path :
        new String[] {"/login.xhtml", "/hall/index.xhtml", "/api/public/votes/results", "/nope"}) {
      HttpResponse<String> answer =
          http.send(
              HttpRequest.newBuilder(URI.create(Deployments.base() + path)).GET().build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(answer.headers().firstValue("Content-Security-Policy"))
          .as(path)
          .hasValueSatisfying(
              csp ->
                  assertThat(csp)
                      .contains("default-src 'self'", "frame-ancestors 'none'", "script-src 'self'")
                      .doesNotContain("unsafe-eval")
                      .doesNotContainPattern("script-src[^;]*unsafe-inline"));
      assertThat(answer.headers().allValues("Content-Security-Policy")).as(path).hasSize(1);
      assertThat(answer.headers().firstValue("X-Content-Type-Options"))
          .as(path)
          .hasValue("nosniff");
      assertThat(answer.headers().firstValue("Referrer-Policy")).as(path).hasValue("same-origin");
      assertThat(answer.headers().firstValue("Permissions-Policy"))
          .as(path)
          .hasValueSatisfying(policy -> assertThat(policy).contains("camera=()"));
      assertThat(answer.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
      assertThat(answer.headers().firstValue("Server")).as(path).isEmpty();
      assertThat(answer.headers().firstValue("X-Powered-By")).as(path).isEmpty();
    }
  }

  @Test
  void pagesRunOnlyScriptsCarryingTheirAnswersNonce() throws Exception {
    for (String path :
        new String[] {"/login.xhtml", "/hall/index.xhtml", "/hall/results.xhtml", "/nope"}) {
      HttpResponse<String> page = get(path, null);
      String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
      java.util.regex.Matcher nonce =
          java.util.regex.Pattern.compile("script-src 'self' 'nonce-([^']+)';?$").matcher(csp);
      assertThat(nonce.find()).as(path + ": " + csp).isTrue();
      assertThat(get(path, null).headers().firstValue("Content-Security-Policy"))
          .as("a new nonce for each answer")
          .isNotEqualTo(java.util.Optional.of(csp));

      java.util.regex.Matcher script =
          java.util.regex.Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>").matcher(page.body());
      int inline = 0;
      while (script.find()) {
        inline++;
        assertThat(script.group()).as(path).contains("nonce=\"" + nonce.group(1) + "\"");
      }
      assertThat(inline).as(path + ": PrimeFaces' start-up script").isPositive();
      assertThat(page.body()).as(path).doesNotContainPattern("<[^>]+\\son[a-z]+=\"");
    }
  }

  @Test
  void aSessionBeginsOnlyAtSignInAndItsCookieStaysOnTheAssemblysOwnSite() throws Exception {
    for (String page : new String[] {"/login.xhtml?lang=fr", "/hall/index.xhtml"}) {
      HttpResponse<String> anonymous = get(page, null);
      assertThat(anonymous.statusCode()).isEqualTo(200);
      assertThat(anonymous.headers().allValues("Set-Cookie"))
          .as("a visit to " + page)
          .noneMatch(cookie -> cookie.startsWith("JSESSIONID="));
    }

    HttpResponse<String> form = get("/login.xhtml", null);
    java.util.regex.Matcher state =
        java.util.regex.Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
            .matcher(form.body());
    assertThat(state.find()).isTrue();
    HttpResponse<String> signedIn =
        http.send(
            HttpRequest.newBuilder(URI.create(Deployments.base() + "/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "login=login&login%3Ausername=secretariat&login%3Apassword="
                            + DEMO_PASSWORD
                            + "&login%3Asubmit=&jakarta.faces.ViewState="
                            + java.net.URLEncoder.encode(state.group(1), StandardCharsets.UTF_8)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(signedIn.statusCode()).isEqualTo(302);
    assertThat(signedIn.headers().allValues("Set-Cookie"))
        .filteredOn(cookie -> cookie.startsWith("JSESSIONID="))
        .isNotEmpty()
        .allSatisfy(cookie -> assertThat(cookie).containsIgnoringCase("SameSite=Lax"));
  }

  @Test
  void theLanguageChosenOnOnePageIsKeptWithoutASession() throws Exception {
    HttpResponse<String> chosen = get("/login.xhtml?lang=ar", null);
    String cookie =
        chosen.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("lang="))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no language cookie"));
    assertThat(cookie).contains("lang=ar").containsIgnoringCase("SameSite=Lax");

    HttpResponse<String> later = get("/hall/index.xhtml", cookie.split(";", 2)[0]);

    assertThat(later.body()).contains("lang=\"ar\"").contains("dir=\"rtl\"");
  }

  private HttpResponse<String> get(String page, String cookie) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(Deployments.base() + page))
            .header("Accept-Language", "en");
    if (cookie != null) {
      request.header("Cookie", cookie);
    }
    return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void aMalformedAcceptLanguageStillGetsTheJsonRefusalInEnglish() throws Exception {
    for (String languages : new String[] {"en;q=2", "fr;q=NaN", ";;;"}) {
      HttpResponse<String> anonymous =
          http.send(
              HttpRequest.newBuilder(URI.create(Deployments.base() + "/api/parliaments"))
                  .header("Accept-Language", languages)
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      HttpResponse<String> unknownVote =
          http.send(
              HttpRequest.newBuilder(URI.create(Deployments.base() + "/api/votes/999999999/close"))
                  .header("Authorization", basic("secretariat", DEMO_PASSWORD))
                  .header("Content-Type", "application/json")
                  .header("Accept-Language", languages)
                  .POST(HttpRequest.BodyPublishers.ofString(""))
                  .build(),
              HttpResponse.BodyHandlers.ofString());

      assertThat(anonymous.statusCode()).as(languages).isEqualTo(401);
      assertThat(anonymous.body()).as(languages).contains("\"auth.required\"");
      assertThat(unknownVote.statusCode()).as(languages).isEqualTo(404);
      assertThat(unknownVote.headers().firstValue("Content-Type"))
          .as(languages)
          .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    }
  }

  @Test
  void aScreenThatSendsDataIsClosed() throws Exception {
    CompletableFuture<Integer> closed = new CompletableFuture<>();
    WebSocket socket =
        http.newWebSocketBuilder()
            .buildAsync(
                URI.create(
                    Deployments.base().toString().replaceFirst("^http", "ws") + "/ws/plenary"),
                new WebSocket.Listener() {
                  @Override
                  public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
                    closed.complete(statusCode);
                    return null;
                  }

                  @Override
                  public void onError(WebSocket ws, Throwable error) {
                    closed.completeExceptionally(error);
                  }
                })
            .get(10, TimeUnit.SECONDS);

    socket.sendText("{\"vote\": 1, \"yes\": 999}", true);

    assertThat(closed.get(10, TimeUnit.SECONDS)).isEqualTo(1003);
  }

  @Test
  void aFormTooLargeForAnyPageIsRefusedWith413InTheVisitorsLanguage() throws Exception {
    String form = "login%3Ausername=" + "a".repeat(2 * 1024 * 1024);
    HttpResponse<String> answer =
        http.send(
            HttpRequest.newBuilder(URI.create(Deployments.base() + "/login.xhtml"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept-Language", "fr")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(answer.statusCode()).isEqualTo(413);
    assertThat(answer.body()).contains("Trop volumineux").doesNotContain("Exception");
  }

  @Test
  void aParliamentPageWithAnIdThatIsNoNumberIsNotFound() throws Exception {
    Caller secretariat = Api.as("secretariat", DEMO_PASSWORD).caller().signIn();

    assertThat(secretariat.get("/parliament/view.xhtml?id=abc").status()).isEqualTo(404);
    assertThat(secretariat.get("/parliament/view.xhtml?id=999999999").status()).isEqualTo(404);
  }

  @Test
  void theServerKeepsBoundedLogs() throws Exception {
    Path domain = Path.of("target/it-work/payara6/glassfish/domains/assembly/config");
    String logging = Files.readString(domain.resolve("logging.properties"));

    assertThat(logging)
        .contains("GFFileHandler.maxHistoryFiles=10")
        .contains("GFFileHandler.rotationLimitInBytes=10000000");
  }

  @Test
  void theAdministrationListenerAnswersThisMachineOnly() throws Exception {
    int adminPort = Integer.getInteger("assembly.it.adminPort", 28048);
    java.net.InetAddress outward =
        java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces()).stream()
            .filter(i -> !isLoopback(i))
            .flatMap(i -> java.util.Collections.list(i.getInetAddresses()).stream())
            .filter(a -> a instanceof java.net.Inet4Address && !a.isLinkLocalAddress())
            .findFirst()
            .orElseThrow(() -> new AssertionError("this machine has no network address"));

    assertThat(reaches(java.net.InetAddress.getLoopbackAddress(), adminPort)).isTrue();
    assertThat(reaches(outward, adminPort)).as(outward + ":" + adminPort).isFalse();
  }

  @Test
  void theAdministrationAsksForThePasswordTheServerScriptGenerated() throws Exception {
    int adminPort = Integer.getInteger("assembly.it.adminPort", 28048);
    Path passwordFile = Path.of(System.getProperty("assembly.it.work"), "admin-password");
    String password = System.getProperty("AS_ADMIN_PASSWORD");
    URI version = URI.create("http://127.0.0.1:" + adminPort + "/management/domain/version");

    assertThat(password).as("the generated password").hasSizeGreaterThanOrEqualTo(20);
    assertThat(Files.getPosixFilePermissions(passwordFile))
        .containsExactlyInAnyOrder(
            java.nio.file.attribute.PosixFilePermission.OWNER_READ,
            java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
    assertThat(administration(version, null)).isEqualTo(401);
    assertThat(administration(version, basic("admin", ""))).isEqualTo(401);
    assertThat(administration(version, basic("admin", password + "x"))).isEqualTo(401);
    assertThat(administration(version, basic("admin", password))).isEqualTo(200);
  }

  private static int administration(URI uri, String authorization) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .header("Accept", "application/json")
            .header("X-Requested-By", "SecurityIT");
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return HttpClient.newHttpClient()
        .send(request.build(), HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  private static boolean isLoopback(java.net.NetworkInterface network) {
    try {
      return network.isLoopback() || !network.isUp();
    } catch (java.net.SocketException unreadable) {
      return true;
    }
  }

  private static boolean reaches(java.net.InetAddress address, int port) {
    try (java.net.Socket socket = new java.net.Socket()) {
      socket.connect(new java.net.InetSocketAddress(address, port), 2_000);
      return true;
    } catch (java.io.IOException refused) {
      return false;
    }
  }

  private static String basic(String username, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  private HttpResponse<String> post(
      String path, String contentType, String origin, String fetchSite, String body)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(Deployments.base() + path))
            .header("Authorization", basic("secretariat", DEMO_PASSWORD))
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    if (origin != null) {
      request.header("Origin", origin);
    }
    if (fetchSite != null) {
      request.header("Sec-Fetch-Site", fetchSite);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}

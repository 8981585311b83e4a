package org.ipu.assembly.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipu.assembly.it.Deployments.DEMO_PASSWORD;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HexFormat;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.FluentWait;

/**
 * Accounts are opened by invitation: the server mails a single-use, expiring link (to GreenMail, a
 * real SMTP server in this JVM), the person sets their own password and signs in. A mail server
 * that is down neither fails the opening nor loses the mail.
 */
class InvitationIT extends IntegrationTest {

  private final Api secretariat = Api.as("secretariat", DEMO_PASSWORD);
  private final Api focalFrance = Api.as("focal.fr", DEMO_PASSWORD);

  @Test
  void aFocalPointFollowsTheMailedLinkSetsItsOwnPasswordInFrenchAndSignsIn() throws Exception {
    String username = unique("focal.de");
    String email = username + "@bundestag.test";

    Api.Answer created =
        secretariat.post(
            "/api/accounts",
            Invited.newAccount(username, "Anna Schmidt", email, "fr", parliament("DE")));

    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(created.json().asJsonObject().getBoolean("passwordSet")).isFalse();
    assertThat(Api.as(username, "whatever-she-types").get("/api/accounts/me").status())
        .as("no password yet: no sign-in")
        .isEqualTo(401);

    Mailbox.Mail mail = Mailbox.awaitMailTo(email);
    assertThat(mail.subject()).isEqualTo("Votre compte pour l'Assemblée de l'UIP");
    assertThat(mail.language()).isEqualTo("fr");
    assertThat(mail.text()).contains("Anna Schmidt", "Votre nom d'utilisateur : " + username);
    assertThat(mail.link()).startsWith(Deployments.base() + "/invitation.xhtml?lang=fr&token=");
    assertThat(mail.token()).hasSize(43);
    assertThat(storedTokenHashes(username))
        .as("only the token's SHA-256 is stored")
        .containsExactly(sha256(mail.token()))
        .doesNotContain(mail.token());

    String password = "Mot-de-passe-été-2026";
    try (Browser browser = Browser.open()) {
      browser.go(mail.pathOfLink());
      browser.waitFor(By.id("invitation:password"));
      assertThat(browser.driver().findElement(By.id("invitation-for")).getText())
          .contains("Anna Schmidt", username);

      choose(browser, "court", "court");
      browser.waitForText(By.id("messages"), "au moins 10 caractères");
      choose(browser, username, username);
      browser.waitForText(By.id("messages"), "ne peut pas être votre nom d’utilisateur");
      choose(browser, password, password + "x");
      browser.waitForText(By.id("messages"), "ne sont pas identiques");
      choose(browser, password, password);
      browser.waitForText(By.id("invitation-done"), "Votre mot de passe est enregistré");

      browser.signIn(username, password).waitFor(By.id("home-focal"));
    }
    Api.Answer me = Api.as(username, password).get("/api/accounts/me");
    assertThat(me.status()).isEqualTo(200);
    assertThat(me.json().asJsonObject().getString("role")).isEqualTo("FOCAL_POINT");
    assertThat(me.json().asJsonObject().getBoolean("passwordSet")).isTrue();
  }

  @Test
  void aLinkWorksOnceAndAnExpiredOrReplacedLinkSaysSo() throws Exception {
    String username = unique("delegate.fr");
    String email = username + "@assemblee.test";
    assertThat(
            focalFrance
                .post(
                    "/api/accounts/delegates",
                    Invited.newAccount(username, "Claire Martin", email, "ar", parliament("FR")))
                .status())
        .isEqualTo(201);
    Mailbox.Mail mail = Mailbox.awaitMailTo(email);
    assertThat(mail.subject()).isEqualTo("حسابك في جمعية الاتحاد البرلماني الدولي");

    assertThat(accept(mail.token(), "a-good-password-1").status()).isEqualTo(200);
    Api.Answer again = accept(mail.token(), "another-password-2");
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.code()).isEqualTo("invitation.used");
    assertThat(Api.as(username, "a-good-password-1").get("/api/accounts/me").status())
        .isEqualTo(200);
    assertThat(Api.as(username, "another-password-2").get("/api/accounts/me").status())
        .isEqualTo(401);
    try (Browser browser = Browser.open()) {
      browser.go(mail.pathOfLink().replace("lang=ar", "lang=en"));
      browser.waitForText(By.id("invitation-refused"), "This link has already been used");
      assertThat(browser.driver().findElements(By.id("invitation:password"))).isEmpty();
    }
    assertThat(secretariat.post("/api/accounts/" + username + "/invitation", "").code())
        .isEqualTo("invitation.password-set");

    String late = unique("delegate.fr");
    String lateEmail = late + "@assemblee.test";
    focalFrance.post(
        "/api/accounts/delegates",
        Invited.newAccount(late, "Paul Durand", lateEmail, "en", parliament("FR")));
    Mailbox.Mail expiring = Mailbox.awaitMailTo(lateEmail);
    expire(late);

    Api.Answer expired = accept(expiring.token(), "a-good-password-1");
    assertThat(expired.status()).isEqualTo(409);
    assertThat(expired.code()).isEqualTo("invitation.expired");
    try (Browser browser = Browser.open()) {
      browser.go(expiring.pathOfLink());
      browser.waitForText(By.id("invitation-refused"), "This link has expired.");
      assertThat(browser.driver().findElement(By.id("invitation-refused")).getText())
          .contains("Ask the Secretariat or your parliament's focal point");
    }

    Api.Answer renewed = focalFrance.post("/api/accounts/" + late + "/invitation", "");
    assertThat(renewed.status()).as(renewed.body()).isEqualTo(202);
    Mailbox.Mail second = Mailbox.awaitMailTo(lateEmail, 2);
    assertThat(accept(expiring.token(), "a-good-password-1").code())
        .isEqualTo("invitation.replaced");
    assertThat(accept(second.token(), "a-good-password-1").status()).isEqualTo(200);
    assertThat(Api.as(late, "a-good-password-1").get("/api/accounts/me").status()).isEqualTo(200);

    Api.Answer unknown = accept("A".repeat(43), "a-good-password-1");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.code()).isEqualTo("invitation.unknown");
    assertThat(
            Api.as("focal.ke", DEMO_PASSWORD)
                .post("/api/accounts/" + late + "/invitation", "")
                .code())
        .isEqualTo("auth.other-parliament");
  }

  @Test
  void aPasswordIsRefusedWithAClearMessageInTheClientsLanguage() throws Exception {
    String username = unique("delegate.fr");
    String email = username + "@assemblee.test";
    focalFrance.post(
        "/api/accounts/delegates",
        Invited.newAccount(username, "Luc Petit", email, "fr", parliament("FR")));
    String token = Mailbox.awaitMailTo(email).token();

    Api.Answer tooShort = acceptIn("es", token, "corta");
    Api.Answer sameAsName = acceptIn("fr", token, username.toUpperCase());
    Api.Answer common = acceptIn("ar", token, "Password123");
    Api.Answer blank = acceptIn("en", token, " ".repeat(12));

    assertThat(tooShort.status()).isEqualTo(400);
    assertThat(tooShort.code()).isEqualTo("password.too-short");
    assertThat(tooShort.message()).contains("al menos 10 caracteres");
    assertThat(sameAsName.code()).isEqualTo("password.same-as-username");
    assertThat(sameAsName.message()).contains("nom d’utilisateur");
    assertThat(common.code()).isEqualTo("password.common");
    assertThat(common.message()).contains("شيوعًا");
    assertThat(blank.code()).isEqualTo("password.blank");
    assertThat(acceptIn("en", token, "long-enough-now").status())
        .as("a refused password leaves the link usable")
        .isEqualTo(200);
  }

  @Test
  void aMailServerThatIsDownNeitherFailsTheOpeningNorLosesTheInvitation() throws Exception {
    String username = unique("focal.ke");
    String email = username + "@parliament.test";
    Mailbox.stop();
    try {
      Api.Answer created =
          secretariat.post(
              "/api/accounts",
              Invited.newAccount(username, "Wanjiru Kamau", email, "en", parliament("KE")));

      assertThat(created.status()).as(created.body()).isEqualTo(201);
      eventually(
          "the first attempt failed and the mail waits in the outbox",
          () -> outbox(email).startsWith("PENDING|") && !outbox(email).startsWith("PENDING|0|"));
    } finally {
      Mailbox.start();
    }

    Mailbox.Mail mail = Mailbox.awaitMailTo(email);
    eventually("the outbox records the delivery", () -> outbox(email).startsWith("SENT|"));
    assertThat(outbox(email))
        .as("state|attempts|body: retried, and the text (with its link) erased once sent")
        .matches("SENT\\|[2-9]\\d*\\|null");
    assertThat(Invited.acceptInvitation(email, "Nairobi-2026-pass")).isEqualTo(username);
    assertThat(Api.as(username, "Nairobi-2026-pass").get("/api/accounts/me").status())
        .isEqualTo(200);
    assertThat(Mailbox.countTo(email)).as("sent once").isEqualTo(1);
  }

  private static void choose(Browser browser, String password, String repeat) {
    WebDriver driver = browser.driver();
    driver.findElement(By.id("invitation:password")).clear();
    driver.findElement(By.id("invitation:password")).sendKeys(password);
    driver.findElement(By.id("invitation:repeat")).clear();
    driver.findElement(By.id("invitation:repeat")).sendKeys(repeat);
    driver.findElement(By.id("invitation:submit")).click();
  }

  private static Api.Answer accept(String token, String password) throws Exception {
    return acceptIn("en", token, password);
  }

  private static Api.Answer acceptIn(String language, String token, String password)
      throws Exception {
    return Api.anonymous()
        .inLanguage(language)
        .post(
            "/api/public/invitations/accept",
            Json.createObjectBuilder()
                .add("token", token)
                .add("password", password)
                .build()
                .toString());
  }

  private long parliament(String countryCode) throws Exception {
    return secretariat
        .get("/api/parliaments")
        .json()
        .asJsonArray()
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(p -> countryCode.equals(p.getString("countryCode", null)))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("id")
        .longValue();
  }

  private static String unique(String prefix) {
    return prefix + "." + UUID.randomUUID().toString().substring(0, 8);
  }

  private static String sha256(String token) throws Exception {
    return HexFormat.of()
        .formatHex(
            MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
  }

  private static java.util.List<String> storedTokenHashes(String username) throws Exception {
    java.util.List<String> hashes = new java.util.ArrayList<>();
    try (Connection db = Database.connect();
        PreparedStatement s =
            db.prepareStatement(
                "SELECT i.token_hash FROM account_invitation i JOIN account a"
                    + " ON a.id = i.account_id WHERE a.username = ?")) {
      s.setString(1, username);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          hashes.add(rs.getString(1));
        }
      }
    }
    return hashes;
  }

  /** Moves the account's open invitation into the past, as if 7 days had gone by. */
  private static void expire(String username) throws Exception {
    try (Connection db = Database.connect();
        PreparedStatement s =
            db.prepareStatement(
                "UPDATE account_invitation i JOIN account a ON a.id = i.account_id"
                    + " SET i.created_at = i.created_at - INTERVAL 8 DAY,"
                    + " i.expires_at = i.expires_at - INTERVAL 7 DAY - INTERVAL 1 SECOND"
                    + " WHERE a.username = ?")) {
      s.setString(1, username);
      assertThat(s.executeUpdate()).isEqualTo(1);
    }
  }

  /** The recipient's outbox row as {@code state|attempts|body}. */
  private static String outbox(String recipient) throws Exception {
    try (Connection db = Database.connect();
        PreparedStatement s =
            db.prepareStatement(
                "SELECT state, attempts, body FROM mail_outbox WHERE recipient = ?")) {
      s.setString(1, recipient);
      try (ResultSet rs = s.executeQuery()) {
        assertThat(rs.next()).as("an outbox row for " + recipient).isTrue();
        return rs.getString(1)
            + "|"
            + rs.getInt(2)
            + "|"
            + (rs.getString(3) == null ? "null" : "text");
      }
    }
  }

  private interface Check {
    boolean holds() throws Exception;
  }

  /** Waits (at most {@link Mailbox#PATIENCE}) until the check holds. */
  private static void eventually(String what, Check check) {
    new FluentWait<>(check)
        .withTimeout(Mailbox.PATIENCE)
        .pollingEvery(java.time.Duration.ofMillis(200))
        .withMessage(what)
        .ignoring(AssertionError.class)
        .until(
            c -> {
              try {
                return c.holds();
              } catch (AssertionError | RuntimeException e) {
                throw e;
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            });
  }
}

package org.ipu.assembly.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipu.assembly.it.Deployments.DEMO_PASSWORD;

import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.ipu.assembly.testkit.Fixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Guessing passwords: failed sign-ins in a row slow an account down, then lock it (the right
 * password too) until the lock expires, on the API (429 with Retry-After) and on the form (in the
 * visitor's language); a hash of an earlier build is replaced by today's at the next sign-in.
 */
class SignInIT extends IntegrationTest {

  /** Three failures lock for five seconds while this class runs (the defaults: 10 and 900). */
  @BeforeAll
  static void shortLocks() throws Exception {
    Plenary.settings("{\"sign-in.lockout-after\": 3, \"sign-in.lockout-seconds\": 5}");
  }

  @AfterAll
  static void defaultLocks() throws Exception {
    Plenary.settings("{\"sign-in.lockout-after\": null, \"sign-in.lockout-seconds\": null}");
  }

  @Test
  void failuresInARowSlowAnAccountThenLockItUntilTheLockExpires() throws Exception {
    String username = Plenary.parliament(3_000_000, 0).focalPoint();
    Api wrong = Api.as(username, "not-the-password-at-all");

    assertThat(wrong.get("/api/accounts/me").code()).isEqualTo("auth.invalid");
    assertThat(wrong.get("/api/accounts/me").code()).isEqualTo("auth.invalid");
    Api.Answer slowed = wrong.inLanguage("fr").get("/api/accounts/me");
    assertThat(slowed.status()).isEqualTo(429);
    assertThat(slowed.code()).isEqualTo("auth.slow-down");
    assertThat(slowed.message()).contains("réessayez dans 1 seconde");

    Api.Answer third = untilTried(wrong);
    assertThat(third.code()).isEqualTo("auth.invalid");
    Api right = Api.as(username, DEMO_PASSWORD);
    Api.Answer locked = right.get("/api/accounts/me");
    assertThat(locked.status()).as("the right password while locked").isEqualTo(429);
    assertThat(locked.code()).isEqualTo("auth.locked");
    assertThat(locked.message()).contains("locked for");

    long lockedAt = System.nanoTime();
    Api.Answer after = untilTried(right);
    assertThat(after.status()).as("the right password once the lock expired").isEqualTo(200);
    assertThat((System.nanoTime() - lockedAt) / 1_000_000).isGreaterThan(3_000);
    assertThat(Api.as(username, "not-the-password-at-all").get("/api/accounts/me").code())
        .as("the count started again")
        .isEqualTo("auth.invalid");
  }

  @Test
  void theFormSaysInTheVisitorsLanguageThatSigningInIsLocked() throws Exception {
    String username = Plenary.parliament(3_500_000, 0).focalPoint();
    Api wrong = Api.as(username, "not-the-password-at-all");

    try (Browser browser = Browser.open()) {
      browser.go("/login.xhtml?lang=es");
      untilTried(wrong);
      untilTried(wrong);
      untilTried(wrong);
      browser.driver().findElement(By.id("login:username")).sendKeys(username);
      browser.driver().findElement(By.id("login:password")).sendKeys(DEMO_PASSWORD);
      browser.driver().findElement(By.id("login:submit")).click();

      browser.waitForText(By.id("messages"), "el inicio de sesión queda bloqueado");
      assertThat(browser.path()).isEqualTo("/login.xhtml");
    }
  }

  @Test
  void aPasswordHashOfAnEarlierBuildIsReplacedAtTheNextSignIn() throws Exception {
    Fixtures.Parliament parliament = Plenary.parliament(4_000_000, 0);
    String username = parliament.focalPoint();
    Database.update(
        "UPDATE account SET password_hash = ? WHERE username = ?",
        earlierHash(DEMO_PASSWORD),
        username);

    Api.as(username, DEMO_PASSWORD).get("/api/accounts/me").expect(200);

    String stored =
        Database.strings("SELECT password_hash FROM account WHERE username = ?", username).get(0);
    assertThat(stored).startsWith("PBKDF2WithHmacSHA256:600000:");
    assertThat(Api.as(username, DEMO_PASSWORD).get("/api/accounts/me").status()).isEqualTo(200);
  }

  /** Asks until the server tries the credentials (not held by a wait or a lock), polling. */
  private static Api.Answer untilTried(Api api) throws Exception {
    long giveUp = System.currentTimeMillis() + 20_000;
    while (true) {
      Api.Answer answer = api.get("/api/accounts/me");
      if (answer.status() != 429) {
        return answer;
      }
      if (System.currentTimeMillis() > giveUp) {
        throw new AssertionError("still held after 20 s: " + answer.body());
      }
      Thread.sleep(100); // polling, as a client honouring Retry-After would
    }
  }

  /** The password hashed as builds before this one did: PBKDF2-SHA256, 2,048 iterations. */
  private static String earlierHash(String password) throws Exception {
    byte[] salt = new byte[32];
    new SecureRandom().nextBytes(salt);
    byte[] hash =
        SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
            .generateSecret(new PBEKeySpec(password.toCharArray(), salt, 2048, 256))
            .getEncoded();
    Base64.Encoder base64 = Base64.getEncoder();
    return "PBKDF2WithHmacSHA256:2048:"
        + base64.encodeToString(salt)
        + ":"
        + base64.encodeToString(hash);
  }
}

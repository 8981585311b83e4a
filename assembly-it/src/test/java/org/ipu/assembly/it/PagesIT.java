package org.ipu.assembly.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipu.assembly.it.Deployments.DEMO_PASSWORD;

import org.ipu.assembly.testkit.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;

/** The pages in headless Chromium: signing in, each role's home, access, languages. */
class PagesIT extends IntegrationTest {

  private static Fixtures.Parliament ours;
  private static Fixtures.Parliament theirs;

  @BeforeAll
  static void parliamentsOfItsOwn() throws Exception {
    ours = Plenary.parliament(68_400_000, 0);
    theirs = Plenary.parliament(56_000_000, 0);
  }

  @ParameterizedTest
  @CsvSource({
    "secretariat, /secretariat/index.xhtml, home-secretariat",
    "focal,       /focal/index.xhtml,       home-focal",
    "head,        /delegate/index.xhtml,    home-delegate",
    "observer,    /observer/index.xhtml,    home-observer"
  })
  void eachRoleLandsOnItsHome(String who, String home, String marker) throws Exception {
    String username =
        switch (who) {
          case "focal" -> ours.focalPoint();
          case "head" -> ours.head();
          default -> who;
        };
    try (Browser browser = Browser.open()) {
      browser.signIn(username, DEMO_PASSWORD);

      browser.waitFor(By.id(marker));
      assertThat(browser.path()).isEqualTo(home);
      assertThat(
              browser.driver().findElements(By.cssSelector(".places a")).stream()
                  .map(a -> java.net.URI.create(a.getAttribute("href")).getPath())
                  .toList())
          .as("every role's navigation links the hall display and the results")
          .contains("/hall/index.xhtml", "/hall/results.xhtml");
      if ("secretariat".equals(who)) {
        assertThat(
                browser.driver().findElements(By.cssSelector("#home-secretariat a")).stream()
                    .map(a -> java.net.URI.create(a.getAttribute("href")).getPath())
                    .toList())
            .as("the Secretariat's home links the votes per delegation and the results")
            .contains("/secretariat/entitlements.xhtml", "/hall/results.xhtml");
      }
    }
  }

  @Test
  void aWrongPasswordGetsAClearMessage() throws Exception {
    try (Browser browser = Browser.open()) {
      browser.signIn(theirs.focalPoint(), "wrong-password");

      assertThat(browser.waitFor(By.id("messages")).getText())
          .contains("The user name or password is not correct");
      assertThat(browser.path()).isEqualTo("/login.xhtml");
    }
  }

  @Test
  void signingInAfterTheSessionExpiredSimplySignsIn() throws Exception {
    try (Browser browser = Browser.open()) {
      browser.go("/login.xhtml?lang=fr");
      browser.driver().manage().deleteAllCookies(); // the session ended, or the server restarted

      browser.driver().findElement(By.id("login:username")).sendKeys(ours.focalPoint());
      browser.driver().findElement(By.id("login:password")).sendKeys(DEMO_PASSWORD);
      browser.driver().findElement(By.id("login:submit")).click();

      browser.waitFor(By.id("home-focal"));
    }
  }

  @Test
  void aPagePostedWithoutItsStateSaysItExpiredInTheVisitorsLanguage() throws Exception {
    try (Browser browser = Browser.open()) {
      browser.signIn("secretariat", DEMO_PASSWORD).waitFor(By.id("home-secretariat"));
      browser.go("/secretariat/settings.xhtml?lang=fr");
      browser.waitFor(By.id("settings:save"));
      ((org.openqa.selenium.JavascriptExecutor) browser.driver())
          .executeScript(
              "document.querySelectorAll('input[name=\"jakarta.faces.ViewState\"]')"
                  + ".forEach(i => i.value = '-1234567890:987654321');");

      browser.driver().findElement(By.id("settings:save")).click();

      browser.waitForText(By.id("expired"), "Cette page avait expiré");
      assertThat(browser.driver().getCurrentUrl()).contains("lang=fr").contains("expired=1");
      assertThat(browser.driver().findElement(By.tagName("body")).getText())
          .doesNotContain("Exception");
      Accessibility.check(browser);
    }
  }

  @Test
  void aPasswordWithAccentsSignsInOnTheForm() throws Exception {
    String username = ours.head() + ".accents";
    String password = "Contraseña-été-مرحبا-1";
    String email = username + "@example.org";
    Api.Answer created =
        Plenary.SECRETARIAT.post(
            "/api/accounts/delegates",
            Invited.newAccount(username, "Wanjirũ Mũthoni", email, "en", ours.id()));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    try (Browser browser = Browser.open()) {
      // The password is typed on the invitation page, then on the sign-in form: both post UTF-8.
      browser.go(Mailbox.awaitMailTo(email).pathOfLink());
      browser.waitFor(By.id("invitation:password")).sendKeys(password);
      browser.driver().findElement(By.id("invitation:repeat")).sendKeys(password);
      browser.driver().findElement(By.id("invitation:submit")).click();
      browser.waitFor(By.id("invitation-done"));
      browser.signIn(username, password).waitFor(By.id("home-delegate"));
    }
  }

  @Test
  void aProtectedPageAsksForSignInAndThenOpens() throws Exception {
    try (Browser browser = Browser.open()) {
      browser.go("/secretariat/parliaments.xhtml");
      assertThat(browser.path()).isEqualTo("/login.xhtml");

      browser.driver().findElement(By.id("login:username")).sendKeys("secretariat");
      browser.driver().findElement(By.id("login:password")).sendKeys(DEMO_PASSWORD);
      browser.driver().findElement(By.id("login:submit")).click();

      assertThat(browser.waitFor(By.id("parliaments:table")).getText()).contains("Afghanistan");
      assertThat(browser.path()).isEqualTo("/secretariat/parliaments.xhtml");

      browser
          .driver()
          .findElement(By.cssSelector("#parliaments\\:table input.ui-column-filter"))
          .sendKeys("Ken");
      browser.waitForText(By.id("parliaments:table"), "Kenya");
      assertThat(browser.driver().findElement(By.id("parliaments:table")).getText())
          .doesNotContain("Afghanistan");
    }
  }

  @Test
  void theSecretariatSeesTheMemberParliamentsInFrench() throws Exception {
    try (Browser browser = Browser.open()) {
      browser.signIn("secretariat", DEMO_PASSWORD).waitFor(By.id("home-secretariat"));
      browser.go("/secretariat/parliaments.xhtml?lang=fr");

      String table = browser.waitFor(By.id("parliaments:table")).getText();
      assertThat(table).contains("Allemagne", "Membre", "Groupe des Douze Plus");
      assertThat(browser.driver().findElement(By.id("parliaments-summary")).getText())
          .contains("Suspendu");
      assertThat(browser.driver().findElement(By.className("session-title")).getText())
          .as("the demo Assembly's city in French")
          .contains("Genève");
    }
  }

  @Test
  void aFocalPointCannotOpenSecretariatPagesNorAnotherParliament() throws Exception {
    try (Browser browser = Browser.open()) {
      browser.signIn(ours.focalPoint(), DEMO_PASSWORD).waitFor(By.id("home-focal"));

      browser.go("/secretariat/parliaments.xhtml");
      assertThat(browser.waitFor(By.id("error-message")).getText())
          .contains("may not open this page");
      assertThat(browser.driver().findElements(By.id("parliaments:table"))).isEmpty();

      browser.go("/parliament/view.xhtml?id=" + theirs.id());
      assertThat(browser.waitFor(By.id("error-message")).getText())
          .contains("may not open this page");
      // The text shown, not the source: a test parliament's name is a short code that a page's
      // random CSP nonce may hold ("WI" in "...ZWIt...").
      assertThat(browser.driver().findElement(By.tagName("body")).getText())
          .doesNotContainPattern("\\b" + theirs.name() + "\\b");

      browser.go("/focal/index.xhtml");
      assertThat(browser.waitFor(By.id("parliament-name")).getText()).isEqualTo(ours.name());
    }
  }

  @Test
  void theArabicPagesReadRightToLeft() throws Exception {
    try (Browser browser = Browser.open()) {
      browser.go("/login.xhtml?lang=ar");

      var html = browser.driver().findElement(By.tagName("html"));
      assertThat(html.getAttribute("dir")).isEqualTo("rtl");
      assertThat(html.getAttribute("lang")).isEqualTo("ar");
      assertThat(browser.driver().findElement(By.id("login:submit")).getText())
          .matches(".*\\p{IsArabic}.*");

      browser.go("/login.xhtml?lang=en");
      assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("dir"))
          .isEqualTo("ltr");
    }
  }
}

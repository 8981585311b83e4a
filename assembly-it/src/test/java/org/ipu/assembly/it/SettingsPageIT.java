package org.ipu.assembly.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipu.assembly.it.Deployments.DEMO_PASSWORD;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The Secretariat's settings page in headless Chromium: a change saved, a bad entry refused in the
 * page's language, and two officers at once: the later one is told, keeps their entries, sees what
 * the other stored, and saves again without losing either change.
 */
class SettingsPageIT extends IntegrationTest {

  private static final By SAVE = By.id("settings:save");

  @AfterEach
  void backToTheDefaults() throws Exception {
    Api.Answer reset =
        Plenary.SECRETARIAT.put(
            "/api/settings",
            "{\"version\": "
                + version()
                + ", \"values\": {\"vote.minimum\": null, \"vote.gender-sanction\": null,"
                + " \"vote.population-brackets\": null}}");
    assertThat(reset.status()).as(reset.body()).isEqualTo(200);
  }

  @Test
  void theSecretariatChangesASettingOnThePage() throws Exception {
    try (Browser browser = Browser.open()) {
      browser.signIn("secretariat", DEMO_PASSWORD).waitFor(By.id("home-secretariat"));
      browser.go("/secretariat/settings.xhtml");
      assertThat(browser.waitFor(By.id("settings")).getText())
          .contains("Minimum votes per Member", "Population table", "Invitation lifetime (days)");

      type(browser, input(browser, "vote.minimum"), "11");
      browser.driver().findElement(SAVE).click();

      browser.waitForText(By.id("messages"), "The settings are saved.");
      browser.waitForText(By.id("settings-last-change"), "secretariat");
      // The message box with its message passes too (PrimeFaces' own broke axe's list rule).
      Accessibility.check(browser);
    }
    assertThat(value("vote.minimum")).isEqualTo(11);
  }

  @Test
  void aBadEntryIsRefusedInThePagesLanguage() throws Exception {
    long before = version();
    try (Browser browser = Browser.open()) {
      browser.signIn("secretariat", DEMO_PASSWORD).waitFor(By.id("home-secretariat"));
      browser.go("/secretariat/settings.xhtml?lang=fr");
      assertThat(browser.waitFor(By.id("settings")).getText())
          .contains("Nombre minimal de voix par Membre", "Barème de population");

      WebElement secondRowFrom =
          browser
              .driver()
              .findElement(
                  By.cssSelector(
                      "input[data-setting='vote.population-brackets'][data-row='1'][data-column='fromPersons']"));
      type(browser, secondRowFrom, "0");
      browser.driver().findElement(SAVE).click();

      browser.waitForText(
          By.id("messages"),
          "La ligne 2 du barème de population doit partir d’une population supérieure");
    }
    assertThat(version()).as("nothing saved").isEqualTo(before);
  }

  @Test
  void twoOfficersAtOnceLoseNothing() throws Exception {
    try (Browser browser = Browser.open()) {
      browser.signIn("secretariat", DEMO_PASSWORD).waitFor(By.id("home-secretariat"));
      browser.go("/secretariat/settings.xhtml");
      WebElement minimum = input(browser, "vote.minimum");

      Api.Answer other =
          Plenary.SECRETARIAT.put(
              "/api/settings",
              "{\"version\": " + version() + ", \"values\": {\"vote.gender-sanction\": 3}}");
      assertThat(other.status()).as(other.body()).isEqualTo(200);
      type(browser, minimum, "12");
      browser.driver().findElement(SAVE).click();

      browser.waitForText(By.id("messages"), "Another officer saved these settings");
      assertThat(
              browser.waitFor(By.cssSelector("[data-meanwhile='vote.gender-sanction']")).getText())
          .contains("3");
      assertThat(input(browser, "vote.minimum").getAttribute("value")).isEqualTo("12");
      assertThat(value("vote.minimum")).as("nothing of the page saved yet").isEqualTo(10);

      browser.driver().findElement(SAVE).click();
      browser.waitForText(By.id("messages"), "The settings are saved.");
    }
    assertThat(value("vote.minimum")).isEqualTo(12);
    assertThat(value("vote.gender-sanction")).isEqualTo(3);
  }

  private static WebElement input(Browser browser, String key) {
    return browser.waitFor(By.cssSelector("input[data-setting='" + key + "']:not([data-row])"));
  }

  private static void type(Browser browser, WebElement input, String text) {
    input.clear();
    input.sendKeys(text);
  }

  private static long version() throws Exception {
    return Plenary.SECRETARIAT
        .get("/api/settings")
        .json()
        .asJsonObject()
        .getJsonNumber("version")
        .longValue();
  }

  private static int value(String key) throws Exception {
    return Plenary.SECRETARIAT
        .get("/api/settings")
        .json()
        .asJsonObject()
        .getJsonArray("settings")
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(s -> s.getString("key").equals(key))
        .findFirst()
        .orElseThrow()
        .getInt("value");
  }
}

package org.ipu.assembly.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipu.assembly.it.Deployments.DEMO_PASSWORD;
import static org.ipu.assembly.it.Plenary.SECRETARIAT;

import jakarta.json.JsonObject;
import java.time.Duration;
import org.ipu.assembly.testkit.Fixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * {@code secretariat/statistics.xhtml}: the figures in a browser, changing while the page stays
 * open (no reload) when a delegation is approved through the API, pushed over {@code
 * /ws/statistics}; right to left in Arabic; refused to a focal point.
 */
class StatisticsPageIT extends IntegrationTest {

  @Test
  void theFiguresChangeLiveWhenTheSecretariatApprovesADelegation() throws Exception {
    Fixtures.Parliament parliament = Plenary.toRegister(7_000_000);
    Api focal = Plenary.delegate(parliament.focalPoint());
    String base = "/api/registrations/" + parliament.id();
    focal.post(base, "{\"fromEarlierAssembly\": false}").expect(201);
    focal
        .post(
            base + "/participants",
            RegistrationIT.participant("Adaeze", "Ngozi", "FEMALE", "MEMBER_OF_PARLIAMENT", true))
        .expect(201);
    focal
        .post(
            base + "/participants",
            RegistrationIT.participant("Obi", "Emeka", "MALE", "ADVISER", false))
        .expect(201);
    JsonObject sheet = focal.get(base).expect(200).json().asJsonObject();
    JsonObject submitted =
        focal.post(base + "/submission", version(sheet)).expect(200).json().asJsonObject();

    try (Browser browser = Browser.open()) {
      browser.signIn("secretariat", DEMO_PASSWORD).waitFor(By.id("home-secretariat"));
      browser.driver().findElement(By.cssSelector("a[href*='statistics.xhtml']")).click();
      browser.waitForText(By.id("live-connection"), "Live");
      long participants = number(browser, "participants-registered");
      long delegations = number(browser, "delegations-registered");
      JsonObject figures = SECRETARIAT.get("/api/statistics").expect(200).json().asJsonObject();
      assertThat(participants)
          .isEqualTo(figures.getJsonObject("participants").getJsonNumber("registered").longValue())
          .as("the demo's approved delegations")
          .isPositive();
      JavascriptExecutor js = (JavascriptExecutor) browser.driver();
      assertThat(
              js.executeScript(
                  "const all = Array.from(document.querySelectorAll('canvas[role=img]'));"
                      + "return all.length >= 2"
                      + " && all.every(c => window.Chart && Chart.getChart(c));"))
          .as("every chart drawn")
          .isEqualTo(true);
      js.executeScript("window.stillTheSamePage = true;");

      SECRETARIAT.post(base + "/approval", version(submitted)).expect(200);

      waitForNumber(browser, "participants-registered", participants + 2);
      waitForNumber(browser, "delegations-registered", delegations + 1);
      assertThat(js.executeScript("return window.stillTheSamePage === true;")).isEqualTo(true);
      // the remote command drew the rest again: the doughnut's words count the new woman
      JsonObject now = SECRETARIAT.get("/api/statistics").expect(200).json().asJsonObject();
      long women =
          now.getJsonObject("womenMembersOfParliament").getJsonNumber("registered").longValue();
      long mps = now.getJsonObject("membersOfParliament").getJsonNumber("registered").longValue();
      browser.waitForText(By.id("women-chart-text"), women + " women among " + mps);
      assertThat(
              browser
                  .driver()
                  .findElement(By.cssSelector("canvas[role='img']"))
                  .getAttribute("aria-label"))
          .contains(women + " women among " + mps);
    }
  }

  @Test
  void theArabicPageReadsRightToLeftAndAFocalPointIsRefused() throws Exception {
    Fixtures.Parliament parliament = Plenary.parliament(6_000_000, 0);
    try (Browser browser = Browser.open()) {
      browser.signIn("secretariat", DEMO_PASSWORD).waitFor(By.id("home-secretariat"));
      browser.go("/secretariat/statistics.xhtml?lang=ar");
      browser.waitFor(By.id("participants-table"));
      assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("dir"))
          .isEqualTo("rtl");
      assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("الإحصاءات");
      assertThat(
              browser.driver().findElements(By.cssSelector("#participants-table th[scope='col']")))
          .hasSize(3);
    }
    try (Browser browser = Browser.open()) {
      browser.signIn(parliament.focalPoint(), DEMO_PASSWORD).waitFor(By.id("home-focal"));
      browser.go("/secretariat/statistics.xhtml");
      assertThat(browser.waitFor(By.id("error-message")).getText())
          .contains("may not open this page");
      assertThat(browser.driver().findElements(By.id("participants-table"))).isEmpty();
    }
  }

  private static String version(JsonObject sheet) {
    return "{\"version\": " + sheet.getJsonNumber("version") + "}";
  }

  /** The figure a cell shows (read again if the page redraws it meanwhile). */
  static long number(Browser browser, String id) {
    return new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
        .ignoring(StaleElementReferenceException.class)
        .ignoring(NumberFormatException.class)
        .until(d -> Long.parseLong(d.findElement(By.id(id)).getText().trim()));
  }

  static void waitForNumber(Browser browser, String id, long expected) {
    new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
        .ignoring(StaleElementReferenceException.class)
        .until(d -> d.findElement(By.id(id)).getText().trim().equals(String.valueOf(expected)));
  }
}

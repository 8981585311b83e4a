package org.ipu.assembly.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipu.assembly.it.Plenary.SECRETARIAT;

import jakarta.json.JsonObject;
import java.time.Duration;
import org.ipu.assembly.testkit.Fixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The Secretariat keeps the Assembly's membership through the API: it sees what a change does to a
 * parliament's votes before saving it, a suspension needs its reason, a change made on an old
 * version is refused, every change is audited, and nobody else may change it.
 */
class MembershipIT extends IntegrationTest {

  @Test
  void theSecretariatPreviewsThenSuspendsAMemberWithItsReason() throws Exception {
    Fixtures.Parliament parliament = Plenary.parliament(45_000_000, 0);
    String path = "/api/parliaments/" + parliament.id() + "/membership";
    long version = view(parliament).getJsonNumber("version").longValue();

    JsonObject larger =
        SECRETARIAT
            .post(path + "/preview", change(version, "MEMBER", false, null, 120_000_000L))
            .expect(200)
            .json()
            .asJsonObject();
    assertThat(larger.getInt("entitlementNow")).as("10 + 6 for 40-50 million").isEqualTo(16);
    assertThat(larger.getInt("entitlementAfter")).as("10 + 10 for 100-150 million").isEqualTo(20);
    assertThat(view(parliament).getJsonNumber("population").longValue())
        .as("a preview saves nothing")
        .isEqualTo(45_000_000L);

    Api.Answer noReason = SECRETARIAT.put(path, change(version, "MEMBER", true, " ", 45_000_000L));
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.code()).isEqualTo("membership.suspension-reason.required");
    assertThat(SECRETARIAT.put(path, change(version, "MEMBER", false, null, -1L)).code())
        .isEqualTo("membership.population.invalid");

    JsonObject suspension =
        SECRETARIAT
            .post(path + "/preview", change(version, "MEMBER", true, "Arrears", 45_000_000L))
            .json()
            .asJsonObject();
    assertThat(suspension.getString("votingRightAfter")).isEqualTo("SUSPENDED");
    assertThat(suspension.getInt("entitlementAfter")).isZero();

    JsonObject saved =
        SECRETARIAT
            .put(path, change(version, "MEMBER", true, "Arrears of three years", 45_000_000L))
            .expect(200)
            .json()
            .asJsonObject();
    assertThat(saved.getBoolean("suspended")).isTrue();
    assertThat(saved.getString("suspensionReason")).isEqualTo("Arrears of three years");

    Api.Answer stale = SECRETARIAT.put(path, change(version, "OBSERVER", false, null, 1L));
    assertThat(stale.status()).isEqualTo(409);
    assertThat(stale.code()).isEqualTo("membership.changed-meanwhile");
    assertThat(view(parliament).getString("status")).isEqualTo("MEMBER");

    assertThat(
            Plenary.delegate(parliament.focalPoint())
                .put(
                    path,
                    change(saved.getJsonNumber("version").longValue(), "MEMBER", false, null, 1L))
                .status())
        .isEqualTo(403);
    assertThat(
            Database.strings(
                "SELECT r.kind FROM audit_record r JOIN membership m"
                    + " ON r.subject = CONCAT('membership:', m.id) WHERE m.parliament_id = ?",
                parliament.id()))
        .containsExactly("membership.changed");
  }

  @Test
  void onThePageTheSecretariatSeesTheVotesChangeBeforeSaving() throws Exception {
    Fixtures.Parliament parliament = Plenary.parliament(45_000_000, 0);
    try (Browser browser = Browser.open()) {
      browser.signIn("secretariat", Deployments.DEMO_PASSWORD).waitFor(By.id("home-secretariat"));
      browser.go("/secretariat/parliaments.xhtml");
      WebElement filter =
          browser.waitFor(By.cssSelector("#parliaments\\:table th input.ui-column-filter"));
      filter.sendKeys(parliament.name());
      new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
          .ignoring(StaleElementReferenceException.class)
          .until(
              d -> {
                browser
                    .filteredRow("parliaments:table", parliament.name())
                    .findElement(By.cssSelector(".change-membership"))
                    .click();
                return true;
              });
      browser.waitForText(By.id("membership:preview"), "Votes now: 16");
      WebElement population = browser.driver().findElement(By.id("membership:population"));
      population.clear();
      population.sendKeys("120000000");
      population.sendKeys(Keys.TAB);
      browser.waitForText(By.id("membership:preview"), "After this change: 20");
      browser.driver().findElement(By.id("membership:save")).click();
      browser.waitForText(By.id("messages"), "The standing of " + parliament.name() + " is saved.");
    }
    assertThat(view(parliament).getJsonNumber("population").longValue()).isEqualTo(120_000_000L);
  }

  private static JsonObject view(Fixtures.Parliament parliament) throws Exception {
    return SECRETARIAT.get("/api/parliaments/" + parliament.id()).expect(200).json().asJsonObject();
  }

  private static String change(
      long version, String status, boolean suspended, String reason, long population) {
    var body =
        jakarta.json.Json.createObjectBuilder()
            .add("version", version)
            .add("status", status)
            .add("suspended", suspended)
            .add("population", population);
    if (reason != null) {
      body.add("suspensionReason", reason);
    }
    return body.build().toString();
  }
}

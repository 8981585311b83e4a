package org.ipu.assembly.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipu.assembly.it.Deployments.DEMO_PASSWORD;
import static org.ipu.assembly.it.Plenary.SECRETARIAT;

import java.util.List;
import org.ipu.assembly.testkit.Fixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.chromium.HasNetworkConditions;

/**
 * The accreditation pages in a browser: the desk checks participants in by a typed (or USB-scanned)
 * code while the statistics page, open beside it, counts the arrival live; the desk says so the
 * second time, goes on when the network is gone and sends its queue once it is back, counted once;
 * the badges page prints and offers the PDF.
 */
class CheckInPagesIT extends IntegrationTest {

  @Test
  void theDeskChecksInByCodeAndKeepsItsScansWhileOffline() throws Exception {
    Fixtures.Parliament parliament = Plenary.parliament(3_100_000, 1);
    List<String> families = Badges.families(parliament);
    List<Badges.Page> badges =
        Badges.print(SECRETARIAT, "{\"parliamentId\": " + parliament.id() + "}");
    String first = Badges.of(badges, families.get(0)).token();
    String second = Badges.of(badges, families.get(1)).token();

    try (Browser desk = Browser.open();
        Browser statistics = Browser.open()) {
      statistics.signIn("secretariat", DEMO_PASSWORD).waitFor(By.id("home-secretariat"));
      statistics.go("/secretariat/statistics.xhtml");
      statistics.waitForText(By.id("live-connection"), "Live");
      long arrived = StatisticsPageIT.number(statistics, "participants-arrived");
      desk.signIn("secretariat", DEMO_PASSWORD).waitFor(By.id("home-secretariat"));
      desk.go("/secretariat/check-in.xhtml");
      desk.waitForText(By.id("desk-synced"), "Roster of");

      type(desk, first);
      desk.waitForText(By.id("desk-outcome"), "Checked in at");
      StatisticsPageIT.waitForNumber(statistics, "participants-arrived", arrived + 1);
      Accessibility.check(desk);
      assertThat(desk.driver().findElement(By.id("desk-name")).getText()).contains(families.get(0));
      assertThat(desk.driver().findElement(By.id("desk-delegation")).getText())
          .isEqualTo(parliament.name());
      type(desk, first);
      desk.waitForText(By.id("desk-outcome"), "Already checked in at");

      HasNetworkConditions network = (HasNetworkConditions) desk.driver();
      network.setNetworkConditions(new ChromiumNetworkConditions().setOffline(true));
      type(desk, second);
      desk.waitForText(By.id("desk-outcome"), "Offline: recorded on this device");
      assertThat(desk.driver().findElement(By.id("desk-name")).getText()).contains(families.get(1));
      desk.waitForText(By.id("desk-queue"), "1 scans waiting");
      type(desk, second);
      desk.waitForText(By.id("desk-outcome"), "Already checked in at");
      assertThat(Badges.arrivals(parliament, families.get(1))).isZero();

      network.deleteNetworkConditions();
      desk.waitForText(By.id("desk-queue"), "Every scan is sent");

      desk.go("/secretariat/check-in.xhtml?lang=ar");
      desk.waitForText(By.id("desk-synced"), "قائمة من");
      type(desk, first);
      desk.waitForText(By.id("desk-outcome"), "سُجّل من قبل");
      Accessibility.check(desk);
    }
    assertThat(Badges.arrivals(parliament, families.get(0))).isEqualTo(1);
    assertThat(Badges.arrivals(parliament, families.get(1))).isEqualTo(1);
  }

  @Test
  void theBadgesPagePrintsAndOffersThePdf() throws Exception {
    Plenary.parliament(3_200_000, 0);
    try (Browser page = Browser.open()) {
      page.signIn("secretariat", DEMO_PASSWORD).waitFor(By.id("home-secretariat"));
      page.go("/secretariat/badges.xhtml");
      page.waitFor(By.id("badges:print-unprinted")).click();
      page.waitForText(By.id("ready"), "The badges are ready");
      WebElement download = page.waitFor(By.id("download"));
      assertThat(download.getAttribute("href")).contains("/api/badges/batches/").endsWith("/pdf");
      Accessibility.check(page);
      page.go("/secretariat/badges.xhtml?lang=ar");
      page.waitFor(By.id("badges:print-unprinted"));
      Accessibility.check(page);
    }
  }

  private static void type(Browser desk, String code) {
    WebElement input = desk.waitFor(By.id("desk-code"));
    input.clear();
    input.sendKeys(code, Keys.ENTER);
  }
}

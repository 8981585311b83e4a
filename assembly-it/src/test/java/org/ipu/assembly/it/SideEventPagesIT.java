package org.ipu.assembly.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipu.assembly.it.Deployments.DEMO_PASSWORD;

import java.time.Duration;
import org.ipu.assembly.testkit.Fixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A side event from request to programme, in browsers: a focal point asks for a room, the
 * Secretariat opens the request on the calendar and approves it, a delegate joins it; each page
 * passes axe-core in English and Arabic.
 */
class SideEventPagesIT extends IntegrationTest {

  private static final By MESSAGES = By.id("messages");

  @Test
  void anOrganiserRequestsTheSecretariatApprovesOnTheCalendarAndADelegateJoins() throws Exception {
    Fixtures.Parliament parliament = Plenary.parliament(3_000_000, 0);
    long roomId = SideEvents.room(60, 0);
    String title = "Oceans " + roomId;

    try (Browser focal = Browser.open()) {
      focal.signIn(parliament.focalPoint(), DEMO_PASSWORD).waitFor(By.id("home-focal"));
      focal.go("/side-events/requests.xhtml");
      Accessibility.check(focal);
      focal.waitFor(By.cssSelector("[id$='title']")).sendKeys(title);
      focal.selectMenu("request:room", Long.toString(roomId));
      focal.selectMenu("request:day", SideEvents.day(0));
      focal.selectMenu("request:starts", "13:00");
      focal.selectMenu("request:ends", "14:00");
      WebElement expected = focal.driver().findElement(By.id("request:expected_input"));
      expected.clear();
      expected.sendKeys("40");
      focal.driver().findElement(By.id("request:send")).click();
      focal.waitForText(MESSAGES, "is in the Secretariat’s queue");
      focal.waitForText(By.id("mine:table"), title);
    }

    try (Browser secretariat = Browser.open()) {
      secretariat.signIn("secretariat", DEMO_PASSWORD).waitFor(By.id("home-secretariat"));
      secretariat.go("/secretariat/side-events.xhtml");
      secretariat.selectMenu("desk:calendar-room", Long.toString(roomId));
      clickWhenSettled(
          secretariat,
          By.xpath("//*[contains(@class,'side-event-pending')][contains(., '" + title + "')]"));
      secretariat.waitForText(By.id("desk:decision"), title);
      secretariat.waitForText(By.id("desk:decision"), "No other request asks for this room");
      Accessibility.check(secretariat);
      secretariat.driver().findElement(By.id("desk:approve")).click();
      secretariat.waitForText(MESSAGES, "is approved");
      secretariat.waitFor(
          By.xpath("//*[contains(@class,'side-event-approved')][contains(., '" + title + "')]"));
    }

    try (Browser delegate = Browser.open()) {
      delegate.signIn(parliament.head(), DEMO_PASSWORD).waitFor(By.id("home-delegate"));
      delegate.go("/side-events/programme.xhtml");
      WebElement event = delegate.waitFor(By.xpath("//article[.//h3[text()='" + title + "']]"));
      Accessibility.check(delegate);
      event.findElement(By.cssSelector("button[id$=':join']")).click();
      delegate.waitForText(MESSAGES, "You are on the list of those attending");
      delegate.waitForText(By.xpath("//article[.//h3[text()='" + title + "']]"), "You attend.");
      delegate.go("/side-events/programme.xhtml?lang=ar");
      delegate.waitFor(By.xpath("//article[.//h3[text()='" + title + "']]"));
      assertThat(delegate.driver().findElement(By.tagName("html")).getAttribute("dir"))
          .isEqualTo("rtl");
      Accessibility.check(delegate);
    }
    assertThat(
            Database.count(
                "SELECT COUNT(*) FROM side_event_reply r JOIN side_event e ON e.id = r.event_id"
                    + " WHERE e.room_id = ?",
                roomId))
        .isEqualTo(1);
  }

  @Test
  void aRequestArrivingWhileTheDeskIsOpenAppearsWithoutReloading() throws Exception {
    Fixtures.Parliament parliament = Plenary.parliament(3_000_000, 0);
    long roomId = SideEvents.room(30, 0);
    String title = "Live " + roomId;
    try (Browser secretariat = Browser.open()) {
      secretariat.signIn("secretariat", DEMO_PASSWORD).waitFor(By.id("home-secretariat"));
      secretariat.go("/secretariat/side-events.xhtml");
      secretariat.waitFor(By.id("desk:requests"));
      SideEvents.ask(
          Plenary.delegate(parliament.focalPoint()),
          SideEvents.request(title, roomId, SideEvents.day(0), "12:00", "13:00", 10, null));
      secretariat.waitForText(By.id("desk:requests"), title);
      secretariat.waitFor(
          By.xpath("//*[contains(@class,'side-event-pending')][contains(., '" + title + "')]"));
    }
  }

  @Test
  void theSecretariatsPagesPassAxeInArabic() throws Exception {
    try (Browser secretariat = Browser.open()) {
      secretariat.signIn("secretariat", DEMO_PASSWORD).waitFor(By.id("home-secretariat"));
      for (String page :
          new String[] {
            "/secretariat/side-events.xhtml",
            "/secretariat/rooms.xhtml",
            "/side-events/requests.xhtml"
          }) {
        secretariat.go(page + "?lang=ar");
        secretariat.waitFor(By.id("content"));
        Accessibility.check(secretariat);
      }
    }
  }

  /** Clicks the element, found again if an Ajax update replaced it meanwhile. */
  private static void clickWhenSettled(Browser browser, By locator) {
    new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
        .ignoring(StaleElementReferenceException.class)
        .until(
            d -> {
              d.findElement(locator).click();
              return true;
            });
  }
}

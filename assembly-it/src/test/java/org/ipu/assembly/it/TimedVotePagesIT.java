package org.ipu.assembly.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipu.assembly.it.Deployments.DEMO_PASSWORD;

import java.time.Duration;
import java.util.UUID;
import org.ipu.assembly.testkit.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A timed vote in browsers: the Secretariat opens it with a countdown on its console, the hall
 * screen counts down, a delegate who is not the head casts their own share on their tablet (after
 * confirming), the head's tablet shows who cast what, another delegation's head casts its ballot,
 * and the vote closes by itself: the hall and the tablets show the result with its arithmetic.
 */
class TimedVotePagesIT extends IntegrationTest {

  private static final int SECONDS = 75;

  private static Fixtures.Parliament first;
  private static Fixtures.Parliament second;

  @BeforeAll
  static void delegationsOfItsOwn() throws Exception {
    first = Plenary.parliament(68_400_000, 1);
    second = Plenary.parliament(56_000_000, 0);
  }

  @Test
  void aTimedVoteCountsDownTakesSharesAndClosesByItselfOnEveryScreen() throws Exception {
    Plenary.present(first);
    Plenary.present(second);
    String subject = "Timed vote " + UUID.randomUUID().toString().substring(0, 6);
    String delegate = first.delegates().get(0);
    try (Browser console = Browser.open();
        Browser hall = Browser.open();
        Browser delegateTablet = Browser.open();
        Browser headTablet = Browser.open();
        Browser secondTablet = Browser.open()) {
      hall.go("/hall/index.xhtml");
      console.signIn("secretariat", DEMO_PASSWORD).waitFor(By.id("home-secretariat"));
      console.go("/secretariat/voting.xhtml");
      console.driver().findElement(By.id("create:subject")).sendKeys(subject);
      console.driver().findElement(By.id("create:submit")).click();
      console.waitForText(By.id("votes:table"), subject);
      console.driver().findElement(By.id("votes:duration_input")).sendKeys(String.valueOf(SECONDS));
      row(console, subject).findElement(By.cssSelector(".open-timed-vote")).click();
      console.waitForText(By.id("messages"), "closes by itself");

      hall.waitForText(By.id("live"), subject);
      hall.waitForText(By.id("live-countdown"), "Closes by itself in");
      long vote =
          Long.parseLong(hall.driver().findElement(By.id("live")).getAttribute("data-vote-id"));
      console.waitForText(By.id("live-countdown"), "Closes by itself in");

      delegateTablet.signIn(delegate, DEMO_PASSWORD).waitFor(By.id("home-delegate"));
      delegateTablet.waitFor(By.id("ballot"));
      delegateTablet.waitForText(By.id("ballot-who"), "your own share");
      delegateTablet.waitForText(By.id("live-countdown"), "Closes by itself in");
      assertThat(delegateTablet.driver().findElement(By.id("ballot-share-choice")).isDisplayed())
          .isFalse();
      type(delegateTablet, "ballot-yes", 6);
      type(delegateTablet, "ballot-no", 2);
      delegateTablet.driver().findElement(By.id("ballot-submit")).click();
      delegateTablet.waitForText(
          By.id("ballot-confirm-question"), "Send your share: 6 yes, 2 no, 0 abstain");
      delegateTablet.driver().findElement(By.id("ballot-confirm-send")).click();
      delegateTablet.waitForText(By.id("ballot-message"), "Your ballot is counted.");
      assertThat(delegateTablet.driver().findElement(By.id("ballot-receipt")).getText())
          .startsWith("Receipt no.")
          .contains("6 yes, 2 no, 0 abstain");

      headTablet.signIn(first.head(), DEMO_PASSWORD).waitFor(By.id("home-delegate"));
      headTablet.waitFor(By.id("ballot-shares"));
      headTablet.waitForText(By.id("ballot-shares-rows"), delegate);
      assertThat(headTablet.driver().findElement(By.id("ballot-share-choice")).isDisplayed())
          .isTrue();

      secondTablet.signIn(second.head(), DEMO_PASSWORD).waitFor(By.id("home-delegate"));
      secondTablet.waitFor(By.id("ballot"));
      type(secondTablet, "ballot-yes", 4);
      type(secondTablet, "ballot-no", 5);
      secondTablet.driver().findElement(By.id("ballot-submit")).click();
      secondTablet.waitForText(By.id("ballot-confirm-question"), "Send 4 yes, 5 no, 0 abstain");
      secondTablet.driver().findElement(By.id("ballot-confirm-send")).click();
      secondTablet.waitForText(By.id("ballot-message"), "Your ballot is counted.");

      // Nobody closes the vote: it closes by itself when its time is up.
      new WebDriverWait(hall.driver(), Duration.ofSeconds(SECONDS + 30))
          .until(d -> d.findElement(By.id("live-outcome")).getText().contains("adopted"));
      assertThat(hall.driver().findElement(By.id("live-outcome")).getText())
          .isEqualTo("10 yes of 17 cast: Simple majority needs 9 — adopted");
      assertThat(hall.driver().findElement(By.id("live-countdown")).getText()).isEmpty();
      headTablet.waitForText(By.id("live"), "Closed");
      headTablet.waitForText(
          By.id("live-outcome"), "10 yes of 17 cast: Simple majority needs 9 — adopted");
      assertThat(headTablet.driver().findElement(By.id("ballot")).isDisplayed()).isFalse();
      assertThat(
              Database.strings(
                  "SELECT actor FROM audit_record WHERE subject = ? AND kind = 'vote.closed'",
                  "vote:" + vote))
          .containsExactly("system");
    }
  }

  private static WebElement row(Browser console, String subject) {
    return console.driver().findElements(By.cssSelector("#votes\\:table tbody tr")).stream()
        .filter(r -> r.getText().contains(subject))
        .findFirst()
        .orElseThrow();
  }

  private static void type(Browser tablet, String id, int value) {
    WebElement input = tablet.driver().findElement(By.id(id));
    input.clear();
    input.sendKeys(String.valueOf(value));
  }
}

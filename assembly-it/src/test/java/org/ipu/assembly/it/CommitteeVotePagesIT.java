package org.ipu.assembly.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipu.assembly.it.Deployments.DEMO_PASSWORD;
import static org.ipu.assembly.it.Drafts.id;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.ipu.assembly.testkit.Fixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The committee's vote on an amendment in browsers: the Secretariat sets it up from the
 * consolidated list and opens it on the voting console; the hall display and the tablets show the
 * amendment's change being voted on; the members of the committee of two delegations vote on their
 * tablets, the head of delegation is told why not; the Secretariat closes it, and the list and the
 * text as amended show the amendment adopted.
 */
class CommitteeVotePagesIT extends IntegrationTest {

  private static final String COMMITTEE = "DEMOCRACY_AND_HUMAN_RIGHTS";

  @Test
  void theSecretariatPutsAnAmendmentToTheCommitteeAndTheMembersVoteOnTheirTablets()
      throws Exception {
    Fixtures.Parliament first = seated(Plenary.parliament(40_000_000, 2));
    Fixtures.Parliament second = seated(Plenary.parliament(9_000_000, 2));
    Plenary.present(first);
    Plenary.present(second);
    JsonObject draft = Drafts.published(COMMITTEE);
    long draftId = id(draft);
    JsonObject op1 = Drafts.paragraph(draft, 2);
    int number =
        Plenary.delegate(first.focalPoint())
            .post(
                "/api/drafts/" + draftId + "/amendments",
                Json.createObjectBuilder()
                    .add("language", "en")
                    .add("kind", "WORDS")
                    .add("paragraph", id(op1))
                    .add("revision", op1.getInt("revisionEn"))
                    .add("from", 4)
                    .add("to", 5)
                    .add("original", "adopt")
                    .add("text", "pass")
                    .build()
                    .toString())
            .expect(201)
            .json()
            .asJsonObject()
            .getInt("number");
    Drafts.closeDeadline(draftId);
    String subject =
        "Amendment "
            + number
            + " to Parliaments and climate change, OP1: replace “adopt” with “pass”";
    try (Browser console = Browser.open();
        Browser hall = Browser.open();
        Browser memberTablet = Browser.open();
        Browser otherTablet = Browser.open();
        Browser headTablet = Browser.open()) {
      console.signIn("secretariat", DEMO_PASSWORD).waitFor(By.id("home-secretariat"));
      console.go("/amendments/list.xhtml?draft=" + draftId + "&lang=en");
      console.waitFor(By.cssSelector("button[id$=':vote']")).click();
      console.waitForText(
          By.id("messages"),
          "The committee’s vote on amendment "
              + number
              + " is set up: open it on the voting console.");
      Accessibility.check(console);

      hall.go("/hall/index.xhtml");
      console.go("/secretariat/voting.xhtml");
      console.waitForText(By.id("votes:table"), subject);
      row(console, subject).findElement(By.cssSelector(".open-vote")).click();
      console.waitForText(By.id("messages"), "The vote is open.");
      hall.waitForText(By.id("live"), subject);

      headTablet.signIn(first.head(), DEMO_PASSWORD).waitFor(By.id("home-delegate"));
      headTablet.waitForText(By.id("live"), subject);
      headTablet.waitForText(
          By.id("ballot-refusal"),
          "In a committee vote, the delegation’s member of the committee casts its vote");
      assertThat(headTablet.driver().findElement(By.id("ballot")).isDisplayed()).isFalse();

      castYes(memberTablet, first.delegates().get(0), subject);
      Accessibility.check(memberTablet);
      castYes(otherTablet, second.delegates().get(0), subject);
      hall.waitForText(By.id("live"), "2 of");

      row(console, subject).findElement(By.cssSelector(".close-vote")).click();
      console.waitFor(By.cssSelector(".ui-confirmdialog-yes")).click();
      hall.waitForText(By.id("live-outcome"), "adopted");
      assertThat(hall.driver().findElement(By.id("live-outcome")).getText())
          .isEqualTo("2 yes of 2 cast: Simple majority needs 2 — adopted");

      console.go("/amendments/list.xhtml?draft=" + draftId + "&lang=en");
      console.waitForText(By.id("list"), "Adopted");
      assertThat(console.driver().findElements(By.cssSelector("button[id$=':vote']"))).isEmpty();
      console.driver().findElement(By.id("list:text-as-amended")).click();
      console.waitForText(By.id("clean"), "Calls on parliaments to pass laws on climate change;");
      assertThat(console.driver().findElement(By.id("text:adopted")).getText())
          .isEqualTo("Amendments adopted: " + number);
    }
  }

  /** The parliament with delegate 1 member of the committee and delegate 2 its substitute. */
  private static Fixtures.Parliament seated(Fixtures.Parliament parliament) throws Exception {
    Plenary.seat(parliament, parliament.delegates().get(0), COMMITTEE, "MEMBER");
    Plenary.seat(parliament, parliament.delegates().get(1), COMMITTEE, "SUBSTITUTE");
    return parliament;
  }

  private static WebElement row(Browser console, String subject) {
    return console.driver().findElements(By.cssSelector("#votes\\:table tbody tr")).stream()
        .filter(r -> r.getText().contains(subject))
        .findFirst()
        .orElseThrow();
  }

  /** The committee member casts the delegation's one vote, yes, on their tablet. */
  private static void castYes(Browser tablet, String delegate, String subject) {
    tablet.signIn(delegate, DEMO_PASSWORD).waitFor(By.id("home-delegate"));
    tablet.waitForText(By.id("live"), subject);
    tablet.waitFor(By.id("ballot"));
    tablet.waitForText(By.id("ballot-usable"), "up to 1");
    tablet.waitForText(
        By.id("ballot-who"), "A committee vote: you cast your delegation’s one vote");
    assertThat(tablet.driver().findElement(By.id("ballot-share-choice")).isDisplayed()).isFalse();
    WebElement yes = tablet.driver().findElement(By.id("ballot-yes"));
    yes.clear();
    yes.sendKeys("1");
    tablet.driver().findElement(By.id("ballot-submit")).click();
    tablet.waitForText(By.id("ballot-confirm-question"), "Send 1 yes, 0 no, 0 abstain");
    tablet.driver().findElement(By.id("ballot-confirm-send")).click();
    tablet.waitForText(By.id("ballot-message"), "Your ballot is counted.");
  }
}

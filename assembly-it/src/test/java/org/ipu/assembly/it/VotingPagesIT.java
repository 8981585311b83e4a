package org.ipu.assembly.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipu.assembly.it.Deployments.DEMO_PASSWORD;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.ipu.assembly.testkit.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The whole live vote in browsers: the Secretariat sets up and opens a vote on its console, two
 * tablets of two delegations cast split votes, the hall screen follows the tally live and shows the
 * outcome when the Secretariat closes the vote.
 */
class VotingPagesIT extends IntegrationTest {

  private static Fixtures.Parliament first;
  private static Fixtures.Parliament second;
  private static Fixtures.Parliament third;
  private static Fixtures.Parliament fourth;
  private static Fixtures.Parliament fifth;

  @BeforeAll
  static void delegationsOfItsOwn() throws Exception {
    first = Plenary.parliament(68_400_000, 1);
    second = Plenary.parliament(56_000_000, 0);
    third = Plenary.parliament(212_000_000, 0);
    fourth = Plenary.parliament(47_000_000, 1);
    fifth = Plenary.parliament(25_000_000, 1);
  }

  @Test
  void theTabletAsksWithTheSplitAndTheVotesLeftAndShowsTheBallotAgainAfterAReload()
      throws Exception {
    Plenary.present(fourth);
    long vote =
        Plenary.open(
            "Tablet states " + UUID.randomUUID().toString().substring(0, 6),
            "ELECTRONIC",
            "SIMPLE");
    int usable = Plenary.board(Plenary.snapshot(vote), fourth.countryCode()).getInt("usableVotes");
    assertThat(usable).isGreaterThan(10);
    try (Browser tablet = Browser.open()) {
      tablet.signIn(fourth.head(), DEMO_PASSWORD).waitFor(By.id("home-delegate"));
      tablet.waitFor(By.id("ballot"));
      tablet.waitForText(By.id("ballot-usable"), "up to");
      type(tablet, "ballot-yes", 5);
      type(tablet, "ballot-no", 4);
      type(tablet, "ballot-abstain", 1);
      // The sum of the typed counts against the usable votes (the server's number), as one types.
      tablet.waitForText(By.id("ballot-total"), "Total: 10 of " + usable + " votes.");
      tablet.driver().findElement(By.id("ballot-submit")).click();
      tablet.waitForText(By.id("ballot-confirm-question"), "Send 5 yes");
      assertThat(tablet.driver().findElement(By.id("ballot-confirm-question")).getText())
          .isEqualTo(
              "Send 5 yes, 4 no, 1 abstain as the ballot of %s: 10 of your %d votes. Cast?"
                  .formatted(fourth.name(), usable));
      Accessibility.check(tablet);
      tablet.driver().findElement(By.id("ballot-confirm-send")).click();
      tablet.waitForText(By.id("ballot-message"), "Your ballot is counted.");
      String receipt = tablet.driver().findElement(By.id("ballot-receipt")).getText();
      assertThat(receipt).startsWith("Receipt no.").contains("5 yes, 4 no, 1 abstain");

      // A reload (or a server restart) shows the delegation's ballot and receipt, from the server.
      tablet.driver().navigate().refresh();
      tablet.waitForText(By.id("ballot-receipt"), "Receipt no.");
      assertThat(tablet.driver().findElement(By.id("ballot-receipt")).getText()).isEqualTo(receipt);
      assertThat(tablet.driver().findElement(By.id("ballot-current")).getText())
          .isEqualTo("Your delegation’s ballot as counted now: 5 yes, 4 no, 1 abstain.");
      assertThat(tablet.driver().findElement(By.id("ballot-yes")).getAttribute("value"))
          .isEqualTo("5");
      assertThat(tablet.driver().findElement(By.id("ballot-no")).getAttribute("value"))
          .isEqualTo("4");

      tablet.go("/delegate/index.xhtml?lang=ar");
      tablet.waitForText(By.id("ballot-receipt"), "·");
      tablet.waitForText(By.id("ballot-current"), "ورقة وفدكم كما تُحتسب الآن");
      Accessibility.check(tablet);
    } finally {
      Plenary.SECRETARIAT.post("/api/votes/" + vote + "/close", "");
    }
  }

  @Test
  void whoMayNotCastSeesWhyThenCastsTheirOwnShareOfASecretVote() throws Exception {
    String delegate = fifth.delegates().get(0);
    Fixtures.present(Plenary.SECRETARIAT.caller(), fifth, fifth.head());
    long vote =
        Plenary.open(
            "Who casts " + UUID.randomUUID().toString().substring(0, 6), "SECRET", "SIMPLE");
    try (Browser tablet = Browser.open()) {
      tablet.signIn(delegate, DEMO_PASSWORD).waitFor(By.id("home-delegate"));
      tablet.waitForText(By.id("live"), "Who casts");
      // Not present: why, instead of a form.
      tablet.waitForText(
          By.id("ballot-refusal"), "Check in to the plenary first; the Secretariat confirms");
      assertThat(tablet.driver().findElement(By.id("ballot-standing")).getText())
          .startsWith("You cannot cast a ballot in this vote");
      assertThat(tablet.driver().findElement(By.id("ballot")).isDisplayed()).isFalse();
      assertThat(tablet.driver().findElement(By.id("presence-state")).getText())
          .isEqualTo("Not checked in");
      Accessibility.check(tablet);

      // The Secretariat confirms the delegate present: the tablet shows it without a reload, and
      // in a secret vote the delegate may cast their own share of the delegation's votes, once;
      // the delegation then sees who took part and the votes each used, never how.
      Fixtures.present(Plenary.SECRETARIAT.caller(), fifth, delegate);
      tablet.waitForText(By.id("presence-state"), "Present");
      tablet.waitForText(By.id("ballot-who"), "your own share of its votes instead");
      type(tablet, "ballot-yes", 3);
      type(tablet, "ballot-no", 1);
      tablet.driver().findElement(By.id("ballot-submit")).click();
      confirm(tablet, "Send your share: 3 yes, 1 no, 0 abstain");
      tablet.waitForText(By.id("ballot-message"), "Your ballot is counted.");
      tablet.waitForText(By.id("ballot-shares-rows"), delegate);
      String shares = tablet.driver().findElement(By.id("ballot-shares")).getText();
      assertThat(shares).contains("Votes used", "who has taken part").doesNotContain("Yes");
      assertThat(tablet.driver().findElement(By.id("ballot-shares-rows")).getText())
          .isEqualTo(delegate + " 4");
      Accessibility.check(tablet);

      tablet.go("/delegate/index.xhtml?lang=ar");
      tablet.waitForText(By.id("presence-state"), "حاضر");
      tablet.waitForText(By.id("ballot-shares-rows"), delegate);
      assertThat(tablet.driver().findElement(By.id("ballot-shares")).getText())
          .contains("الأصوات المستخدمة");
      Accessibility.check(tablet);
    } finally {
      Plenary.SECRETARIAT.post("/api/votes/" + vote + "/close", "");
    }
  }

  @Test
  void theSecretariatRunsAVoteTabletsCastAndTheHallScreenFollows() throws Exception {
    Plenary.present(first);
    Plenary.present(second);
    String subject = "Emergency item " + UUID.randomUUID().toString().substring(0, 6);
    try (Browser console = Browser.open();
        Browser hall = Browser.open();
        Browser firstTablet = Browser.open();
        Browser secondTablet = Browser.open()) {
      hall.go("/hall/index.xhtml");
      console.signIn("secretariat", DEMO_PASSWORD).waitFor(By.id("home-secretariat"));
      console.go("/secretariat/voting.xhtml");
      console.driver().findElement(By.id("create:subject")).sendKeys(subject);
      console.driver().findElement(By.id("create:submit")).click();
      console.waitForText(By.id("votes:table"), subject);
      WebElement row =
          console.driver().findElements(By.cssSelector("#votes\\:table tbody tr")).stream()
              .filter(r -> r.getText().contains(subject))
              .findFirst()
              .orElseThrow();
      row.findElement(By.cssSelector(".open-vote")).click();
      console.waitForText(By.id("messages"), "The vote is open.");

      hall.waitForText(By.id("live"), subject);
      assertThat(hall.driver().findElement(By.id("live-connection")).getText()).isEqualTo("Live");

      castFrom(firstTablet, first.head(), 12, 3, 1);
      castFrom(secondTablet, second.head(), 4, 5, 0);

      hall.waitForText(By.id("live"), "2 of");
      assertThat(field(hall, "yes")).isEqualTo("16");
      assertThat(field(hall, "no")).isEqualTo("8");
      assertThat(field(hall, "abstain")).isEqualTo("1");
      // The board is paged to fit the screen: every page's rows, shown or not.
      assertThat(
              hall.driver().findElement(By.cssSelector("[data-board]")).getAttribute("textContent"))
          .contains(first.name(), second.name());

      console.driver().findElement(By.cssSelector(".close-vote")).click();
      console.waitFor(By.cssSelector(".ui-confirmdialog-yes")).click();
      hall.waitForText(By.id("live-outcome"), "adopted");
      assertThat(hall.driver().findElement(By.id("live-outcome")).getText())
          .isEqualTo("16 yes of 24 cast: Simple majority needs 13 — adopted");
      assertThat(hall.driver().findElement(By.id("live-banner")).getText()).isEqualTo("ADOPTED");
      firstTablet.waitForText(By.id("live"), "Closed");
      assertThat(firstTablet.driver().findElement(By.id("ballot")).isDisplayed()).isFalse();

      hall.go("/hall/results.xhtml");
      assertThat(hall.waitFor(By.id("content")).getText())
          .contains(subject, "16 yes of 24 cast: Simple majority needs 13 — adopted");
    }
  }

  @Test
  void aBallotWhoseAnswerIsLostIsSentAgainAndCountedOnce() throws Exception {
    Plenary.present(third);
    long vote = Plenary.open("Lost answers", "ELECTRONIC", "SIMPLE");
    try (Browser tablet = Browser.open()) {
      tablet.signIn(third.head(), DEMO_PASSWORD).waitFor(By.id("home-delegate"));
      tablet.waitForText(By.id("live"), "Lost answers");
      tablet.waitFor(By.id("ballot"));
      // The network drops the server's answer to the first attempt: the ballot reached the server.
      ((org.openqa.selenium.JavascriptExecutor) tablet.driver())
          .executeScript(
              "const realFetch = window.fetch; let lose = 1;"
                  + "window.fetch = (...args) => realFetch(...args).then(r => {"
                  + "  if (String(args[0]).includes('/ballots') && lose-- > 0) {"
                  + "    throw new TypeError('network lost'); }"
                  + "  return r; });");
      type(tablet, "ballot-yes", 6);
      type(tablet, "ballot-no", 2);
      tablet.driver().findElement(By.id("ballot-submit")).click();
      confirm(tablet, "Send 6 yes, 2 no, 0 abstain");

      tablet.waitForText(By.id("ballot-message"), "sent again automatically");
      tablet.waitForText(By.id("ballot-message"), "Your ballot is counted.");
    }
    var own = Plenary.board(Plenary.snapshot(vote), third.countryCode());
    assertThat(own.getInt("yes")).isEqualTo(6);
    assertThat(Database.count("SELECT COUNT(*) FROM ballot WHERE vote_id = ?", vote)).isEqualTo(1);
    Plenary.SECRETARIAT.post("/api/votes/" + vote + "/close", "");
    var audit = Plenary.SECRETARIAT.post("/api/audit/verify", "").json().asJsonObject();
    assertThat(audit.getJsonArray("problems")).isEmpty();
  }

  @Test
  void aScreenThatLosesTheNetworkSaysSoAndCatchesUpWhenItIsBack() throws Exception {
    Plenary.present(second);
    long vote = Plenary.open("Network lost", "ELECTRONIC", "SIMPLE");
    try (Browser hall = Browser.open()) {
      hall.go("/hall/index.xhtml");
      hall.waitForText(By.id("live"), "Network lost");
      hall.waitForText(By.id("live-connection"), "Live");
      var network = (org.openqa.selenium.chromium.HasNetworkConditions) hall.driver();

      network.setNetworkConditions(
          new org.openqa.selenium.chromium.ChromiumNetworkConditions().setOffline(true));
      hall.waitForText(By.id("live-connection"), "Offline");
      Plenary.delegate(second.head())
          .post(
              "/api/votes/" + vote + "/ballots",
              Plenary.ballot(7, 2, 0, java.util.UUID.randomUUID().toString()));
      network.deleteNetworkConditions();

      hall.waitForText(By.id("live-connection"), "Live");
      hall.waitForText(By.cssSelector("#live [data-field='yes']"), "7");
      assertThat(field(hall, "no")).isEqualTo("2");
    }
    Plenary.SECRETARIAT.post("/api/votes/" + vote + "/close", "");
  }

  @Test
  void aClosedResultIsVoidedThroughADialogWithItsReasonAndStaysPublishedMarkedVoid()
      throws Exception {
    Plenary.present(third);
    String subject = "Result to void " + UUID.randomUUID().toString().substring(0, 6);
    long vote = Plenary.open(subject, "ELECTRONIC", "SIMPLE");
    Api.Answer cast =
        Plenary.delegate(third.head())
            .post(
                "/api/votes/" + vote + "/ballots",
                Plenary.ballot(5, 1, 0, UUID.randomUUID().toString()));
    assertThat(cast.status()).as(cast.body()).isEqualTo(201);
    assertThat(Plenary.SECRETARIAT.post("/api/votes/" + vote + "/close", "").status())
        .isEqualTo(200);
    try (Browser console = Browser.open();
        Browser hall = Browser.open()) {
      console.signIn("secretariat", DEMO_PASSWORD).waitFor(By.id("home-secretariat"));
      console.go("/secretariat/voting.xhtml");
      console.waitForText(By.id("votes:table"), subject);
      WebElement row = row(console, subject);
      // A closed vote is the record: it is not annulled; voiding its result is a separate act.
      assertThat(row.findElements(By.cssSelector(".annul-vote"))).isEmpty();
      row.findElement(By.cssSelector(".void-result")).click();
      console.waitForText(By.id("correctionDialog"), subject);
      assertThat(console.driver().findElement(By.id("correctionDialog")).getText())
          .contains("Void a closed result", "stays published, marked void");
      Accessibility.check(console);

      console.driver().findElement(By.id("correction:confirm")).click();
      console.waitForText(By.id("correction:correction-messages"), "Give the reason for voiding");
      assertThat(console.driver().findElement(By.id("correctionDialog")).isDisplayed()).isTrue();
      console.driver().findElement(By.id("correction:reason")).sendKeys("Counting error");
      console.driver().findElement(By.id("correction:confirm")).click();
      console.waitForText(By.id("messages"), "The result is voided");
      console.waitForText(By.id("votes:table"), "Counting error (by secretariat,");
      assertThat(row(console, subject).findElements(By.cssSelector(".void-result"))).isEmpty();

      // The live display, when this is the vote on the screens, marks it void with the reason.
      Plenary.closeEveryOpenVote();
      hall.go("/hall/index.xhtml");
      hall.waitForText(By.id("live-banner"), "VOID");
      hall.waitForText(By.id("live-void"), "Result voided: Counting error");
      Accessibility.check(hall);

      hall.go("/hall/results.xhtml");
      String result = hall.waitFor(By.id("result-" + vote)).getText();
      assertThat(result)
          .contains(subject, "VOID", "Counting error", "5 yes of 6 cast: Simple majority needs 4");
      Accessibility.check(hall);
      hall.go("/hall/results.xhtml?lang=ar");
      assertThat(hall.waitFor(By.id("result-" + vote)).getText()).contains("باطلة");
      Accessibility.check(hall);
    }
  }

  @Test
  void theSecretariatConfirmsAWholeDelegationPresentAtOnce() throws Exception {
    Fixtures.Parliament arriving = Plenary.parliament(33_000_000, 2);
    try (Browser console = Browser.open()) {
      console.signIn("secretariat", DEMO_PASSWORD).waitFor(By.id("home-secretariat"));
      console.go("/secretariat/voting.xhtml");
      console
          .waitFor(By.cssSelector("#presence\\:table .ui-column-filter"))
          .sendKeys(arriving.name());
      By rows = By.cssSelector("#presence\\:table tbody tr");
      new WebDriverWait(console.driver(), Duration.ofSeconds(15))
          .ignoring(StaleElementReferenceException.class)
          .until(
              d ->
                  d.findElements(rows).size() == 3
                      && d.findElements(rows).stream()
                          .allMatch(r -> r.getText().contains(arriving.name())));
      Accessibility.check(console);

      console
          .driver()
          .findElement(By.cssSelector("#presence\\:table thead .ui-chkbox-box"))
          .click();
      console.driver().findElement(By.id("presence:mark-selected-present")).click();
      console.waitForText(By.id("messages"), "Delegates marked: 3.");
    }
    List<Long> ids = arriving.everyDelegate().stream().map(arriving.accountIds()::get).toList();
    assertThat(
            Plenary.SECRETARIAT
                .get("/api/plenary/presence")
                .expect(200)
                .json()
                .asJsonArray()
                .stream()
                .map(jakarta.json.JsonObject.class::cast)
                .filter(p -> ids.contains(p.getJsonNumber("accountId").longValue()))
                .map(p -> p.getString("state")))
        .containsExactly("PRESENT", "PRESENT", "PRESENT");
  }

  @Test
  void aSubjectGivenInTheAssemblysLanguagesIsShownInTheReadersLanguage() throws Exception {
    String key = UUID.randomUUID().toString().substring(0, 6);
    String english = "Amendment 4 to the draft " + key;
    String french = "Amendement 4 au projet " + key;
    String arabic = "التعديل 4 على المشروع " + key;
    try (Browser console = Browser.open();
        Browser hall = Browser.open()) {
      console.signIn("secretariat", DEMO_PASSWORD).waitFor(By.id("home-secretariat"));
      console.go("/secretariat/voting.xhtml");
      console.driver().findElement(By.id("create:subject")).sendKeys(english);
      console.driver().findElement(By.id("create:subject-fr")).sendKeys(french);
      console.driver().findElement(By.id("create:subject-ar")).sendKeys(arabic);
      console.driver().findElement(By.id("create:submit")).click();
      console.waitForText(By.id("votes:table"), english);
      Accessibility.check(console);
      row(console, english).findElement(By.cssSelector(".open-vote")).click();
      console.waitForText(By.id("messages"), "The vote is open.");
      long vote =
          Plenary.SECRETARIAT.get("/api/votes").json().asJsonArray().stream()
              .map(v -> v.asJsonObject())
              .filter(v -> english.equals(v.getString("subject")))
              .findFirst()
              .orElseThrow()
              .getJsonNumber("id")
              .longValue();
      assertThat(Plenary.snapshot(vote).getJsonObject("subjectTranslations").toString())
          .isEqualTo("{\"ar\":\"" + arabic + "\",\"fr\":\"" + french + "\"}");

      hall.go("/hall/index.xhtml?lang=fr");
      hall.waitForText(By.cssSelector("#live [data-field='subject']"), french);
      hall.go("/hall/index.xhtml?lang=es");
      hall.waitForText(By.cssSelector("#live [data-field='subject']"), english);
      hall.go("/hall/index.xhtml?lang=ar");
      hall.waitForText(By.cssSelector("#live [data-field='subject']"), arabic);

      Plenary.SECRETARIAT.post("/api/votes/" + vote + "/close", "").expect(200);
      hall.go("/hall/results.xhtml?lang=fr");
      hall.waitForText(By.id("result-" + vote), french);
      console.go("/secretariat/voting.xhtml?lang=ar");
      console.waitForText(By.id("votes:table"), arabic);
    }
  }

  @Test
  void theConsoleListsTheVotesInProgressAndOnlyTheLatestFinishedOnes() throws Exception {
    String batch = "Console batch " + UUID.randomUUID().toString().substring(0, 6) + " #";
    int finished = 51;
    for (int i = 1; i <= finished; i++) {
      long vote = Plenary.create(batch + i + " of the batch", "ELECTRONIC", "SIMPLE");
      Plenary.SECRETARIAT.post("/api/votes/" + vote + "/open", "").expect(200);
      Plenary.SECRETARIAT.post("/api/votes/" + vote + "/close", "").expect(200);
    }
    String draft = "Console draft " + UUID.randomUUID().toString().substring(0, 6);
    Plenary.create(draft, "ELECTRONIC", "SIMPLE");
    try (Browser console = Browser.open()) {
      console.signIn("secretariat", DEMO_PASSWORD).waitFor(By.id("home-secretariat"));
      console.go("/secretariat/voting.xhtml");
      console.waitForText(By.id("votes:table"), draft);
      String listed = console.driver().findElement(By.id("votes:table")).getText();
      assertThat(listed)
          .contains(batch + finished + " of the batch", batch + "2 of the batch")
          .doesNotContain(batch + "1 of the batch");
      assertThat(
              console
                  .driver()
                  .findElements(
                      By.cssSelector(
                          "#votes\\:table tbody tr.vote-CLOSED, #votes\\:table tbody tr.vote-ANNULLED")))
          .hasSize(50);
      assertThat(console.driver().findElement(By.id("votes-listed")).getText())
          .contains("the 50 latest closed or annulled ones");
    }
  }

  private static WebElement row(Browser console, String subject) {
    return console.driver().findElements(By.cssSelector("#votes\\:table tbody tr")).stream()
        .filter(r -> r.getText().contains(subject))
        .findFirst()
        .orElseThrow();
  }

  private static void castFrom(Browser tablet, String delegate, int yes, int no, int abstain) {
    tablet.signIn(delegate, DEMO_PASSWORD).waitFor(By.id("home-delegate"));
    tablet.waitFor(By.id("ballot"));
    tablet.waitForText(By.id("ballot-usable"), "up to");
    type(tablet, "ballot-yes", yes);
    type(tablet, "ballot-no", no);
    type(tablet, "ballot-abstain", abstain);
    tablet.driver().findElement(By.id("ballot-submit")).click();
    confirm(tablet, "Send %d yes, %d no, %d abstain".formatted(yes, no, abstain));
    tablet.waitForText(By.id("ballot-message"), "Your ballot is counted.");
    assertThat(tablet.driver().findElement(By.id("ballot-receipt")).getText())
        .startsWith("Receipt no.");
  }

  /** The tablet asks before sending: the question says what will be sent; confirm it. */
  private static void confirm(Browser tablet, String question) {
    tablet.waitForText(By.id("ballot-confirm-question"), question);
    tablet.driver().findElement(By.id("ballot-confirm-send")).click();
  }

  private static void type(Browser tablet, String id, int value) {
    WebElement input = tablet.driver().findElement(By.id(id));
    input.clear();
    input.sendKeys(String.valueOf(value));
  }

  private static String field(Browser browser, String name) {
    return browser
        .driver()
        .findElement(By.cssSelector("#live [data-field='" + name + "']"))
        .getText();
  }
}

package org.ipu.assembly.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipu.assembly.it.Deployments.DEMO_PASSWORD;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.ipu.assembly.testkit.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A timed selection of the emergency item in browsers: the Secretariat sets up three requests on
 * its console, merges two of them (Rule 11.2(c)) and opens the selection with a countdown; the hall
 * screen shows every request's running tally and counts down; one tablet (in English) splits its
 * delegation's votes per request, another (in Arabic) is refused over its usable votes with the
 * request named, then casts; the selection closes by itself, and the hall and the tablets show each
 * request's arithmetic and which is added. axe-core finds no serious or critical violation on the
 * hall screen and the tablet, in English and in Arabic.
 */
class EmergencyItemPagesIT extends IntegrationTest {

  private static final int SECONDS = 90;

  private static Fixtures.Parliament first;
  private static Fixtures.Parliament second;

  @BeforeAll
  static void delegationsOfItsOwn() throws Exception {
    first = Plenary.parliament(68_400_000, 1);
    second = Plenary.parliament(56_000_000, 0);
  }

  @Test
  void aTimedSelectionTakesASplitPerRequestAndClosesByItselfWithTheRequestAdded() throws Exception {
    Plenary.present(first);
    Plenary.present(second);
    String subject = "Emergency item " + UUID.randomUUID().toString().substring(0, 6);
    try (Browser console = Browser.open();
        Browser hall = Browser.open();
        Browser hallInArabic = Browser.open();
        Browser tablet = Browser.open();
        Browser arabicTablet = Browser.open()) {
      hall.go("/hall/index.xhtml");
      console.signIn("secretariat", DEMO_PASSWORD).waitFor(By.id("home-secretariat"));
      console.go("/secretariat/voting.xhtml");
      WebElement subjectField = console.driver().findElement(By.id("emergency:subject"));
      subjectField.clear();
      subjectField.sendKeys(subject);
      console
          .driver()
          .findElement(By.id("emergency:requests"))
          .sendKeys(
              "Floods in the Sahel | Niger\n"
                  + "The humanitarian crisis in the region | France\n"
                  + "The crisis in the region | Belgium");
      console.driver().findElement(By.id("emergency:create")).click();
      console.waitForText(By.id("emergency:draft"), subject);
      console.waitForText(By.id("emergency:draft"), "The crisis in the region");
      JavascriptExecutor script = (JavascriptExecutor) console.driver();
      script.executeScript(
          "document.getElementById('emergency:merging:1').click();"
              + " document.getElementById('emergency:merging:2').click();");
      console.driver().findElement(By.id("emergency:merge")).click();
      console.waitForText(By.id("messages"), "voted as one");
      console.waitForText(By.id("emergency:draft"), "B+C");
      console
          .driver()
          .findElement(By.id("emergency:draft-duration_input"))
          .sendKeys(String.valueOf(SECONDS));
      console.driver().findElement(By.id("emergency:open-timed")).click();
      console.waitForText(By.id("messages"), "closes by itself");

      hall.waitForText(By.id("live"), subject);
      hall.waitForText(By.id("live-requests"), "B+C");
      hall.waitForText(By.id("live-countdown"), "Closes by itself in");
      hall.waitForText(By.id("live"), "two-thirds of the votes cast on each request");
      Accessibility.check(hall);
      hallInArabic.go("/hall/index.xhtml?lang=ar");
      hallInArabic.waitForText(By.id("live-requests"), "B+C");
      Accessibility.check(hallInArabic);

      // A delegate casts their own share on each request; the head's tablet shows who cast what,
      // request by request (the head's whole split below then replaces the sum).
      long selectionId =
          Long.parseLong(
              hall.driver().findElement(By.id("live")).getAttribute("data-selection-id"));
      String delegate = first.delegates().get(0);
      Api.Answer share =
          Plenary.delegate(delegate)
              .post(
                  "/api/emergency-selections/" + selectionId + "/shares",
                  "{\"requests\": [{\"request\": \"A\", \"yes\": 2, \"no\": 0, \"abstain\": 0},"
                      + " {\"request\": \"B+C\", \"yes\": 0, \"no\": 3, \"abstain\": 0}],"
                      + " \"idempotencyKey\": \""
                      + UUID.randomUUID()
                      + "\"}");
      assertThat(share.status()).as(share.body()).isEqualTo(201);

      tablet.signIn(first.head(), DEMO_PASSWORD).waitFor(By.id("home-delegate"));
      tablet.waitFor(By.id("ballot-requests"));
      tablet.waitForText(By.id("ballot-usable"), "up to 18 votes on each");
      tablet.waitForText(By.id("ballot-shares-rows-A"), delegate + " 2 0 0");
      tablet.waitForText(By.id("ballot-shares-rows-B-C"), delegate + " 0 3 0");
      assertThat(tablet.driver().findElement(By.id("ballot-shares")).getText())
          .contains("Request A: Floods in the Sahel", "Request B+C: ");
      type(tablet, "ballot-A-yes", 12);
      type(tablet, "ballot-A-no", 6);
      type(tablet, "ballot-B-C-yes", 18);
      tablet.driver().findElement(By.id("ballot-submit")).click();
      tablet.waitForText(
          By.id("ballot-confirm-question"),
          "A: 12 yes, 6 no, 0 abstain; B+C: 18 yes, 0 no, 0 abstain?");
      Accessibility.check(tablet);
      tablet.driver().findElement(By.id("ballot-confirm-send")).click();
      tablet.waitForText(By.id("ballot-message"), "Your ballot is counted.");
      assertThat(tablet.driver().findElement(By.id("ballot-receipt")).getText())
          .contains("A: receipt no. ", "12 yes, 6 no, 0 abstain")
          .contains("B+C: receipt no. ", "18 yes, 0 no, 0 abstain");
      hall.waitForText(By.cssSelector("#live-requests .request-A"), "12");

      arabicTablet.signIn(second.head(), DEMO_PASSWORD).waitFor(By.id("home-delegate"));
      arabicTablet.go("/delegate/index.xhtml?lang=ar");
      arabicTablet.waitFor(By.id("ballot-requests"));
      type(arabicTablet, "ballot-A-yes", 11);
      type(arabicTablet, "ballot-B-C-no", 10);
      arabicTablet.driver().findElement(By.id("ballot-submit")).click();
      arabicTablet.waitFor(By.id("ballot-confirm-send")).click();
      waitForClass(arabicTablet, "ballot-message", "error");
      assertThat(arabicTablet.driver().findElement(By.id("ballot-message")).getText())
          .startsWith("A: ");
      Accessibility.check(arabicTablet);
      type(arabicTablet, "ballot-A-yes", 10);
      arabicTablet.driver().findElement(By.id("ballot-submit")).click();
      arabicTablet.waitFor(By.id("ballot-confirm-send")).click();
      waitForClass(arabicTablet, "ballot-message", "ok");

      // Nobody closes the selection: it closes by itself when its time is up.
      String outcome =
          "A: 22 yes of 28 cast, two-thirds needed 19, eligible;"
              + " B+C: 18 yes of 28 cast, two-thirds needed 19, not eligible;"
              + " A is added, most yes votes among the eligible";
      new WebDriverWait(hall.driver(), Duration.ofSeconds(SECONDS + 40))
          .until(d -> d.findElement(By.id("live-outcome")).getText().contains("is added"));
      assertThat(hall.driver().findElement(By.id("live-outcome")).getText()).isEqualTo(outcome);
      assertThat(hall.driver().findElement(By.id("live-countdown")).getText()).isEmpty();
      assertThat(hall.driver().findElement(By.cssSelector("#live-requests .request-A")).getText())
          .contains("22", "6", "19", "eligible");
      tablet.waitForText(By.id("live-outcome"), outcome);
      assertThat(tablet.driver().findElement(By.id("ballot")).isDisplayed()).isFalse();
      new WebDriverWait(arabicTablet.driver(), Duration.ofSeconds(15))
          .until(d -> d.findElement(By.id("live-outcome")).getText().contains("يُدرج A"));
      Accessibility.check(hallInArabic);
      long selection =
          Long.parseLong(
              hall.driver().findElement(By.id("live")).getAttribute("data-selection-id"));
      assertThat(
              Database.strings(
                  "SELECT actor FROM audit_record WHERE subject = ? AND kind = 'emergency.closed'",
                  "emergency-selection:" + selection))
          .containsExactly("system");
      assertThat(
              Database.strings("SELECT outcome FROM emergency_selection WHERE id = ?", selection))
          .isEqualTo(List.of("ADDED"));
    }
  }

  @Test
  void theConsoleEntersADelegationsWholeSplitInOneGoAndLinksTheRecord() throws Exception {
    Plenary.present(first);
    Plenary.present(second);
    String subject = "Roll call " + UUID.randomUUID().toString().substring(0, 6);
    Api.Answer created =
        Plenary.SECRETARIAT.post(
            "/api/emergency-selections",
            ("{\"subject\": \"%s\", \"method\": \"ROLL_CALL\", \"requests\":"
                    + " [{\"title\": \"Floods in the Sahel\", \"sponsors\": \"Niger\"},"
                    + " {\"title\": \"The crisis in the region\", \"sponsors\": \"France\"}]}")
                .formatted(subject));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    long id = created.json().asJsonObject().getJsonNumber("selectionId").longValue();
    Plenary.SECRETARIAT.post("/api/emergency-selections/" + id + "/open", "").expect(200);
    try (Browser console = Browser.open();
        Browser hall = Browser.open()) {
      console.signIn("secretariat", DEMO_PASSWORD).waitFor(By.id("home-secretariat"));
      console.go("/secretariat/voting.xhtml");
      console.waitForText(By.id("emergency:roll-call"), "Floods in the Sahel");
      // The requests' votes have no roll-call form of their own: the selection's takes the split.
      assertThat(console.driver().findElements(By.cssSelector("#votes .roll-call"))).isEmpty();
      Accessibility.check(console);

      // The second delegation has 10 usable votes: 11 on A is refused, and B's valid line with it.
      console.selectMenu("emergency:rc-delegation", String.valueOf(second.id()));
      split(console, "A", 11, 0, 0);
      split(console, "B", 0, 10, 0);
      console.driver().findElement(By.id("emergency:rc-record")).click();
      console.waitForText(
          By.id("messages"), "A: This ballot has 11 votes; your delegation may cast at most 10.");
      assertThat(console.driver().findElement(By.id("messages")).getText()).doesNotContain("B: ");
      JsonObject refused = selection(id);
      assertThat(delegationsVoted(refused, "A")).isZero();
      assertThat(delegationsVoted(refused, "B")).isZero();

      split(console, "A", 10, 0, 0);
      console.driver().findElement(By.id("emergency:rc-record")).click();
      console.waitForText(By.id("messages"), "split is recorded on every request it voted on");
      JsonObject recorded = selection(id);
      assertThat(totals(recorded, "A")).isEqualTo("10/0/0");
      assertThat(totals(recorded, "B")).isEqualTo("0/10/0");
      assertThat(
              console
                  .driver()
                  .findElement(By.id("emergency:rc-lines:0:rc-yes_input"))
                  .getAttribute("value"))
          .isEmpty();

      // The first delegation votes on A only; B is left out.
      console.selectMenu("emergency:rc-delegation", String.valueOf(first.id()));
      split(console, "A", 14, 4, 0);
      console.driver().findElement(By.id("emergency:rc-record")).click();
      // The message of the split before stays on screen until this answer replaces it.
      console.settle();
      console.waitForText(By.id("messages"), "split is recorded on every request it voted on");
      JsonObject both = selection(id);
      assertThat(totals(both, "A")).isEqualTo("24/4/0");
      assertThat(delegationsVoted(both, "B")).isEqualTo(1);

      Plenary.SECRETARIAT.post("/api/emergency-selections/" + id + "/close", "").expect(200);
      console.go("/secretariat/voting.xhtml");
      String record = "/api/public/emergency-selections/" + id + "/record.pdf?lang=en";
      assertThat(
              console.driver().findElements(By.cssSelector("#emergency a.record-pdf")).stream()
                  .map(a -> a.getAttribute("href")))
          .anyMatch(href -> href.endsWith(record));
      hall.go("/hall/results.xhtml");
      WebElement link = hall.waitFor(By.cssSelector("#emergency-" + id + " a.record-pdf"));
      assertThat(link.getAttribute("href")).endsWith(record);
      assertThat(link.getText()).isEqualTo("Record as PDF");
      assertThat(Pdf.text(Api.anonymous().download(record).body()))
          .contains("A: 24 yes of 28 cast, two-thirds needed 19, eligible")
          .contains("B: 0 yes of 10 cast, two-thirds needed 7, not eligible")
          .contains("A is added, most yes votes among the eligible");
    }
  }

  private static void split(Browser console, String request, int yes, int no, int abstain) {
    int line = request.charAt(0) - 'A';
    typeInto(console, "emergency:rc-lines:" + line + ":rc-yes_input", yes);
    typeInto(console, "emergency:rc-lines:" + line + ":rc-no_input", no);
    typeInto(console, "emergency:rc-lines:" + line + ":rc-abstain_input", abstain);
  }

  /** Types the count over what the input shows, as a person would (select all, then type). */
  private static void typeInto(Browser browser, String id, int value) {
    WebElement input = browser.driver().findElement(By.id(id));
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    input.sendKeys(String.valueOf(value));
    assertThat(input.getAttribute("value")).as(id).isEqualTo(String.valueOf(value));
  }

  private static JsonObject selection(long id) throws Exception {
    return Api.anonymous()
        .get("/api/public/emergency-selections/" + id)
        .expect(200)
        .json()
        .asJsonObject();
  }

  private static JsonObject vote(JsonObject selection, String request) {
    return selection.getJsonArray("requests").getValuesAs(JsonObject.class).stream()
        .filter(r -> r.getString("label").equals(request))
        .findFirst()
        .orElseThrow()
        .getJsonObject("vote");
  }

  private static int delegationsVoted(JsonObject selection, String request) {
    return vote(selection, request).getInt("delegationsVoted");
  }

  private static String totals(JsonObject selection, String request) {
    JsonObject totals = vote(selection, request).getJsonObject("totals");
    return totals.getInt("yes") + "/" + totals.getInt("no") + "/" + totals.getInt("abstain");
  }

  private static void type(Browser tablet, String id, int value) {
    WebElement input = tablet.driver().findElement(By.id(id));
    input.clear();
    input.sendKeys(String.valueOf(value));
  }

  private static void waitForClass(Browser browser, String id, String kind) {
    new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
        .until(d -> d.findElement(By.id(id)).getAttribute("class").contains(kind));
  }
}

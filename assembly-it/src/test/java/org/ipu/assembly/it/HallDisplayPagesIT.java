package org.ipu.assembly.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ipu.assembly.testkit.Fixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The hall display on a 1280 x 720 projector with 150 delegations on its board: the board is paged
 * to fit (the pages turn by themselves, "Page 2 of N"), nothing falls off the screen, and the
 * outcome shows in a large coloured banner, in English and in Arabic, with no serious or critical
 * accessibility violation.
 */
class HallDisplayPagesIT extends IntegrationTest {

  private static final int DELEGATIONS = 150;

  @Test
  void aBoardOf150DelegationsFits1280x720AndTheOutcomeShowsInABanner() throws Exception {
    // Delegations with votes in the vote: those present already (other tests'), and enough
    // parliaments of this test's own, present, to make 150.
    long alreadyPresent =
        Long.parseLong(
            Database.strings(
                    "SELECT COUNT(DISTINCT p.parliament_id) FROM plenary_presence p"
                        + " JOIN assembly_session s ON s.id = p.session_id AND s.is_current"
                        + " WHERE p.state = 'PRESENT'")
                .get(0));
    List<Fixtures.Parliament> own = new ArrayList<>();
    for (long n = alreadyPresent; n < DELEGATIONS + 5; n++) {
      Fixtures.Parliament parliament = Plenary.parliament(5_000_000 + n * 1_000, 0);
      Plenary.present(parliament);
      own.add(parliament);
    }
    String subject = "Hall of 150 " + UUID.randomUUID().toString().substring(0, 6);
    long vote = Plenary.open(subject, "ROLL_CALL", "SIMPLE");
    try {
      // The Secretariat enters each delegation's declared split (a roll call).
      var board = Plenary.snapshot(vote).getJsonArray("board");
      int voting = 0;
      for (var entry : board.getValuesAs(jakarta.json.JsonObject.class)) {
        if (entry.getInt("usableVotes") > 0) {
          Plenary.SECRETARIAT
              .post(
                  "/api/votes/" + vote + "/roll-call/" + entry.getJsonNumber("parliamentId"),
                  Plenary.ballot(1, 0, 0, UUID.randomUUID().toString()))
              .expect(201);
          voting++;
        }
      }
      assertThat(voting).isGreaterThanOrEqualTo(DELEGATIONS);

      // The Arabic display is loaded while the vote is open too: once it is closed, a reload
      // would show whichever other vote is still open (other tests leave theirs open).
      try (Browser hall = Browser.projector(1280, 720);
          Browser hallAr = Browser.projector(1280, 720)) {
        hallAr.go("/hall/index.xhtml?lang=ar");
        hallAr.waitForText(By.id("live"), subject);
        hall.go("/hall/index.xhtml");
        hall.waitForText(By.id("live"), subject);
        hall.waitForText(By.id("live-board-page"), "Page 1 of ");
        assertFits(hall, voting);
        // The pages turn by themselves.
        hall.waitForText(By.id("live-board-page"), "Page 2 of ");
        assertFits(hall, voting);
        Accessibility.check(hall);

        Plenary.SECRETARIAT.post("/api/votes/" + vote + "/close", "").expect(200);
        hall.waitForText(By.id("live-banner"), "ADOPTED");
        assertFits(hall, voting);
        Map<?, ?> banner = banner(hall);
        assertThat(banner.get("background")).isEqualTo("rgb(30, 107, 52)");
        assertThat(((Number) banner.get("fontSize")).doubleValue()).isGreaterThan(48);
        assertThat(hall.driver().findElement(By.id("live-outcome")).getText())
            .startsWith(voting + " yes of " + voting + " cast");
        Accessibility.check(hall);

        hallAr.waitForText(By.id("live-banner"), "اعتُمد");
        hallAr.waitForText(By.id("live-board-page"), "الصفحة");
        assertFits(hallAr, voting);
        Accessibility.check(hallAr);
      }
    } finally {
      Plenary.SECRETARIAT.post("/api/votes/" + vote + "/close", "");
      // Later tests' votes need not carry this test's 150 delegations.
      for (Fixtures.Parliament parliament : own) {
        Database.update(
            "UPDATE plenary_presence SET state = 'ABSENT' WHERE parliament_id = ?",
            parliament.id());
      }
    }
  }

  /**
   * The page fits the window (no scrolling either way), the vote's column shows whole, the rows
   * shown lie within the board's frame, and the pages together hold every delegation.
   */
  @SuppressWarnings("unchecked")
  private static void assertFits(Browser hall, int delegations) {
    new WebDriverWait(hall.driver(), Duration.ofSeconds(5))
        .until(d -> !"".equals(d.findElement(By.id("live-board-page")).getText()));
    Map<String, Object> m =
        (Map<String, Object>)
            ((JavascriptExecutor) hall.driver())
                .executeScript(
                    "const d = document.documentElement, main = document.querySelector('.live-main'),"
                        + " frame = document.querySelector('.board-frame').getBoundingClientRect(),"
                        + " pane = document.querySelector('[data-board-pane]'),"
                        + " rows = Array.from(document.querySelectorAll('[data-board] tr')),"
                        + " shown = rows.filter(r => !r.hidden),"
                        + " banner = document.getElementById('live-banner').getBoundingClientRect();"
                        + "return {innerWidth: innerWidth, innerHeight: innerHeight,"
                        + " scrollWidth: d.scrollWidth, scrollHeight: d.scrollHeight,"
                        + " mainScroll: main.scrollHeight, mainClient: main.clientHeight,"
                        + " rows: rows.length, shown: shown.length,"
                        + " lowest: Math.max(0, ...shown.map(r => r.getBoundingClientRect().bottom)),"
                        + " widest: Math.max(0, ...shown.map(r => r.getBoundingClientRect().right)),"
                        + " leftmost: Math.min(...shown.map(r => r.getBoundingClientRect().left)),"
                        + " frameLeft: frame.left,"
                        + " frameBottom: frame.bottom, frameRight: frame.right,"
                        + " pages: Number(pane.dataset.pages), perPage: Number(pane.dataset.perPage),"
                        + " bannerBottom: banner.bottom};");
    assertThat(((Number) m.get("innerWidth")).intValue()).as("window").isEqualTo(1280);
    assertThat(((Number) m.get("innerHeight")).intValue()).as("window").isEqualTo(720);
    assertThat(num(m, "scrollHeight"))
        .as("no vertical scrolling: " + m)
        .isLessThanOrEqualTo(num(m, "innerHeight"));
    assertThat(num(m, "scrollWidth"))
        .as("no horizontal scrolling: " + m)
        .isLessThanOrEqualTo(num(m, "innerWidth"));
    assertThat(num(m, "mainScroll"))
        .as("the vote's column whole: " + m)
        .isLessThanOrEqualTo(num(m, "mainClient") + 1);
    assertThat(num(m, "rows")).as(m.toString()).isGreaterThanOrEqualTo(delegations);
    assertThat(num(m, "shown")).as(m.toString()).isGreaterThan(10).isLessThan(num(m, "rows"));
    assertThat(num(m, "lowest"))
        .as("rows within the frame: " + m)
        .isLessThanOrEqualTo(num(m, "frameBottom") + 0.5);
    assertThat(num(m, "widest"))
        .as("rows within the frame: " + m)
        .isLessThanOrEqualTo(num(m, "frameRight") + 0.5);
    assertThat(num(m, "leftmost"))
        .as("rows within the frame: " + m)
        .isGreaterThanOrEqualTo(num(m, "frameLeft") - 0.5);
    assertThat(num(m, "pages") * num(m, "perPage"))
        .as(m.toString())
        .isGreaterThanOrEqualTo(num(m, "rows"));
    assertThat(num(m, "bannerBottom"))
        .as("the banner on screen: " + m)
        .isLessThanOrEqualTo(num(m, "innerHeight"));
  }

  private static double num(Map<String, Object> m, String key) {
    return ((Number) m.get(key)).doubleValue();
  }

  private static Map<?, ?> banner(Browser hall) {
    return (Map<?, ?>)
        ((JavascriptExecutor) hall.driver())
            .executeScript(
                "const s = getComputedStyle(document.getElementById('live-banner'));"
                    + "return {background: s.backgroundColor, fontSize: parseFloat(s.fontSize)};");
  }
}

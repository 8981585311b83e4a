package org.ipu.assembly.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipu.assembly.it.Plenary.SECRETARIAT;
import static org.ipu.assembly.it.Plenary.ballot;
import static org.ipu.assembly.it.Plenary.delegate;
import static org.ipu.assembly.it.Plenary.snapshot;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.ipu.assembly.testkit.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Timed votes through the API: the Secretariat opens a vote with a countdown, the vote closes by
 * itself when the time is up (once, with a time-up entry in its audit chain), can be extended
 * before the end or closed early, and refuses durations out of range with their codes. The class
 * works on one delegation of its own (56 million people, a head and one more delegate).
 */
class TimedVoteIT extends IntegrationTest {

  private static Fixtures.Parliament parliament;

  private Api head;

  @BeforeAll
  static void aDelegationOfItsOwn() throws Exception {
    parliament = Plenary.parliament(56_000_000, 1);
  }

  @BeforeEach
  void delegatesArePresent() throws Exception {
    Plenary.present(parliament);
    head = delegate(parliament.head());
  }

  @Test
  void aTimedVoteClosesByItselfWhenItsTimeIsUpExactlyOnce() throws Exception {
    long vote = Plenary.create("Timed vote closing by itself", "ELECTRONIC", "SIMPLE");
    Api.Answer opened = SECRETARIAT.post(openTimed(vote), "{\"seconds\": 5}");
    assertThat(opened.status()).as(opened.body()).isEqualTo(200);
    JsonObject view = opened.json().asJsonObject();
    LocalDateTime openedAt = LocalDateTime.parse(view.getString("openedAt"));
    LocalDateTime closesAt = LocalDateTime.parse(view.getString("closesAt"));
    assertThat(Duration.between(openedAt, closesAt)).isEqualTo(Duration.ofSeconds(5));
    assertThat(snapshot(vote).getString("closesAt")).isEqualTo(view.getString("closesAt"));

    Api.Answer cast = head.post("/api/votes/" + vote + "/ballots", ballot(9, 3, 1, key()));
    assertThat(cast.status()).as(cast.body()).isEqualTo(201);

    JsonObject closed = untilClosed(vote, Duration.ofSeconds(30));
    LocalDateTime closedAt = LocalDateTime.parse(closed.getString("closedAt"));
    assertThat(closedAt).isAfterOrEqualTo(closesAt).isBefore(closesAt.plusSeconds(10));
    assertThat(closed.getString("outcome")).isEqualTo("ADOPTED");
    assertThat(closed.getJsonObject("totals").getInt("yes")).isEqualTo(9);

    List<String> kinds =
        Database.strings(
            "SELECT kind FROM audit_record WHERE subject = ? ORDER BY sequence", "vote:" + vote);
    assertThat(kinds)
        .containsExactly(
            "vote.created", "vote.opened", "vote.timed", "vote.time-up", "vote.closed");
    assertThat(
            Database.strings(
                "SELECT actor FROM audit_record WHERE subject = ? AND kind = 'vote.closed'",
                "vote:" + vote))
        .containsExactly("system");

    Api.Answer late = head.post("/api/votes/" + vote + "/ballots", ballot(1, 0, 0, key()));
    assertThat(late.status()).isEqualTo(409);
    assertThat(late.code()).isEqualTo("vote.closed");
    assertThat(SECRETARIAT.post(extend(vote), "{\"seconds\": 30}").code()).isEqualTo("vote.closed");
  }

  @Test
  void theSecretariatExtendsBeforeTheEndAndMayCloseEarly() throws Exception {
    long vote = Plenary.create("Timed vote extended, then closed early", "ELECTRONIC", "SIMPLE");
    JsonObject opened =
        SECRETARIAT.post(openTimed(vote), "{\"seconds\": 600}").expect(200).json().asJsonObject();
    LocalDateTime closesAt = LocalDateTime.parse(opened.getString("closesAt"));

    Api.Answer extended = SECRETARIAT.post(extend(vote), "{\"seconds\": 120}");
    assertThat(extended.status()).as(extended.body()).isEqualTo(200);
    assertThat(LocalDateTime.parse(extended.json().asJsonObject().getString("closesAt")))
        .isEqualTo(closesAt.plusSeconds(120));
    assertThat(LocalDateTime.parse(snapshot(vote).getString("closesAt")))
        .isEqualTo(closesAt.plusSeconds(120));

    Api.Answer tooShort = SECRETARIAT.post(extend(vote), "{\"seconds\": 2}");
    assertThat(tooShort.status()).isEqualTo(400);
    assertThat(tooShort.code()).isEqualTo("vote.duration.invalid");
    assertThat(tooShort.message()).contains("5", "4");
    Api.Answer tooLong = SECRETARIAT.post(extend(vote), "{\"seconds\": 14000}");
    assertThat(tooLong.code()).isEqualTo("vote.extension.too-long");
    assertThat(head.post(extend(vote), "{\"seconds\": 30}").status()).isEqualTo(403);

    Api.Answer early = SECRETARIAT.post("/api/votes/" + vote + "/close", "");
    assertThat(early.status()).as(early.body()).isEqualTo(200);
    assertThat(LocalDateTime.parse(early.json().asJsonObject().getString("closedAt")))
        .isBefore(closesAt);
    assertThat(
            Database.strings(
                "SELECT kind FROM audit_record WHERE subject = ? ORDER BY sequence",
                "vote:" + vote))
        .containsExactly(
            "vote.created", "vote.opened", "vote.timed", "vote.extended", "vote.closed");
  }

  @Test
  void durationsOutOfRangeAndUntimedVotesAreRefusedWithTheirCodes() throws Exception {
    long vote = Plenary.create("Timed vote refused", "ELECTRONIC", "SIMPLE");
    // A client of its own: the shared Secretariat client stays in English for the other tests.
    Api inFrench = Api.as("secretariat", Deployments.DEMO_PASSWORD).inLanguage("fr");
    for (String body :
        List.of(
            "{\"seconds\": 2}",
            "{\"seconds\": 14401}",
            "{\"seconds\": 12.5}",
            "{\"seconds\": -60}",
            "{}")) {
      Api.Answer refused = inFrench.post(openTimed(vote), body);
      assertThat(refused.status()).as(body).isEqualTo(400);
      assertThat(refused.code()).as(body).isEqualTo("vote.duration.invalid");
      assertThat(refused.message()).as(body).contains("secondes");
    }
    // Still a draft (read signed in: a draft is not public).
    assertThat(SECRETARIAT.get("/api/votes/" + vote).json().asJsonObject().getString("state"))
        .isEqualTo("DRAFT");

    SECRETARIAT.post("/api/votes/" + vote + "/open", "").expect(200);
    assertThat(snapshot(vote).containsKey("closesAt")).isFalse();
    Api.Answer untimed = SECRETARIAT.post(extend(vote), "{\"seconds\": 30}");
    assertThat(untimed.status()).isEqualTo(409);
    assertThat(untimed.code()).isEqualTo("vote.not-timed");
    assertThat(SECRETARIAT.post(openTimed(vote), "{\"seconds\": 30}").code())
        .isEqualTo("vote.not-draft");
    SECRETARIAT.post("/api/votes/" + vote + "/close", "").expect(200);
  }

  /** Polls the public snapshot until the vote is closed, at most {@code patience}. */
  private static JsonObject untilClosed(long vote, Duration patience) throws Exception {
    long deadline = System.nanoTime() + patience.toNanos();
    while (true) {
      JsonObject now = snapshot(vote);
      if ("CLOSED".equals(now.getString("state"))) {
        return now;
      }
      assertThat(System.nanoTime()).as("vote %d still open", vote).isLessThan(deadline);
      Thread.sleep(200);
    }
  }

  private static String openTimed(long vote) {
    return "/api/votes/" + vote + "/open-timed";
  }

  private static String extend(long vote) {
    return "/api/votes/" + vote + "/extend";
  }

  private static String key() {
    return UUID.randomUUID().toString();
  }
}

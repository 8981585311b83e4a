package org.ipu.assembly.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipu.assembly.it.Plenary.SECRETARIAT;
import static org.ipu.assembly.it.Plenary.ballot;
import static org.ipu.assembly.it.Plenary.delegate;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.ipu.assembly.testkit.Fixtures;
import org.junit.jupiter.api.Test;

/** A screen on /ws/plenary receives the running tally after each commit and the result at close. */
class LiveFeedIT extends IntegrationTest {

  @Test
  void aScreenReceivesTheRunningTallyAndTheFinalResult() throws Exception {
    Fixtures.Parliament first = Plenary.presentParliament(68_400_000, 1);
    Fixtures.Parliament second = Plenary.presentParliament(56_000_000, 0);
    BlockingQueue<JsonObject> frames = new LinkedBlockingQueue<>();
    WebSocket socket =
        HttpClient.newHttpClient()
            .newWebSocketBuilder()
            .buildAsync(
                URI.create(Deployments.base().toString().replace("http", "ws") + "/ws/plenary"),
                new Collector(frames))
            .get(10, TimeUnit.SECONDS);
    try {
      long vote = Plenary.open("Live feed", "ELECTRONIC", "TWO_THIRDS");
      JsonObject opened = await(frames, f -> vote(f) == vote && "OPEN".equals(state(f)));
      assertThat(opened.getJsonObject("vote").getInt("delegationsVoted")).isZero();

      delegate(first.head())
          .post("/api/votes/" + vote + "/ballots", ballot(12, 2, 0, UUID.randomUUID().toString()));
      delegate(second.head())
          .post("/api/votes/" + vote + "/ballots", ballot(3, 4, 1, UUID.randomUUID().toString()));
      JsonObject tally =
          await(
              frames,
              f -> vote(f) == vote && f.getJsonObject("vote").getInt("delegationsVoted") == 2);
      assertThat(tally.getJsonObject("vote").getJsonObject("totals").getInt("yes")).isEqualTo(15);
      assertThat(tally.getJsonObject("vote").containsKey("board"))
          .as("frames stay small")
          .isFalse();
      assertThat(tally.getJsonObject("vote").getInt("auditSequence")).isGreaterThanOrEqualTo(4);
      assertThat(tally.getJsonNumber("seq").longValue())
          .isGreaterThan(opened.getJsonNumber("seq").longValue());

      // A changed ballot replaces the delegation's first one in the live totals (kept in memory),
      // which then agree with the snapshot read from the database.
      delegate(first.head())
          .post("/api/votes/" + vote + "/ballots", ballot(1, 13, 0, UUID.randomUUID().toString()));
      JsonObject changed =
          await(
                  frames,
                  f ->
                      vote(f) == vote
                          && f.getJsonObject("vote").getJsonObject("totals").getInt("no") == 17)
              .getJsonObject("vote");
      JsonObject stored = Plenary.snapshot(vote);
      for (String field :
          new String[] {
            "totals",
            "delegationsVoted",
            "delegationsEligible",
            "usableVotes",
            "required",
            "auditSequence",
            "state",
            "subject"
          }) {
        assertThat(changed.get(field)).as(field).isEqualTo(stored.get(field));
      }
      assertThat(changed.getJsonObject("totals").getInt("yes")).isEqualTo(4);

      long closing = System.currentTimeMillis();
      SECRETARIAT.post("/api/votes/" + vote + "/close", "");
      JsonObject closed = await(frames, f -> vote(f) == vote && "CLOSED".equals(state(f)));
      assertThat(System.currentTimeMillis() - closing).isLessThan(1000);
      assertThat(closed.getJsonObject("vote").getString("outcome")).isEqualTo("REJECTED");
      assertThat(closed.getJsonObject("vote").getInt("required")).isEqualTo(14);
    } finally {
      socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
    }
  }

  private static long vote(JsonObject frame) {
    return frame.getJsonObject("vote").getJsonNumber("voteId").longValue();
  }

  private static String state(JsonObject frame) {
    return frame.getJsonObject("vote").getString("state");
  }

  private static JsonObject await(BlockingQueue<JsonObject> frames, Predicate<JsonObject> wanted)
      throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (System.nanoTime() < deadline) {
      JsonObject frame = frames.poll(100, TimeUnit.MILLISECONDS);
      if (frame != null && wanted.test(frame)) {
        return frame;
      }
    }
    throw new AssertionError("no such frame within 10 s");
  }

  /** Collects whole text frames as JSON. */
  private static final class Collector implements WebSocket.Listener {
    private final BlockingQueue<JsonObject> frames;
    private final StringBuilder partial = new StringBuilder();

    Collector(BlockingQueue<JsonObject> frames) {
      this.frames = frames;
    }

    @Override
    public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        frames.add(Json.createReader(new StringReader(partial.toString())).readObject());
        partial.setLength(0);
      }
      socket.request(1);
      return null;
    }
  }
}

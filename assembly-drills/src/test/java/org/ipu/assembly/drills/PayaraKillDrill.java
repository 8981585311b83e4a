package org.ipu.assembly.drills;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * kill -9 of Payara Server in the middle of a vote, then {@code assembly-server start}: every
 * ballot that got a receipt is in the tally, the ballots sent during the outage are sent again with
 * their keys and counted once, and every screen reconnects, fetches a snapshot and ends on the
 * closed result.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class PayaraKillDrill {

  private static final DrillServer SERVER = new DrillServer();

  @BeforeAll
  static void start() throws Exception {
    SERVER.startFresh();
  }

  @AfterAll
  static void stop() throws Exception {
    SERVER.stop();
  }

  @Test
  void receiptsSurviveAndScreensCatchUp() throws Exception {
    long began = System.currentTimeMillis();
    LiveVote vote = new LiveVote(SERVER);
    vote.open("Drill: Payara Server killed mid-vote", 20);
    vote.watch(5);
    vote.startCasting();
    try {
      Thread.sleep(6000);
      long killedAt = System.currentTimeMillis();
      SERVER.killPayara();
      Duration restart = SERVER.start();
      long restartedAt = System.currentTimeMillis();
      Optional<Long> firstReceipt = vote.firstReceiptSentAfter(killedAt, 60_000);
      Thread.sleep(5000);
      vote.stopCasting();
      JsonObject closed = vote.close();
      List<Screen> behind = vote.awaitScreens("CLOSED", 30_000);
      List<String> problems =
          Reconciliation.of(vote, closed, vote.storedBallots(), vote.auditReport());

      List<Delegation.Attempt> attempts = vote.attempts();
      long retried = vote.receipts().stream().filter(r -> r.attempts() > 1).count();
      long screensBackAt =
          vote.screens().stream().mapToLong(Screen::lastConnectedAt).max().orElse(0);
      Map<String, Object> figures = vote.ballotFigures();
      figures.put("restartSeconds", Drill.seconds(restart.toMillis()));
      figures.put("killToRestartedSeconds", Drill.seconds(restartedAt - killedAt));
      figures.put(
          "killToFirstReceiptSeconds",
          firstReceipt.map(t -> Drill.seconds(t - killedAt)).orElse(-1.0));
      figures.put("killToAllScreensBackSeconds", Drill.seconds(screensBackAt - killedAt));
      figures.put("closedTotals", closed.getJsonObject("totals").toString());
      figures.put("drillSeconds", Drill.seconds(System.currentTimeMillis() - began));
      Drill.report("payara-kill", figures);

      assertThat(problems).as("reconciliation").isEmpty();
      assertThat(firstReceipt).as("a receipt after the restart").isPresent();
      assertThat(retried).as("ballots sent during the outage, counted after a retry").isPositive();
      assertThat(behind).as("screens not on the closed result").isEmpty();
      assertThat(vote.screens())
          .allSatisfy(
              s -> {
                assertThat(s.connects()).as(s.name() + " reconnected").isGreaterThanOrEqualTo(2);
                assertThat(s.lastConnectedAt())
                    .as(s.name() + " reconnected after the kill")
                    .isGreaterThan(killedAt);
                assertThat(s.snapshots())
                    .as(s.name() + " fetched a snapshot after reconnecting")
                    .isGreaterThanOrEqualTo(2);
              });
      assertThat(attempts)
          .as("outside the restart, every ballot gets its receipt at once")
          .filteredOn(a -> a.answeredAt() < killedAt || a.sentAt() > restartedAt)
          .allSatisfy(a -> assertThat(a.status()).as(a.toString()).isIn(200, 201));
      assertThat(attempts)
          .as(
              "during the restart: no answer, Payara's own pages, or a receipt; never an error"
                  + " from the application")
          .allSatisfy(a -> assertThat(a.code()).as(a.toString()).isIn(null, "service.unavailable"));
    } finally {
      vote.abandon();
      vote.stopScreens();
    }
  }
}

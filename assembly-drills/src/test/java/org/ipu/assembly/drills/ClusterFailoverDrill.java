package org.ipu.assembly.drills;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.ipu.assembly.testkit.Answer;
import org.ipu.assembly.testkit.Ballot;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Two servers, one Assembly ({@code config/server/assembly-cluster}: a deployment group of two
 * instances with the Data Grid on, HAProxy in front). A ballot cast on instance 1 reaches the
 * screens connected to instance 2; then, with tablets casting through the load balancer and screens
 * on both instances, kill -9 of instance 1, which opened the vote with a countdown. The load
 * balancer stops sending to it; tablets retry with their keys and are counted once; its screens
 * reconnect to instance 2 and catch up; instance 2 closes the vote by itself at its time (it
 * follows the countdown set on instance 1); every receipt is in the tally and the audit verifies.
 * Then instance 1 comes back and the load balancer sends to it again.
 */
@Timeout(value = 15, unit = TimeUnit.MINUTES)
class ClusterFailoverDrill {

  private static final DrillServer SERVER = DrillServer.cluster();

  /** Long enough to cast on both instances and kill one before the close. */
  private static final int SECONDS = 40;

  @BeforeAll
  static void start() throws Exception {
    SERVER.startFresh();
  }

  @AfterAll
  static void stop() throws Exception {
    SERVER.stop();
  }

  @Test
  void oneInstanceDiesMidVoteAndNothingIsLost() throws Exception {
    long began = System.currentTimeMillis();
    LiveVote vote = new LiveVote(SERVER);
    vote.seat(11);
    // The Secretariat opens the vote on instance 1: the one that will die.
    vote.consoleAt(SERVER.newClientOf(1));
    vote.openVote("Drill: two servers, one dies", 1, SECONDS);
    vote.consoleAt(SERVER.newClient());
    LocalDateTime closesAt = LocalDateTime.parse(vote.snapshot().getString("closesAt"));
    String second = SERVER.instanceUrl(2).replaceFirst("^http", "ws") + "/ws/plenary";
    List<Screen> onSecond = vote.watch(3, second, () -> SERVER.newClientOf(2));
    vote.watch(6);
    try {
      // A ballot cast on instance 1 (by the one delegation outside the casting loop) reaches the
      // screens of instance 2, which showed none, through the Data Grid.
      assertThat(awaitShowingYes(onSecond, 0, 30_000)).as("screens on instance 2").isEmpty();
      LiveVote.Bystander bystander = vote.bystanders().get(0);
      Answer counted =
          SERVER
              .newClientOf(1)
              .as(bystander.username(), LiveVote.DRILL_PASSWORD)
              .cast(vote.voteId(), new Ballot(1, 0, 0, UUID.randomUUID().toString()));
      assertThat(counted.status()).as(counted.body()).isEqualTo(201);
      vote.expect(new LiveVote.Expected(bystander.parliamentId(), 1, 0, 0));
      long castAt = System.currentTimeMillis();
      List<Screen> notReached = awaitShowingYes(onSecond, 1, 10_000);
      long reachedAt = System.currentTimeMillis();
      assertThat(notReached).as("screens on instance 2 that never showed the ballot").isEmpty();

      vote.startCasting();
      Thread.sleep(3000);
      long killedAt = System.currentTimeMillis();
      SERVER.killInstance(1);
      Optional<Long> firstReceipt = vote.firstReceiptSentAfter(killedAt, 30_000);
      Thread.sleep(5000);
      vote.stopCasting();
      long screensBackAt =
          vote.screens().stream().mapToLong(Screen::lastConnectedAt).max().orElse(0);
      List<Screen> behind = vote.awaitScreens("CLOSED", 90_000);
      JsonObject closed = vote.snapshot();
      List<String> problems =
          Reconciliation.of(vote, closed, vote.storedBallots(), vote.auditReport());

      Duration restart = SERVER.start();
      String backInTheBalancer = awaitBalancerStatus(1, "UP", 30_000);

      Map<String, Object> figures = vote.ballotFigures();
      figures.put("ballotOnInstance1ToScreensOnInstance2Millis", reachedAt - castAt);
      figures.put(
          "killToFirstReceiptSeconds",
          firstReceipt.map(t -> Drill.seconds(t - killedAt)).orElse(-1.0));
      figures.put("killToAllScreensBackSeconds", Drill.seconds(screensBackAt - killedAt));
      figures.put("closesAt", closesAt.toString());
      figures.put("closedAt", closed.getString("closedAt", ""));
      figures.put("closedTotals", String.valueOf(closed.get("totals")));
      figures.put("instance1RestartSeconds", Drill.seconds(restart.toMillis()));
      figures.put("drillSeconds", Drill.seconds(System.currentTimeMillis() - began));
      Drill.report("cluster-failover", figures);

      assertThat(problems).as("reconciliation").isEmpty();
      assertThat(firstReceipt).as("a receipt through the load balancer after the kill").isPresent();
      assertThat(firstReceipt.get() - killedAt)
          .as("the load balancer sends to the living instance within 2 s of the kill")
          .isLessThanOrEqualTo(2000);
      assertThat(behind).as("screens not on the closed result").isEmpty();
      assertThat(closed.getString("state")).isEqualTo("CLOSED");
      assertThat(LocalDateTime.parse(closed.getString("closedAt")))
          .as("closed by itself by instance 2, not before its time")
          .isAfterOrEqualTo(closesAt);
      assertThat(backInTheBalancer).as("instance 1 back in the load balancer").isEqualTo("UP");
    } finally {
      vote.abandon();
      vote.stopScreens();
    }
  }

  /** Waits until these screens show the vote with this many yes votes; those that never did. */
  private static List<Screen> awaitShowingYes(List<Screen> screens, int yes, long timeoutMillis)
      throws InterruptedException {
    long deadline = System.currentTimeMillis() + timeoutMillis;
    while (System.currentTimeMillis() < deadline
        && !screens.stream().allMatch(s -> s.shown() != null && s.shown().yes() == yes)) {
      Thread.sleep(50);
    }
    return screens.stream().filter(s -> s.shown() == null || s.shown().yes() != yes).toList();
  }

  /** Waits until HAProxy reports the instance in this state; the state it last reported. */
  private static String awaitBalancerStatus(int instance, String status, long timeoutMillis)
      throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    long deadline = System.currentTimeMillis() + timeoutMillis;
    String seen = "";
    while (true) {
      String csv =
          http.send(
                  HttpRequest.newBuilder(URI.create(SERVER.balancerStatisticsUrl() + "/;csv"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString())
              .body();
      for (String line : csv.split("\n")) {
        String[] columns = line.split(",");
        if (columns.length > 17 && columns[1].equals("assembly-" + instance)) {
          seen = columns[17];
        }
      }
      if (seen.startsWith(status) || System.currentTimeMillis() > deadline) {
        return seen;
      }
      Thread.sleep(250);
    }
  }
}

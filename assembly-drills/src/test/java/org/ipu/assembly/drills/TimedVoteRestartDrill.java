package org.ipu.assembly.drills;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A timed vote whose time is up while Payara Server is down: kill -9 a few seconds after the vote
 * opened with a countdown, then {@code assembly-server start}. Nobody closes the vote: the server
 * reschedules the close from the stored moment when it starts, and the vote closes by itself, once
 * (one time-up entry, one closing entry, signed by the system), no earlier than its moment; every
 * receipt is in the result, the audit verifies, every screen ends on the closed result.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class TimedVoteRestartDrill {

  private static final DrillServer SERVER = new DrillServer();

  /** Long enough to cast and stop before the kill, short enough to be up before the restart. */
  private static final int SECONDS = 20;

  @BeforeAll
  static void start() throws Exception {
    SERVER.startFresh();
  }

  @AfterAll
  static void stop() throws Exception {
    SERVER.stop();
  }

  @Test
  void aTimedVoteClosesByItselfOnceAcrossARestart() throws Exception {
    long began = System.currentTimeMillis();
    LiveVote vote = new LiveVote(SERVER);
    vote.open("Drill: timed vote across a restart", 10, 0, SECONDS);
    LocalDateTime closesAt = LocalDateTime.parse(vote.snapshot().getString("closesAt"));
    vote.watch(3);
    vote.startCasting();
    try {
      Thread.sleep(5000);
      vote.stopCasting();
      long killedAt = System.currentTimeMillis();
      SERVER.killPayara();
      Duration restart = SERVER.start();
      long restartedAt = System.currentTimeMillis();
      List<Screen> behind = vote.awaitScreens("CLOSED", 90_000);
      JsonObject closed = vote.snapshot();
      List<String> problems =
          Reconciliation.of(vote, closed, vote.storedBallots(), vote.auditReport());
      List<String[]> chain = voteChain(vote.voteId());

      Map<String, Object> figures = vote.ballotFigures();
      figures.put("durationSeconds", SECONDS);
      figures.put("restartSeconds", Drill.seconds(restart.toMillis()));
      figures.put("killToRestartedSeconds", Drill.seconds(restartedAt - killedAt));
      figures.put("closesAt", closesAt.toString());
      figures.put("closedAt", closed.getString("closedAt", ""));
      figures.put("closedTotals", String.valueOf(closed.get("totals")));
      figures.put("drillSeconds", Drill.seconds(System.currentTimeMillis() - began));
      Drill.report("timed-vote-restart", figures);

      assertThat(problems).as("reconciliation").isEmpty();
      assertThat(behind).as("screens not on the closed result").isEmpty();
      assertThat(closed.getString("state")).isEqualTo("CLOSED");
      assertThat(LocalDateTime.parse(closed.getString("closedAt")))
          .as("closed by itself, not before its time")
          .isAfterOrEqualTo(closesAt);
      assertThat(chain.stream().map(e -> e[0]).toList())
          .as("the vote's audit chain")
          .containsExactly(
              "vote.created", "vote.opened", "vote.timed", "vote.time-up", "vote.closed");
      assertThat(chain.get(chain.size() - 1)[1]).as("closed by").isEqualTo("system");
      assertThat(vote.receipts()).as("ballots counted before the kill").isNotEmpty();
    } finally {
      vote.abandon();
      vote.stopScreens();
    }
  }

  /** The vote's own audit chain: each entry's kind and who signed it. */
  private static List<String[]> voteChain(long voteId) throws Exception {
    List<String[]> entries = new ArrayList<>();
    try (Connection db = SERVER.database();
        PreparedStatement s =
            db.prepareStatement(
                "SELECT kind, actor FROM audit_record WHERE subject = ? ORDER BY sequence")) {
      s.setString(1, "vote:" + voteId);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          entries.add(new String[] {rs.getString(1), rs.getString(2)});
        }
      }
    }
    return entries;
  }
}

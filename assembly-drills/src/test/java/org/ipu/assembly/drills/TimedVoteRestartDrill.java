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
 * A timed vote and a timed emergency item selection whose time is up while Payara Server is down:
 * kill -9 a few seconds after both opened with a countdown, then {@code assembly-server start}.
 * Nobody closes them: the server reschedules the closes from the stored moments when it starts, and
 * each closes by itself, once (one time-up entry, one closing entry, signed by the system), no
 * earlier than its moment; every receipt is in the result, the selection counts every ballot its
 * tablets were told was counted and adds the request the Rules add, the audit verifies (the
 * selection recomputed), every screen ends on the closed result.
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
    vote.seat(10);
    // The selection opens first: the vote, opened after it, is the one on the screens.
    TimedSelection selection = TimedSelection.open(SERVER, SECONDS);
    vote.openVote("Drill: timed vote across a restart", 0, SECONDS);
    LocalDateTime closesAt = LocalDateTime.parse(vote.snapshot().getString("closesAt"));
    selection.castFrom(vote.delegations());
    LocalDateTime selectionClosesAt =
        LocalDateTime.parse(selection.snapshot().getString("closesAt"));
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
      JsonObject selected = selection.awaitClosed(90_000);
      List<String> problems =
          Reconciliation.of(vote, closed, vote.storedBallots(), vote.auditReport());
      List<String[]> chain = chain("vote:" + vote.voteId());
      List<String[]> selectionChain = chain("emergency-selection:" + selection.id());

      Map<String, Object> figures = vote.ballotFigures();
      figures.put("durationSeconds", SECONDS);
      figures.put("restartSeconds", Drill.seconds(restart.toMillis()));
      figures.put("killToRestartedSeconds", Drill.seconds(restartedAt - killedAt));
      figures.put("closesAt", closesAt.toString());
      figures.put("closedAt", closed.getString("closedAt", ""));
      figures.put("closedTotals", String.valueOf(closed.get("totals")));
      figures.put("selectionClosesAt", selectionClosesAt.toString());
      figures.put("selectionClosedAt", selected.getString("closedAt", ""));
      figures.put("selectionOutcome", selected.getString("outcome", ""));
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

      assertThat(selected.getString("state")).as("the selection").isEqualTo("CLOSED");
      assertThat(LocalDateTime.parse(selected.getString("closedAt")))
          .as("the selection closed by itself, not before its time")
          .isAfterOrEqualTo(selectionClosesAt);
      assertThat(selectionChain.stream().map(e -> e[0]).toList())
          .as("the selection's audit chain")
          .containsExactly(
              "emergency.created",
              "emergency.opened",
              "emergency.timed",
              "emergency.time-up",
              "emergency.closed");
      assertThat(selectionChain.get(selectionChain.size() - 1)[1])
          .as("selection closed by")
          .isEqualTo("system");
      for (JsonObject request : selected.getJsonArray("requests").getValuesAs(JsonObject.class)) {
        int[] told = selection.counted().get(request.getString("label"));
        JsonObject totals = request.getJsonObject("vote").getJsonObject("totals");
        assertThat(new int[] {totals.getInt("yes"), totals.getInt("no"), totals.getInt("abstain")})
            .as("request " + request.getString("label") + " counts what its receipts said")
            .containsExactly(told);
        assertThat(
                chain("vote:" + request.getJsonNumber("voteId").longValue()).stream()
                    .map(e -> e[0] + " by " + e[1])
                    .toList())
            .as("request " + request.getString("label") + "'s vote chain")
            .endsWith("vote.time-up by system", "vote.closed by system");
      }
      assertThat(selected.getString("outcome")).isEqualTo("ADDED");
      assertThat(selected.getString("added")).isEqualTo("A");
    } finally {
      vote.abandon();
      vote.stopScreens();
    }
  }

  /** An audit chain ("vote:7", "emergency-selection:2"): each entry's kind and who signed it. */
  private static List<String[]> chain(String subject) throws Exception {
    List<String[]> entries = new ArrayList<>();
    try (Connection db = SERVER.database();
        PreparedStatement s =
            db.prepareStatement(
                "SELECT kind, actor FROM audit_record WHERE subject = ? ORDER BY sequence")) {
      s.setString(1, subject);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          entries.add(new String[] {rs.getString(1), rs.getString(2)});
        }
      }
    }
    return entries;
  }
}

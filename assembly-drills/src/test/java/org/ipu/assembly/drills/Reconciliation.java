package org.ipu.assembly.drills;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * After a drill: what the tablets were told (receipts), what the server publishes (the closed
 * vote's board and totals), what it stored (one row per ballot, by idempotency key), its own audit,
 * and what every screen ended on, all checked against each other. Each mismatch is a problem in
 * plain words; a sound drill has none.
 */
final class Reconciliation {

  private final List<String> problems = new ArrayList<>();

  static List<String> of(
      LiveVote vote,
      JsonObject closed,
      Map<String, LiveVote.StoredBallot> stored,
      JsonObject audit) {
    Reconciliation r = new Reconciliation();
    r.tally(vote, closed);
    r.storage(vote, stored);
    r.audit(audit);
    r.screens(vote, closed);
    return r.problems;
  }

  private void tally(LiveVote vote, JsonObject closed) {
    check(
        closed.getString("state").equals("CLOSED"),
        "the vote is " + closed.getString("state") + ", not CLOSED");
    Map<Long, JsonObject> board = new HashMap<>();
    closed
        .getJsonArray("board")
        .getValuesAs(JsonObject.class)
        .forEach(e -> board.put(e.getJsonNumber("parliamentId").longValue(), e));
    int yes = 0;
    int no = 0;
    int abstain = 0;
    for (Delegation d : vote.delegations()) {
      check(
          d.unanswered() == null,
          d.country() + ": ballot " + d.unanswered() + " never got an answer");
      d.refusals()
          .forEach(
              a -> problems.add(d.country() + ": ballot refused " + a.status() + " " + a.code()));
      JsonObject entry = board.get(d.parliamentId());
      Optional<Delegation.Receipt> last = d.lastReceipt();
      if (last.isEmpty()) {
        check(
            entry == null || !entry.getBoolean("voted"),
            d.country() + " has no receipt but is on the board as voted");
        continue;
      }
      Delegation.Receipt r = last.get();
      yes += r.yes();
      no += r.no();
      abstain += r.abstain();
      check(
          entry != null
              && entry.getBoolean("voted")
              && entry.getInt("yes") == r.yes()
              && entry.getInt("no") == r.no()
              && entry.getInt("abstain") == r.abstain(),
          d.country()
              + ": board shows "
              + entry
              + ", last receipt (version "
              + r.version()
              + ") says "
              + r.yes()
              + "/"
              + r.no()
              + "/"
              + r.abstain());
    }
    for (LiveVote.Expected e : vote.expected()) {
      yes += e.yes();
      no += e.no();
      abstain += e.abstain();
      JsonObject entry = board.get(e.parliamentId());
      check(
          entry != null
              && entry.getBoolean("voted")
              && entry.getInt("yes") == e.yes()
              && entry.getInt("no") == e.no()
              && entry.getInt("abstain") == e.abstain(),
          "parliament "
              + e.parliamentId()
              + ": board shows "
              + entry
              + ", the tablet was told "
              + e
              + " is counted");
    }
    JsonObject totals = closed.getJsonObject("totals");
    check(
        totals.getInt("yes") == yes
            && totals.getInt("no") == no
            && totals.getInt("abstain") == abstain,
        "totals "
            + totals
            + " differ from the last receipts' sum "
            + yes
            + "/"
            + no
            + "/"
            + abstain);
  }

  private void storage(LiveVote vote, Map<String, LiveVote.StoredBallot> stored) {
    Map<String, Delegation.Receipt> receipts = new HashMap<>();
    for (Delegation d : vote.delegations()) {
      for (Delegation.Receipt r : d.receipts()) {
        receipts.put(r.key(), r);
        LiveVote.StoredBallot b = stored.get(r.key());
        check(
            b != null
                && b.id() == r.ballotId()
                && b.parliamentId() == d.parliamentId()
                && b.version() == r.version()
                && b.yes() == r.yes()
                && b.no() == r.no()
                && b.abstain() == r.abstain(),
            d.country() + ": receipt " + r + " does not match the stored ballot " + b);
      }
      List<Integer> versions =
          stored.values().stream()
              .filter(b -> b.parliamentId() == d.parliamentId())
              .map(LiveVote.StoredBallot::version)
              .sorted()
              .toList();
      for (int i = 0; i < versions.size(); i++) {
        check(
            versions.get(i) == i + 1,
            d.country() + ": stored versions " + versions + " are not 1.." + versions.size());
      }
      check(
          versions.size() == d.lastReceipt().map(Delegation.Receipt::version).orElse(0),
          d.country()
              + ": "
              + versions.size()
              + " versions stored, last receipt is version "
              + d.lastReceipt().map(Delegation.Receipt::version).orElse(0));
    }
    for (LiveVote.Expected e : vote.expected()) {
      List<LiveVote.StoredBallot> rows =
          stored.values().stream().filter(b -> b.parliamentId() == e.parliamentId()).toList();
      check(
          rows.size() == 1
              && rows.get(0).yes() == e.yes()
              && rows.get(0).no() == e.no()
              && rows.get(0).abstain() == e.abstain(),
          "parliament " + e.parliamentId() + ": stored " + rows + ", expected the one ballot " + e);
    }
    stored.values().stream()
        .filter(b -> !receipts.containsKey(b.key()))
        .filter(b -> vote.expected().stream().noneMatch(e -> e.parliamentId() == b.parliamentId()))
        .forEach(b -> problems.add("stored ballot " + b + " was never acknowledged to its tablet"));
  }

  private void audit(JsonObject audit) {
    check(audit.getJsonArray("problems").isEmpty(), "audit: " + audit.getJsonArray("problems"));
  }

  private void screens(LiveVote vote, JsonObject closed) {
    JsonObject totals = closed.getJsonObject("totals");
    Screen.Shown expected =
        new Screen.Shown(
            "CLOSED",
            closed.getInt("auditSequence"),
            totals.getInt("yes"),
            totals.getInt("no"),
            totals.getInt("abstain"));
    for (Screen s : vote.screens()) {
      check(expected.equals(s.shown()), s.name() + " ended on " + s.shown() + ", not " + expected);
    }
  }

  private void check(boolean ok, String problem) {
    if (!ok) {
      problems.add(problem);
    }
  }
}

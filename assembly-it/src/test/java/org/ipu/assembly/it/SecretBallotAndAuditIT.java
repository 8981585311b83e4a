package org.ipu.assembly.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipu.assembly.it.Plenary.SECRETARIAT;
import static org.ipu.assembly.it.Plenary.ballot;
import static org.ipu.assembly.it.Plenary.board;
import static org.ipu.assembly.it.Plenary.delegate;
import static org.ipu.assembly.it.Plenary.snapshot;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.ipu.assembly.testkit.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A secret vote keeps who took part and never how (checked in the database itself), and the audit
 * trail notices when a stored entry is altered. The class works on two delegations of its own.
 */
class SecretBallotAndAuditIT extends IntegrationTest {

  private static Fixtures.Parliament first;
  private static Fixtures.Parliament second;

  @BeforeAll
  static void delegationsOfItsOwn() throws Exception {
    first = Plenary.parliament(68_400_000, 1);
    second = Plenary.parliament(56_000_000, 0);
  }

  @BeforeEach
  void delegatesArePresent() throws Exception {
    Plenary.present(first);
    Plenary.present(second);
  }

  @Test
  void aSecretVoteStoresWhoTookPartButNeverWhichDelegationChoseWhat() throws Exception {
    long vote = Plenary.open("Election of the President", "SECRET", "SIMPLE");
    String key = UUID.randomUUID().toString();
    Api.Answer cast =
        delegate(first.head()).post("/api/votes/" + vote + "/ballots", ballot(17, 0, 1, key));
    // The same key again with other counts: the participation is confirmed, no counts echoed
    // (they were never stored, so nothing can confirm them), and nothing more is counted.
    Api.Answer replayed =
        delegate(first.head()).post("/api/votes/" + vote + "/ballots", ballot(1, 0, 0, key));
    assertThat(cast.json().asJsonObject().getInt("yes")).isEqualTo(17);
    assertThat(replayed.status()).as(replayed.body()).isEqualTo(200);
    JsonObject replay = replayed.json().asJsonObject();
    assertThat(replay.getBoolean("replay")).isTrue();
    assertThat(replay.get("yes")).isIn(null, JsonValue.NULL);
    assertThat(replay.getString("auditHash"))
        .isEqualTo(cast.json().asJsonObject().getString("auditHash"));
    delegate(second.head())
        .post("/api/votes/" + vote + "/ballots", ballot(0, 9, 0, UUID.randomUUID().toString()));

    JsonObject running = snapshot(vote);
    assertThat(running.containsKey("totals")).isFalse();
    assertThat(running.getInt("delegationsVoted")).isEqualTo(2);
    assertThat(board(running, first.countryCode()).getBoolean("voted")).isTrue();
    assertThat(board(running, first.countryCode()).containsKey("yes")).isFalse();
    assertThat(
            delegate(first.head())
                .post(
                    "/api/votes/" + vote + "/ballots",
                    ballot(1, 0, 0, UUID.randomUUID().toString()))
                .code())
        .isEqualTo("ballot.secret-final");

    SECRETARIAT.post("/api/votes/" + vote + "/close", "");
    JsonObject result = snapshot(vote);
    assertThat(result.getJsonObject("totals").getInt("yes")).isEqualTo(17);
    assertThat(result.getJsonObject("totals").getInt("no")).isEqualTo(9);
    assertThat(board(result, second.countryCode()).containsKey("no")).isFalse();

    assertThat(Database.count("SELECT COUNT(*) FROM ballot WHERE vote_id = ?", vote)).isZero();
    assertThat(Database.count("SELECT COUNT(*) FROM secret_participation WHERE vote_id = ?", vote))
        .isEqualTo(2);
    assertThat(Database.columns("secret_participation"))
        .noneMatch(c -> c.matches("(?i).*(yes|no_|abstain|count).*"));
    List<String> payloads =
        Database.strings(
            "SELECT payload FROM audit_record WHERE (subject = ? OR subject LIKE ?)"
                + " AND kind <> 'vote.closed'",
            "vote:" + vote,
            "vote:" + vote + "/%");
    assertThat(payloads).hasSizeGreaterThanOrEqualTo(4);
    for (String payload : payloads) {
      assertThat(payload)
          .doesNotContain("\"yes\"")
          .doesNotContain("\"no\"")
          .doesNotContain("\"abstain\"");
    }
  }

  @Test
  void theAuditCheckFindsAnAlteredBallotEntryAndRecomputesClosedVotes() throws Exception {
    long vote = Plenary.open("Audited", "ELECTRONIC", "SIMPLE");
    delegate(first.head())
        .post("/api/votes/" + vote + "/ballots", ballot(8, 2, 0, UUID.randomUUID().toString()));
    SECRETARIAT.post("/api/votes/" + vote + "/close", "");
    assertThat(
            SECRETARIAT
                .post("/api/audit/verify", "")
                .json()
                .asJsonObject()
                .getJsonArray("problems"))
        .isEmpty();

    String delegations = "vote:" + vote + "/delegation:%";
    String tamper =
        "UPDATE audit_record SET payload = ? WHERE subject LIKE ? AND kind = 'ballot.cast'";
    String original =
        Database.strings(
                "SELECT payload FROM audit_record WHERE subject LIKE ? AND kind = 'ballot.cast'",
                delegations)
            .get(0);
    assertThat(original).contains("\"yes\":8");
    Database.update(tamper, original.replace("\"yes\":8", "\"yes\":9"), delegations);
    try {
      JsonObject report = SECRETARIAT.post("/api/audit/verify", "").json().asJsonObject();
      assertThat(report.getJsonArray("problems").getValuesAs(JsonObject.class))
          .anyMatch(
              p ->
                  p.getString("subject").startsWith("vote:" + vote + "/delegation:")
                      && p.getString("code").equals("audit.altered"))
          .anyMatch(
              p ->
                  p.getString("subject").equals("vote:" + vote)
                      && p.getString("code").equals("result.ballots-differ-from-audit"));

      // Whatever the trail holds, the check answers with a report, never an error.
      Database.update(tamper, "parliament=1|garbage", delegations);
      JsonObject garbage = SECRETARIAT.post("/api/audit/verify", "").json().asJsonObject();
      assertThat(garbage.getJsonArray("problems").getValuesAs(JsonObject.class))
          .anyMatch(p -> p.getString("code").equals("audit.unreadable"))
          .anyMatch(p -> p.getString("code").equals("audit.altered"));
    } finally {
      Database.update(tamper, original, delegations);
    }
    assertThat(
            SECRETARIAT
                .post("/api/audit/verify", "")
                .json()
                .asJsonObject()
                .getJsonArray("problems"))
        .isEmpty();
  }

  @Test
  void theAuditCheckFindsADelegationChainCutShortAfterTheClose() throws Exception {
    long vote = Plenary.open("Sealed", "ELECTRONIC", "SIMPLE");
    delegate(second.head())
        .post("/api/votes/" + vote + "/ballots", ballot(1, 0, 0, UUID.randomUUID().toString()));
    delegate(second.head())
        .post("/api/votes/" + vote + "/ballots", ballot(0, 1, 0, UUID.randomUUID().toString()));
    SECRETARIAT.post("/api/votes/" + vote + "/close", "");
    assertThat(
            SECRETARIAT
                .post("/api/audit/verify", "")
                .json()
                .asJsonObject()
                .getJsonArray("problems"))
        .isEmpty();

    // A careful forger removes the delegation's changed ballot and its entry and sets the chain's
    // head back: the chain itself still links; only the digest the close sealed can tell.
    try (Connection db = Database.connect();
        Statement sql = db.createStatement()) {
      String last = "subject LIKE 'vote:" + vote + "/delegation:%' AND sequence = 2";
      String chain = Database.strings("SELECT subject FROM audit_record WHERE " + last).get(0);
      long parliament = Long.parseLong(chain.substring(chain.lastIndexOf(':') + 1));
      String setHead =
          "UPDATE vote_electorate SET audit_sequence = ?, audit_head ="
              + " (SELECT hash FROM audit_record WHERE subject = ? AND sequence = ?)"
              + " WHERE vote_id = ? AND parliament_id = ?";
      sql.execute("CREATE TEMPORARY TABLE cut_entry AS SELECT * FROM audit_record WHERE " + last);
      sql.execute(
          "CREATE TEMPORARY TABLE cut_ballot AS SELECT * FROM ballot WHERE vote_id = "
              + vote
              + " AND ballot_version = 2");
      sql.execute("DELETE FROM audit_record WHERE " + last);
      sql.execute("DELETE FROM ballot WHERE vote_id = " + vote + " AND ballot_version = 2");
      Database.update(setHead, 1, chain, 1, vote, parliament);
      try {
        JsonObject report = SECRETARIAT.post("/api/audit/verify", "").json().asJsonObject();
        assertThat(report.getJsonArray("problems").getValuesAs(JsonObject.class))
            .anyMatch(
                p ->
                    p.getString("subject").equals("vote:" + vote)
                        && p.getString("code").equals("audit.seal"))
            .noneMatch(
                p ->
                    p.getString("code").startsWith("audit.")
                        && !p.getString("code").equals("audit.seal"));
      } finally {
        sql.execute("INSERT INTO audit_record SELECT * FROM cut_entry");
        sql.execute("INSERT INTO ballot SELECT * FROM cut_ballot");
        Database.update(setHead, 2, chain, 2, vote, parliament);
      }
    }
    assertThat(
            SECRETARIAT
                .post("/api/audit/verify", "")
                .json()
                .asJsonObject()
                .getJsonArray("problems"))
        .isEmpty();
  }
}

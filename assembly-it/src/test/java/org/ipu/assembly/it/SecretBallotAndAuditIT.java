package org.ipu.assembly.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipu.assembly.it.Plenary.SECRETARIAT;
import static org.ipu.assembly.it.Plenary.ballot;
import static org.ipu.assembly.it.Plenary.board;
import static org.ipu.assembly.it.Plenary.delegate;
import static org.ipu.assembly.it.Plenary.snapshot;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.Statement;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A secret vote keeps who took part and never how (checked in the database itself), and the audit
 * trail notices when a stored entry is altered.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecretBallotAndAuditIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @BeforeEach
  void delegatesArePresent() throws Exception {
    Plenary.present("delegate.fr", "delegate.fr2", "delegate.ke");
  }

  @Test
  void aSecretVoteStoresWhoTookPartButNeverWhichDelegationChoseWhat() throws Exception {
    long vote = Plenary.open("Election of the President", "SECRET", "SIMPLE");
    delegate("delegate.fr")
        .post("/api/votes/" + vote + "/ballots", ballot(17, 0, 1, UUID.randomUUID().toString()));
    delegate("delegate.ke")
        .post("/api/votes/" + vote + "/ballots", ballot(0, 9, 0, UUID.randomUUID().toString()));

    JsonObject running = snapshot(vote);
    assertThat(running.containsKey("totals")).isFalse();
    assertThat(running.getInt("delegationsVoted")).isEqualTo(2);
    assertThat(board(running, "FR").getBoolean("voted")).isTrue();
    assertThat(board(running, "FR").containsKey("yes")).isFalse();
    assertThat(
            delegate("delegate.fr")
                .post(
                    "/api/votes/" + vote + "/ballots",
                    ballot(1, 0, 0, UUID.randomUUID().toString()))
                .code())
        .isEqualTo("ballot.secret-final");

    SECRETARIAT.post("/api/votes/" + vote + "/close", "");
    JsonObject result = snapshot(vote);
    assertThat(result.getJsonObject("totals").getInt("yes")).isEqualTo(17);
    assertThat(result.getJsonObject("totals").getInt("no")).isEqualTo(9);
    assertThat(board(result, "KE").containsKey("no")).isFalse();

    assertThat(Database.count("SELECT COUNT(*) FROM ballot WHERE vote_id = ?", vote)).isZero();
    assertThat(Database.count("SELECT COUNT(*) FROM secret_participation WHERE vote_id = ?", vote))
        .isEqualTo(2);
    assertThat(Database.columns("secret_participation"))
        .noneMatch(c -> c.matches("(?i).*(yes|no_|abstain|count).*"));
    for (String entry :
        Database.strings(
            "SELECT entry FROM audit_entry WHERE vote_id = ? AND kind <> 'CLOSED'", vote)) {
      assertThat(entry).doesNotContain("yes=").doesNotContain("no=").doesNotContain("abstain=");
    }
  }

  @Test
  void theAuditCheckFindsAnAlteredBallotEntryAndRecomputesClosedVotes() throws Exception {
    long vote = Plenary.open("Audited", "ELECTRONIC", "SIMPLE");
    delegate("delegate.fr")
        .post("/api/votes/" + vote + "/ballots", ballot(8, 2, 0, UUID.randomUUID().toString()));
    SECRETARIAT.post("/api/votes/" + vote + "/close", "");
    assertThat(
            SECRETARIAT
                .post("/api/audit/verify", "")
                .json()
                .asJsonObject()
                .getJsonArray("problems"))
        .isEmpty();

    String tamper = "UPDATE audit_entry SET entry = ? WHERE vote_id = ? AND kind = 'BALLOT'";
    String original =
        Database.strings(
                "SELECT entry FROM audit_entry WHERE vote_id = ? AND kind = 'BALLOT'", vote)
            .get(0);
    Database.update(tamper, original.replace("yes=8", "yes=9"), vote);
    try {
      JsonObject report = SECRETARIAT.post("/api/audit/verify", "").json().asJsonObject();
      assertThat(report.getJsonArray("problems").getValuesAs(JsonObject.class))
          .anyMatch(
              p ->
                  p.getJsonNumber("voteId").longValue() == vote
                      && p.getString("code").equals("audit.altered"))
          .anyMatch(p -> p.getString("code").equals("result.ballots-differ-from-audit"));
    } finally {
      Database.update(tamper, original, vote);
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
    delegate("delegate.ke")
        .post("/api/votes/" + vote + "/ballots", ballot(1, 0, 0, UUID.randomUUID().toString()));
    delegate("delegate.ke")
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
      String last = "vote_id = " + vote + " AND chain <> 0 AND sequence = 2";
      sql.execute("CREATE TEMPORARY TABLE cut_entry AS SELECT * FROM audit_entry WHERE " + last);
      sql.execute(
          "CREATE TEMPORARY TABLE cut_ballot AS SELECT * FROM ballot WHERE vote_id = "
              + vote
              + " AND ballot_version = 2");
      sql.execute("DELETE FROM audit_entry WHERE " + last);
      sql.execute("DELETE FROM ballot WHERE vote_id = " + vote + " AND ballot_version = 2");
      sql.execute(
          "UPDATE vote_electorate e JOIN audit_entry a ON a.vote_id = e.vote_id AND a.chain = e.parliament_id"
              + " AND a.sequence = 1 SET e.audit_sequence = 1, e.audit_head = a.hash WHERE e.vote_id = "
              + vote);
      try {
        JsonObject report = SECRETARIAT.post("/api/audit/verify", "").json().asJsonObject();
        assertThat(report.getJsonArray("problems").getValuesAs(JsonObject.class))
            .anyMatch(
                p ->
                    p.getJsonNumber("voteId").longValue() == vote
                        && p.getString("code").equals("audit.seal"))
            .noneMatch(
                p ->
                    p.getString("code").startsWith("audit.")
                        && !p.getString("code").equals("audit.seal"));
      } finally {
        sql.execute("INSERT INTO audit_entry SELECT * FROM cut_entry");
        sql.execute("INSERT INTO ballot SELECT * FROM cut_ballot");
        sql.execute(
            "UPDATE vote_electorate e JOIN audit_entry a ON a.vote_id = e.vote_id AND a.chain = e.parliament_id"
                + " AND a.sequence = 2 SET e.audit_sequence = 2, e.audit_head = a.hash WHERE e.vote_id = "
                + vote);
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

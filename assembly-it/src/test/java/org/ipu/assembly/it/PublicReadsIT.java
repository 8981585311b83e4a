package org.ipu.assembly.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipu.assembly.it.Plenary.SECRETARIAT;
import static org.ipu.assembly.it.Plenary.ballot;
import static org.ipu.assembly.it.Plenary.delegate;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.ipu.assembly.testkit.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What anyone reads without signing in, with a long history behind it: the vote on the screens and
 * a page of results, whatever the number of votes held (300 more closed votes), never a draft's
 * subject or the reason a vote was annulled. And a closed result stays the record: annulling it is
 * refused, voiding it keeps it published, marked void with the reason, in every export and in the
 * audit trail. The class works on a delegation of its own.
 */
class PublicReadsIT extends IntegrationTest {

  private static final Api ANYONE = Api.anonymous();
  private static final int HISTORY = 300;

  private static Fixtures.Parliament delegation;
  private Api head;

  @BeforeAll
  static void aDelegationOfItsOwn() throws Exception {
    delegation = Plenary.parliament(68_400_000, 0);
  }

  @BeforeEach
  void itsHeadIsPresent() throws Exception {
    Plenary.present(delegation);
    head = delegate(delegation.head());
  }

  @Test
  void theScreensAndTheResultsReadAPageWhateverTheHistory() throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    long before = results("?size=1").getJsonNumber("total").longValue();
    try {
      history(tag);

      JsonObject first = results("");
      assertThat(first.getInt("page")).isZero();
      assertThat(first.getInt("size")).isEqualTo(20);
      assertThat(first.getJsonNumber("total").longValue()).isEqualTo(before + HISTORY);
      assertThat(first.getJsonArray("votes")).hasSize(20);
      assertThat(first.getInt("pages")).isEqualTo((int) ((before + HISTORY + 19) / 20));

      // The oldest closed votes come last: the last page of 100 ends with the history's first vote.
      JsonObject hundreds = results("?size=100&page=0");
      int pages = hundreds.getInt("pages");
      assertThat(hundreds.getJsonArray("votes")).hasSize(100);
      List<JsonObject> last =
          results("?size=100&page=" + (pages - 1))
              .getJsonArray("votes")
              .getValuesAs(JsonObject.class);
      assertThat(last.get(last.size() - 1).getString("subject")).isEqualTo("History 001 " + tag);
      long total = before + HISTORY;
      assertThat(onePage("?size=1&page=" + (total - 2)).getString("subject"))
          .isEqualTo("History 002 " + tag);
      assertThat(onePage("?size=1&page=" + (total - 3)).getString("subject"))
          .isEqualTo("History 003 " + tag);
      assertThat(
              LocalDateTime.parse(onePage("?size=1&page=" + (total - 3)).getString("closedAt"))
                  .isAfter(
                      LocalDateTime.parse(
                          onePage("?size=1&page=" + (total - 1)).getString("closedAt"))))
          .isTrue();
      assertThat(results("?size=100&page=" + pages).getJsonArray("votes")).isEmpty();

      for (String wrong : List.of("?size=101", "?size=0", "?page=-1", "?size=abc", "?page=1e3")) {
        Api.Answer refused = ANYONE.get("/api/public/votes/results" + wrong);
        assertThat(refused.status()).as(wrong).isEqualTo(400);
        assertThat(refused.code()).as(wrong).isEqualTo("results.page.invalid");
      }

      // The vote on the screens: the open one, its ballots as they come, then its result.
      Plenary.closeEveryOpenVote();
      long vote = Plenary.open("On the screens " + tag, "ELECTRONIC", "SIMPLE");
      JsonObject open = current();
      assertThat(open.getJsonNumber("voteId").longValue()).isEqualTo(vote);
      assertThat(open.getString("state")).isEqualTo("OPEN");
      assertThat(open.getJsonArray("board")).isNotEmpty();
      assertThat(head.post("/api/votes/" + vote + "/ballots", ballot(6, 2, 1, key())).status())
          .isEqualTo(201);
      assertThat(current().getJsonObject("totals").getInt("yes")).isEqualTo(6);
      assertThat(SECRETARIAT.post("/api/votes/" + vote + "/close", "").status()).isEqualTo(200);
      JsonObject closed = current();
      assertThat(closed.getString("state")).isEqualTo("CLOSED");
      assertThat(closed.getString("outcome")).isEqualTo("ADOPTED");
      assertThat(results("?size=1").getJsonArray("votes").getJsonObject(0).getString("subject"))
          .isEqualTo("On the screens " + tag);

      // A draft is not public: neither on the screens nor by its number.
      long draft = Plenary.create("Not yet public " + tag, "ELECTRONIC", "SIMPLE");
      assertThat(ANYONE.get("/api/public/votes/current").body()).doesNotContain("Not yet public");
      Api.Answer hidden = ANYONE.get("/api/public/votes/" + draft);
      assertThat(hidden.status()).isEqualTo(404);
      assertThat(hidden.body()).doesNotContain("Not yet public");
      assertThat(ANYONE.get("/api/public/votes/" + draft + "/results.json").status())
          .isEqualTo(404);

      // An annulled vote is on the screens as annulled; why is the Secretariat's.
      long annulled = Plenary.open("Annulled on the screens " + tag, "ELECTRONIC", "SIMPLE");
      String reason = "Internal: tablet firmware " + tag;
      assertThat(
              SECRETARIAT
                  .post("/api/votes/" + annulled + "/annul", "{\"reason\": \"" + reason + "\"}")
                  .status())
          .isEqualTo(201);
      Api.Answer onScreen = ANYONE.get("/api/public/votes/current");
      assertThat(onScreen.json().asJsonObject().getJsonNumber("voteId").longValue())
          .isEqualTo(annulled);
      assertThat(onScreen.json().asJsonObject().getString("state")).isEqualTo("ANNULLED");
      assertThat(onScreen.body()).doesNotContain(reason);
      assertThat(ANYONE.get("/api/public/votes/" + annulled).body()).doesNotContain(reason);
      assertThat(SECRETARIAT.get("/api/votes").body()).contains(reason);
    } finally {
      // The history was written around the votes' chains: it leaves nothing for the audit check.
      Database.update("DELETE FROM vote WHERE subject LIKE ?", "History % " + tag);
    }
  }

  @Test
  void aClosedResultIsVoidedNotAnnulledAndStaysPublishedMarkedVoid() throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    long vote = Plenary.open("The record " + tag, "ELECTRONIC", "SIMPLE");
    assertThat(head.post("/api/votes/" + vote + "/ballots", ballot(7, 3, 0, key())).status())
        .isEqualTo(201);
    assertThat(
            SECRETARIAT.post("/api/votes/" + vote + "/void", "{\"reason\": \"Too early\"}").code())
        .isEqualTo("vote.void.not-closed");
    assertThat(SECRETARIAT.post("/api/votes/" + vote + "/close", "").status()).isEqualTo(200);
    String resultBefore = resultOf(ANYONE.get("/api/public/votes/" + vote + "/results.json"));

    Api.Answer annul =
        SECRETARIAT.post("/api/votes/" + vote + "/annul", "{\"reason\": \"Clicked by mistake\"}");
    assertThat(annul.status()).isEqualTo(409);
    assertThat(annul.code()).isEqualTo("vote.closed-is-the-record");
    assertThat(resultOf(ANYONE.get("/api/public/votes/" + vote + "/results.json")))
        .isEqualTo(resultBefore);

    Api.Answer noReason = SECRETARIAT.post("/api/votes/" + vote + "/void", "{\"reason\": \" \"}");
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.code()).isEqualTo("vote.void.reason-invalid");
    assertThat(head.post("/api/votes/" + vote + "/void", "{\"reason\": \"Mine\"}").status())
        .isEqualTo(403);
    assertThat(ANYONE.post("/api/votes/" + vote + "/void", "{\"reason\": \"Anyone\"}").status())
        .isIn(401, 403);

    String reason = "Tellers found a counting error " + tag;
    Api.Answer voided =
        SECRETARIAT.post("/api/votes/" + vote + "/void", "{\"reason\": \"" + reason + "\"}");
    assertThat(voided.status()).as(voided.body()).isEqualTo(200);
    JsonObject view = voided.json().asJsonObject();
    assertThat(view.getString("state")).isEqualTo("CLOSED");
    assertThat(view.getString("voidReason")).isEqualTo(reason);
    assertThat(view.getString("voidedBy")).isEqualTo("secretariat");
    assertThat(view.getString("voidedAt")).isNotBlank();
    assertThat(SECRETARIAT.post("/api/votes/" + vote + "/void", "{\"reason\": \"Again\"}").code())
        .isEqualTo("vote.void.already-void");

    // Still published, as it was, marked void with the reason: JSON, the list, CSV, PDF.
    Api.Answer json = ANYONE.get("/api/public/votes/" + vote + "/results.json");
    assertThat(resultOf(json)).isEqualTo(resultBefore);
    assertThat(json.json().asJsonObject().getJsonObject("voided").getString("reason"))
        .isEqualTo(reason);
    JsonObject listed =
        results("?size=100").getJsonArray("votes").getValuesAs(JsonObject.class).stream()
            .filter(v -> v.getJsonNumber("id").longValue() == vote)
            .findFirst()
            .orElseThrow();
    assertThat(listed.getString("voidReason")).isEqualTo(reason);
    assertThat(listed.getInt("yes")).isEqualTo(7);
    assertThat(listed.containsKey("voidedBy") && !listed.isNull("voidedBy")).isFalse();
    String csv = ANYONE.get("/api/public/votes/" + vote + "/results.csv").body();
    assertThat(csv).contains("TOTAL").contains(",VOID,").contains(reason);
    assertThat(ANYONE.download("/api/public/votes/" + vote + "/record.pdf?lang=en").statusCode())
        .isEqualTo(200);

    // The audit trail: the closing entry, then the voiding, signed by the officer.
    assertThat(
            Database.strings(
                "SELECT CONCAT(kind, ' ', actor) FROM audit_record WHERE subject = ?"
                    + " ORDER BY sequence",
                "vote:" + vote))
        .endsWith("vote.closed secretariat", "vote.voided secretariat");
    assertThat(
            Database.strings(
                "SELECT payload FROM audit_record WHERE subject = ? AND kind = 'vote.voided'",
                "vote:" + vote))
        .singleElement()
        .asString()
        .contains(reason);
    JsonObject audit = SECRETARIAT.post("/api/audit/verify", "").json().asJsonObject();
    assertThat(audit.getJsonArray("problems").toString()).doesNotContain("vote:" + vote + "\"");
  }

  /** What a published result says: its state, totals, required and outcome. */
  private static String resultOf(Api.Answer answer) {
    JsonObject r = answer.json().asJsonObject();
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return r.getString("state")
        + " "
        + r.getJsonObject("totals")
        + " "
        + r.getInt("required")
        + " "
        + r.getString("outcome");
  }

  private static JsonObject current() throws Exception {
    Api.Answer current = ANYONE.get("/api/public/votes/current");
    assertThat(current.status()).as(current.body()).isEqualTo(200);
    return current.json().asJsonObject();
  }

  /** The one vote of a page of size 1. */
  private static JsonObject onePage(String query) throws Exception {
    return results(query).getJsonArray("votes").getJsonObject(0);
  }

  private static JsonObject results(String query) throws Exception {
    Api.Answer results = ANYONE.get("/api/public/votes/results" + query);
    assertThat(results.status()).as(results.body()).isEqualTo(200);
    return results.json().asJsonObject();
  }

  /**
   * Three hundred closed votes of the current Assembly, closed long ago (the oldest first: "History
   * 001"), written straight to the database: a history to read past.
   */
  private static void history(String tag) throws Exception {
    long session =
        Long.parseLong(
            Database.strings("SELECT id FROM assembly_session WHERE is_current = TRUE").get(0));
    LocalDateTime start = LocalDateTime.of(1990, 1, 1, 9, 0);
    try (Connection db = Database.connect();
        PreparedStatement insert =
            db.prepareStatement(
                "INSERT INTO vote (session_id, subject, method, majority_rule, state, created_at,"
                    + " opened_at, closed_at, result_yes, result_no, result_abstain,"
                    + " result_required, result_outcome, audit_head)"
                    + " VALUES (?, ?, 'ELECTRONIC', 'SIMPLE', 'CLOSED', ?, ?, ?, 10, 5, 1, 8,"
                    + " 'ADOPTED', ?)")) {
      for (int i = 1; i <= HISTORY; i++) {
        LocalDateTime opened = start.plusHours(i);
        insert.setLong(1, session);
        insert.setString(2, "History %03d %s".formatted(i, tag));
        insert.setTimestamp(3, Timestamp.valueOf(opened));
        insert.setTimestamp(4, Timestamp.valueOf(opened));
        insert.setTimestamp(5, Timestamp.valueOf(opened.plusMinutes(10)));
        insert.setString(6, "0".repeat(64));
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  private static String key() {
    return UUID.randomUUID().toString();
  }
}

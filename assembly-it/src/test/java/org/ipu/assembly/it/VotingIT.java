package org.ipu.assembly.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipu.assembly.it.Plenary.SECRETARIAT;
import static org.ipu.assembly.it.Plenary.ballot;
import static org.ipu.assembly.it.Plenary.board;
import static org.ipu.assembly.it.Plenary.delegate;
import static org.ipu.assembly.it.Plenary.snapshot;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Weighted delegation votes through the API tablets use: casting, changing, closing, annulling, who
 * may cast, idempotent replays, and ballots racing the close.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class VotingIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  private final Api france = delegate("delegate.fr");
  private final Api kenya = delegate("delegate.ke");

  @BeforeEach
  void delegatesArePresent() throws Exception {
    Plenary.present("delegate.fr", "delegate.fr2", "delegate.ke", "delegate.br");
  }

  @Test
  void aDelegationCastsChangesAndTheLastBallotCountsUntilTheClose() throws Exception {
    long vote = Plenary.open("Draft resolution on climate finance", "ELECTRONIC", "SIMPLE");

    Api.Answer first = france.post("/api/votes/" + vote + "/ballots", ballot(10, 5, 3, key()));
    Api.Answer changed = france.post("/api/votes/" + vote + "/ballots", ballot(4, 12, 0, key()));
    kenya.post("/api/votes/" + vote + "/ballots", ballot(6, 2, 1, key()));

    assertThat(first.status()).isEqualTo(201);
    JsonObject receipt = changed.json().asJsonObject();
    assertThat(receipt.getInt("ballotVersion")).isEqualTo(2);
    assertThat(receipt.getString("auditHash"))
        .hasSize(64)
        .isNotEqualTo(first.json().asJsonObject().getString("auditHash"));
    JsonObject running = snapshot(vote);
    assertThat(board(running, "FR").getInt("yes")).isEqualTo(4);
    assertThat(running.getJsonObject("totals").getInt("no")).isEqualTo(14);
    assertThat(running.getInt("delegationsVoted")).isEqualTo(2);

    Api.Answer closed = SECRETARIAT.post("/api/votes/" + vote + "/close", "");
    assertThat(closed.json().asJsonObject().getString("outcome")).isEqualTo("REJECTED");
    JsonObject result = snapshot(vote);
    assertThat(result.getJsonObject("totals").getInt("yes")).isEqualTo(10);
    assertThat(result.getInt("required")).isEqualTo(13);

    Api.Answer late = kenya.post("/api/votes/" + vote + "/ballots", ballot(1, 0, 0, key()));
    assertThat(late.status()).isEqualTo(409);
    assertThat(late.code()).isEqualTo("vote.closed");
    assertThat(SECRETARIAT.post("/api/votes/" + vote + "/open", "").code())
        .isEqualTo("vote.not-draft");
  }

  @Test
  void aBallotBeyondTheUsableVotesIsRefusedWithTheNumbers() throws Exception {
    long vote = Plenary.open("Usable votes", "ELECTRONIC", "SIMPLE");
    int usable = board(snapshot(vote), "FR").getInt("usableVotes");

    Api.Answer tooMany =
        france.post("/api/votes/" + vote + "/ballots", ballot(usable, 1, 0, key()));
    assertThat(tooMany.status()).isEqualTo(400);
    assertThat(tooMany.code()).isEqualTo("ballot.exceeds-usable-votes");
    assertThat(tooMany.message()).contains(String.valueOf(usable + 1), String.valueOf(usable));
    assertThat(france.post("/api/votes/" + vote + "/ballots", ballot(0, 0, 0, key())).code())
        .isEqualTo("ballot.empty-ballot");
    assertThat(france.post("/api/votes/" + vote + "/ballots", ballot(-1, 2, 0, key())).code())
        .isEqualTo("ballot.count.invalid");
    assertThat(
            france
                .post("/api/votes/" + vote + "/ballots", "{\"yes\": 1, \"no\": 0, \"abstain\": 0}")
                .code())
        .isEqualTo("ballot.key.invalid");
    assertThat(snapshot(vote).getInt("delegationsVoted")).isZero();
  }

  @Test
  void onlyThePresentHeadOrADesignatedDelegateCastsAndNeverForAnotherDelegation() throws Exception {
    long vote = Plenary.open("Who casts", "ELECTRONIC", "SIMPLE");
    Api secondFrench = delegate("delegate.fr2");
    Map<String, Long> ids = Plenary.accounts();

    assertThat(
            Api.as("observer", Deployments.DEMO_PASSWORD)
                .post("/api/votes/" + vote + "/ballots", ballot(1, 0, 0, key()))
                .code())
        .isEqualTo("auth.forbidden");
    assertThat(
            Api.as("focal.fr", Deployments.DEMO_PASSWORD)
                .post("/api/votes/" + vote + "/ballots", ballot(1, 0, 0, key()))
                .code())
        .isEqualTo("auth.forbidden");
    assertThat(
            france
                .post(
                    "/api/votes/"
                        + vote
                        + "/roll-call/"
                        + board(snapshot(vote), "KE").getJsonNumber("parliamentId"),
                    ballot(1, 0, 0, key()))
                .code())
        .isEqualTo("auth.forbidden");
    assertThat(france.post("/api/votes/" + vote + "/close", "").code()).isEqualTo("auth.forbidden");

    Plenary.mark("ABSENT", "delegate.br");
    try {
      assertThat(
              delegate("delegate.br")
                  .post("/api/votes/" + vote + "/ballots", ballot(1, 0, 0, key()))
                  .code())
          .isEqualTo("ballot.not-present");
    } finally {
      Plenary.present("delegate.br");
    }

    Api.Answer notDesignated =
        secondFrench.post("/api/votes/" + vote + "/ballots", ballot(1, 0, 0, key()));
    if (notDesignated.status() == 403) {
      assertThat(notDesignated.code()).isEqualTo("ballot.not-designated");
      assertThat(
              kenya
                  .post(
                      "/api/plenary/designations",
                      "{\"accountId\": " + ids.get("delegate.fr2") + "}")
                  .status())
          .isEqualTo(404);
      assertThat(
              france
                  .post(
                      "/api/plenary/designations",
                      "{\"accountId\": " + ids.get("delegate.fr2") + "}")
                  .status())
          .isEqualTo(204);
    }
    Api.Answer designated =
        secondFrench.post("/api/votes/" + vote + "/ballots", ballot(1, 0, 0, key()));
    assertThat(designated.status()).as(designated.body()).isEqualTo(201);
    assertThat(board(snapshot(vote), "FR").getInt("yes")).isEqualTo(1);
  }

  @Test
  void theSameBallotSentTwentyTimesAtOnceIsCountedOnce() throws Exception {
    long vote = Plenary.open("Double taps", "ELECTRONIC", "SIMPLE");
    String key = key();
    ExecutorService pool = Executors.newFixedThreadPool(20);
    try {
      List<Future<Api.Answer>> answers = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        answers.add(
            pool.submit(
                () -> france.post("/api/votes/" + vote + "/ballots", ballot(7, 3, 1, key))));
      }
      List<String> hashes = new ArrayList<>();
      for (Future<Api.Answer> answer : answers) {
        Api.Answer a = answer.get();
        assertThat(a.status()).as(a.body()).isIn(200, 201);
        hashes.add(a.json().asJsonObject().getString("auditHash"));
      }
      assertThat(hashes).containsOnly(hashes.get(0));
    } finally {
      pool.shutdownNow();
    }
    JsonObject running = snapshot(vote);
    assertThat(running.getJsonObject("totals").getInt("yes")).isEqualTo(7);
    assertThat(board(running, "FR").getInt("yes")).isEqualTo(7);
  }

  @Test
  void ballotsRacingTheCloseAreEitherCountedWithAReceiptOrRefused() throws Exception {
    long vote = Plenary.open("Race against the close", "ELECTRONIC", "SIMPLE");
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<Api.Answer>> answers = new ArrayList<>();
    try {
      for (int i = 0; i < 40; i++) {
        Api who = i % 2 == 0 ? france : kenya;
        int yes = 1 + i % 5;
        answers.add(
            pool.submit(
                () -> who.post("/api/votes/" + vote + "/ballots", ballot(yes, 1, 0, key()))));
        if (i == 20) {
          answers.add(
              pool.submit(
                  (Callable<Api.Answer>)
                      () -> SECRETARIAT.post("/api/votes/" + vote + "/close", "")));
        }
      }
      int closedAnswers = 0;
      Map<Long, JsonObject> lastReceipt = new java.util.HashMap<>();
      for (Future<Api.Answer> future : answers) {
        Api.Answer a = future.get();
        JsonObject body = a.json().asJsonObject();
        if (body.containsKey("outcome")) {
          continue;
        }
        if (a.status() == 201) {
          lastReceipt.merge(
              body.getJsonNumber("parliamentId").longValue(),
              body,
              (x, y) -> x.getInt("ballotVersion") > y.getInt("ballotVersion") ? x : y);
        } else {
          assertThat(a.status()).as(a.body()).isEqualTo(409);
          assertThat(a.code()).isEqualTo("vote.closed");
          closedAnswers++;
        }
      }
      assertThat(closedAnswers).isPositive();
      JsonObject result = snapshot(vote);
      int receiptsYes = lastReceipt.values().stream().mapToInt(r -> r.getInt("yes")).sum();
      int receiptsNo = lastReceipt.values().stream().mapToInt(r -> r.getInt("no")).sum();
      assertThat(result.getString("state")).isEqualTo("CLOSED");
      assertThat(result.getJsonObject("totals").getInt("yes")).isEqualTo(receiptsYes);
      assertThat(result.getJsonObject("totals").getInt("no")).isEqualTo(receiptsNo);
    } finally {
      pool.shutdownNow();
    }
    JsonObject audit = SECRETARIAT.post("/api/audit/verify", "").json().asJsonObject();
    assertThat(audit.getJsonArray("problems")).isEmpty();
  }

  @Test
  void anAnnulledVoteIsReplacedByANewDraftNeverReopened() throws Exception {
    long vote = Plenary.open("Annul me", "ELECTRONIC", "TWO_THIRDS");
    france.post("/api/votes/" + vote + "/ballots", ballot(3, 0, 0, key()));

    assertThat(SECRETARIAT.post("/api/votes/" + vote + "/annul", "{\"reason\": \"\"}").code())
        .isEqualTo("vote.annul-reason.invalid");
    Api.Answer replacement =
        SECRETARIAT.post(
            "/api/votes/" + vote + "/annul", "{\"reason\": \"The screens failed in the hall\"}");

    assertThat(replacement.status()).isEqualTo(201);
    JsonObject draft = replacement.json().asJsonObject();
    assertThat(draft.getString("state")).isEqualTo("DRAFT");
    assertThat(draft.getJsonNumber("replacesVoteId").longValue()).isEqualTo(vote);
    assertThat(snapshot(vote).getString("state")).isEqualTo("ANNULLED");
    assertThat(snapshot(vote).getString("annulReason")).isEqualTo("The screens failed in the hall");
    assertThat(france.post("/api/votes/" + vote + "/ballots", ballot(1, 0, 0, key())).code())
        .isEqualTo("vote.closed");
    assertThat(SECRETARIAT.post("/api/votes/" + vote + "/open", "").code())
        .isEqualTo("vote.not-draft");
  }

  @Test
  void inARollCallTheSecretariatEntersEachDeclaredSplit() throws Exception {
    long vote = Plenary.open("Roll call", "ROLL_CALL", "SIMPLE");
    JsonObject opened = snapshot(vote);
    assertThat(opened.getString("rollCallLetter")).matches("[A-Z]");
    long kenyaId = board(opened, "KE").getJsonNumber("parliamentId").longValue();

    assertThat(kenya.post("/api/votes/" + vote + "/ballots", ballot(1, 0, 0, key())).code())
        .isEqualTo("ballot.roll-call");
    Api.Answer entered =
        SECRETARIAT.post("/api/votes/" + vote + "/roll-call/" + kenyaId, ballot(5, 3, 2, key()));

    assertThat(entered.status()).as(entered.body()).isEqualTo(201);
    assertThat(board(snapshot(vote), "KE").getInt("no")).isEqualTo(3);
  }

  @Test
  void theResultsAreExportedAsCsvAndJsonOnceClosed() throws Exception {
    long vote = Plenary.open("Open data", "ELECTRONIC", "SIMPLE");
    kenya.post("/api/votes/" + vote + "/ballots", ballot(6, 1, 0, key()));
    assertThat(SECRETARIAT.get("/api/public/votes/" + vote + "/results.json").code())
        .isEqualTo("vote.not-closed");
    SECRETARIAT.post("/api/votes/" + vote + "/close", "");

    String csv = SECRETARIAT.get("/api/public/votes/" + vote + "/results.csv").body();
    assertThat(csv).contains(",KE,Kenya,").contains(",6,1,0").contains("TOTAL");
    assertThat(
            SECRETARIAT
                .get("/api/public/votes/" + vote + "/results.json")
                .json()
                .asJsonObject()
                .getString("outcome"))
        .isEqualTo("ADOPTED");
  }

  @Test
  void theSecretariatSeesEachDelegationsVotesAndWhy() throws Exception {
    List<JsonObject> entitlements =
        SECRETARIAT
            .get("/api/plenary/entitlements")
            .json()
            .asJsonArray()
            .getValuesAs(JsonObject.class);
    JsonObject china =
        entitlements.stream()
            .filter(e -> "CN".equals(e.getString("countryCode", null)))
            .findFirst()
            .orElseThrow();
    JsonObject france =
        entitlements.stream()
            .filter(e -> "FR".equals(e.getString("countryCode", null)))
            .findFirst()
            .orElseThrow();

    assertThat(china.getInt("entitlement")).isEqualTo(23);
    assertThat(china.getInt("populationBonus")).isEqualTo(13);
    assertThat(france.getInt("minimumVotes")).isEqualTo(10);
    assertThat(france.getInt("usableVotes"))
        .isEqualTo(Math.min(18, 10 * france.getInt("delegatesPresent")));
    assertThat(entitlements)
        .anyMatch(
            e -> e.getString("votingRight").equals("SUSPENDED") && e.getInt("entitlement") == 0);
    assertThat(france.getString("votingRight")).isEqualTo("VOTES");
    assertThat(delegate("delegate.fr").get("/api/plenary/entitlements").code())
        .isEqualTo("auth.forbidden");
  }

  private static String key() {
    return UUID.randomUUID().toString();
  }
}

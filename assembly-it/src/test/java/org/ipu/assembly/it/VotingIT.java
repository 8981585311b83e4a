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
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.ipu.assembly.testkit.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Weighted delegation votes through the API tablets use: casting, changing, closing, annulling, who
 * may cast, idempotent replays, and ballots racing the close. The class works on three delegations
 * of its own: a head and one more delegate of 68.4 million people (18 votes), a head of 56 million
 * and one of 212 million.
 */
class VotingIT extends IntegrationTest {

  private static Fixtures.Parliament first;
  private static Fixtures.Parliament second;
  private static Fixtures.Parliament third;

  private Api firstHead;
  private Api secondHead;

  @BeforeAll
  static void delegationsOfItsOwn() throws Exception {
    first = Plenary.parliament(68_400_000, 1);
    second = Plenary.parliament(56_000_000, 0);
    third = Plenary.parliament(212_000_000, 0);
  }

  @BeforeEach
  void delegatesArePresent() throws Exception {
    Plenary.present(first);
    Plenary.present(second);
    Plenary.present(third);
    firstHead = delegate(first.head());
    secondHead = delegate(second.head());
  }

  @Test
  void theSecretariatConfirmsADelegationPresentAtOnceAllOrNone() throws Exception {
    Fixtures.Parliament parliament = Plenary.parliament(12_000_000, 2);
    List<Long> ids = parliament.everyDelegate().stream().map(parliament.accountIds()::get).toList();
    String path = "/api/plenary/presence";

    assertThat(SECRETARIAT.put(path, "{\"accountIds\": [], \"state\": \"PRESENT\"}").code())
        .isEqualTo("presence.selection.empty");
    assertThat(
            SECRETARIAT.put(path, "{\"accountIds\": " + ids + ", \"state\": \"REQUESTED\"}").code())
        .isEqualTo("presence.state.invalid");
    List<Long> withAStranger = new ArrayList<>(ids);
    withAStranger.add(Long.MAX_VALUE);
    assertThat(
            SECRETARIAT
                .put(path, "{\"accountIds\": " + withAStranger + ", \"state\": \"PRESENT\"}")
                .status())
        .isEqualTo(404);
    assertThat(presentAmong(ids)).as("none marked when one cannot be").isZero();

    assertThat(
            SECRETARIAT
                .put(path, "{\"accountIds\": " + ids + ", \"state\": \"PRESENT\"}")
                .expect(200)
                .json()
                .asJsonArray())
        .hasSize(3);
    assertThat(presentAmong(ids)).isEqualTo(3);
  }

  private static long presentAmong(List<Long> accountIds) throws Exception {
    return SECRETARIAT.get("/api/plenary/presence").expect(200).json().asJsonArray().stream()
        .map(JsonObject.class::cast)
        .filter(p -> accountIds.contains(p.getJsonNumber("accountId").longValue()))
        .filter(p -> "PRESENT".equals(p.getString("state")))
        .count();
  }

  @Test
  void aDelegationCastsChangesAndTheLastBallotCountsUntilTheClose() throws Exception {
    long vote = Plenary.open("Draft resolution on climate finance", "ELECTRONIC", "SIMPLE");

    Api.Answer cast = firstHead.post("/api/votes/" + vote + "/ballots", ballot(10, 5, 3, key()));
    Api.Answer changed = firstHead.post("/api/votes/" + vote + "/ballots", ballot(4, 12, 0, key()));
    secondHead.post("/api/votes/" + vote + "/ballots", ballot(6, 2, 1, key()));

    assertThat(cast.status()).isEqualTo(201);
    JsonObject receipt = changed.json().asJsonObject();
    assertThat(receipt.getInt("ballotVersion")).isEqualTo(2);
    assertThat(receipt.getString("auditHash"))
        .hasSize(64)
        .isNotEqualTo(cast.json().asJsonObject().getString("auditHash"));
    JsonObject running = snapshot(vote);
    assertThat(board(running, first.countryCode()).getInt("yes")).isEqualTo(4);
    assertThat(running.getJsonObject("totals").getInt("no")).isEqualTo(14);
    assertThat(running.getInt("delegationsVoted")).isEqualTo(2);

    Api.Answer closed = SECRETARIAT.post("/api/votes/" + vote + "/close", "");
    assertThat(closed.json().asJsonObject().getString("outcome")).isEqualTo("REJECTED");
    JsonObject result = snapshot(vote);
    assertThat(result.getJsonObject("totals").getInt("yes")).isEqualTo(10);
    assertThat(result.getInt("required")).isEqualTo(13);

    Api.Answer late = secondHead.post("/api/votes/" + vote + "/ballots", ballot(1, 0, 0, key()));
    assertThat(late.status()).isEqualTo(409);
    assertThat(late.code()).isEqualTo("vote.closed");
    assertThat(SECRETARIAT.post("/api/votes/" + vote + "/open", "").code())
        .isEqualTo("vote.not-draft");
  }

  @Test
  void aBallotBeyondTheUsableVotesIsRefusedWithTheNumbers() throws Exception {
    long vote = Plenary.open("Usable votes", "ELECTRONIC", "SIMPLE");
    int usable = board(snapshot(vote), first.countryCode()).getInt("usableVotes");

    Api.Answer tooMany =
        firstHead.post("/api/votes/" + vote + "/ballots", ballot(usable, 1, 0, key()));
    assertThat(tooMany.status()).isEqualTo(400);
    assertThat(tooMany.code()).isEqualTo("ballot.exceeds-usable-votes");
    assertThat(tooMany.message()).contains(String.valueOf(usable + 1), String.valueOf(usable));
    assertThat(firstHead.post("/api/votes/" + vote + "/ballots", ballot(0, 0, 0, key())).code())
        .isEqualTo("ballot.empty-ballot");
    assertThat(firstHead.post("/api/votes/" + vote + "/ballots", ballot(-1, 2, 0, key())).code())
        .isEqualTo("ballot.count.invalid");
    assertThat(
            firstHead
                .post("/api/votes/" + vote + "/ballots", "{\"yes\": 1, \"no\": 0, \"abstain\": 0}")
                .code())
        .isEqualTo("ballot.key.invalid");
    assertThat(snapshot(vote).getInt("delegationsVoted")).isZero();
  }

  @Test
  void onlyThePresentHeadOrADesignatedDelegateCastsAndNeverForAnotherDelegation() throws Exception {
    long vote = Plenary.open("Who casts", "ELECTRONIC", "SIMPLE");
    Api firstOther = delegate(first.delegates().get(0));
    long firstOtherId = first.accountId(first.delegates().get(0));

    assertThat(
            Api.as("observer", Deployments.DEMO_PASSWORD)
                .post("/api/votes/" + vote + "/ballots", ballot(1, 0, 0, key()))
                .code())
        .isEqualTo("auth.forbidden");
    assertThat(
            Api.as(first.focalPoint(), Deployments.DEMO_PASSWORD)
                .post("/api/votes/" + vote + "/ballots", ballot(1, 0, 0, key()))
                .code())
        .isEqualTo("auth.forbidden");
    assertThat(
            firstHead
                .post(
                    "/api/votes/"
                        + vote
                        + "/roll-call/"
                        + board(snapshot(vote), second.countryCode()).getJsonNumber("parliamentId"),
                    ballot(1, 0, 0, key()))
                .code())
        .isEqualTo("auth.forbidden");
    assertThat(firstHead.post("/api/votes/" + vote + "/close", "").code())
        .isEqualTo("auth.forbidden");

    Plenary.mark("ABSENT", third.head());
    try {
      assertThat(
              delegate(third.head())
                  .post("/api/votes/" + vote + "/ballots", ballot(1, 0, 0, key()))
                  .code())
          .isEqualTo("ballot.not-present");
    } finally {
      Plenary.present(third);
    }

    Api.Answer notDesignated =
        firstOther.post("/api/votes/" + vote + "/ballots", ballot(1, 0, 0, key()));
    assertThat(notDesignated.status()).as(notDesignated.body()).isEqualTo(403);
    assertThat(notDesignated.code()).isEqualTo("ballot.not-designated");
    assertThat(
            secondHead
                .post("/api/plenary/designations", "{\"accountId\": " + firstOtherId + "}")
                .status())
        .isEqualTo(404);
    assertThat(
            firstHead
                .post("/api/plenary/designations", "{\"accountId\": " + firstOtherId + "}")
                .status())
        .isEqualTo(204);
    Api.Answer designated =
        firstOther.post("/api/votes/" + vote + "/ballots", ballot(1, 0, 0, key()));
    assertThat(designated.status()).as(designated.body()).isEqualTo(201);
    assertThat(board(snapshot(vote), first.countryCode()).getInt("yes")).isEqualTo(1);
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
                () -> firstHead.post("/api/votes/" + vote + "/ballots", ballot(7, 3, 1, key))));
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
    assertThat(board(running, first.countryCode()).getInt("yes")).isEqualTo(7);
  }

  @Test
  void ballotsRacingTheCloseAreEitherCountedWithAReceiptOrRefused() throws Exception {
    long vote = Plenary.open("Race against the close", "ELECTRONIC", "SIMPLE");
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<Api.Answer>> answers = new ArrayList<>();
    try {
      for (int i = 0; i < 40; i++) {
        Api who = i % 2 == 0 ? firstHead : secondHead;
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
    firstHead.post("/api/votes/" + vote + "/ballots", ballot(3, 0, 0, key()));

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
    // Why it was annulled is the Secretariat's (its console and the audit trail), not public.
    assertThat(snapshot(vote).toString()).doesNotContain("The screens failed in the hall");
    assertThat(firstHead.post("/api/votes/" + vote + "/ballots", ballot(1, 0, 0, key())).code())
        .isEqualTo("vote.closed");
    assertThat(SECRETARIAT.post("/api/votes/" + vote + "/open", "").code())
        .isEqualTo("vote.not-draft");
  }

  @Test
  void keysCompareByteForByte() throws Exception {
    long vote = Plenary.open("Keys " + key(), "ELECTRONIC", "SIMPLE");
    String key = "Key-" + key();

    Api.Answer first = firstHead.post("/api/votes/" + vote + "/ballots", ballot(1, 0, 0, key));
    Api.Answer other =
        firstHead.post(
            "/api/votes/" + vote + "/ballots", ballot(2, 0, 0, key.toLowerCase(Locale.ROOT)));
    Api.Answer poisoned =
        firstHead.post("/api/votes/" + vote + "/ballots", ballot(1, 0, 0, "k1|yes=999|no=0"));

    assertThat(first.status()).as(first.body()).isEqualTo(201);
    assertThat(other.status()).as("another key, not a replay: " + other.body()).isEqualTo(201);
    assertThat(other.json().asJsonObject().getInt("ballotVersion")).isEqualTo(2);
    assertThat(poisoned.code()).isEqualTo("ballot.key.invalid");
    SECRETARIAT.post("/api/votes/" + vote + "/close", "");
  }

  @Test
  void oneKeySentByThreeDelegationsAtOnceIsCountedOnceAndNeverFails() throws Exception {
    long vote = Plenary.open("One key " + key(), "ELECTRONIC", "SIMPLE");
    String key = key();
    List<Api> heads = List.of(firstHead, secondHead, delegate(third.head()));
    ExecutorService pool = Executors.newFixedThreadPool(12);
    try {
      List<Future<Api.Answer>> answers = new ArrayList<>();
      for (int i = 0; i < 36; i++) {
        Api head = heads.get(i % heads.size());
        answers.add(
            pool.submit(() -> head.post("/api/votes/" + vote + "/ballots", ballot(1, 0, 0, key))));
      }
      int created = 0;
      for (Future<Api.Answer> answer : answers) {
        Api.Answer a = answer.get();
        assertThat(a.status()).as(a.body()).isIn(200, 201, 409);
        if (a.status() == 409) {
          assertThat(a.code()).isIn("ballot.key.reused", "request.conflict");
        }
        created += a.status() == 201 ? 1 : 0;
      }
      assertThat(created).isEqualTo(1);
      assertThat(snapshot(vote).getInt("delegationsVoted")).isEqualTo(1);
    } finally {
      pool.shutdownNow();
      SECRETARIAT.post("/api/votes/" + vote + "/close", "");
    }
  }

  @Test
  void aClosedVotesResultIsTheRecordAndCannotBeAnnulled() throws Exception {
    long vote = Plenary.open("Closed for good", "ELECTRONIC", "SIMPLE");
    firstHead.post("/api/votes/" + vote + "/ballots", ballot(3, 0, 0, key()));
    SECRETARIAT.post("/api/votes/" + vote + "/close", "");

    Api.Answer annul =
        SECRETARIAT.post("/api/votes/" + vote + "/annul", "{\"reason\": \"Clicked by mistake\"}");

    assertThat(annul.status()).isEqualTo(409);
    assertThat(annul.code()).isEqualTo("vote.closed-is-the-record");
    assertThat(snapshot(vote).getString("state")).isEqualTo("CLOSED");
    assertThat(snapshot(vote).getJsonObject("totals").getInt("yes")).isEqualTo(3);
  }

  @Test
  void inARollCallTheSecretariatEntersEachDeclaredSplit() throws Exception {
    long vote = Plenary.open("Roll call", "ROLL_CALL", "SIMPLE");
    JsonObject opened = snapshot(vote);
    assertThat(opened.getString("rollCallLetter")).matches("[A-Z]");
    long secondId = board(opened, second.countryCode()).getJsonNumber("parliamentId").longValue();

    assertThat(secondHead.post("/api/votes/" + vote + "/ballots", ballot(1, 0, 0, key())).code())
        .isEqualTo("ballot.roll-call");
    Api.Answer entered =
        SECRETARIAT.post("/api/votes/" + vote + "/roll-call/" + secondId, ballot(5, 3, 2, key()));

    assertThat(entered.status()).as(entered.body()).isEqualTo(201);
    assertThat(board(snapshot(vote), second.countryCode()).getInt("no")).isEqualTo(3);
  }

  @Test
  void theResultsAreExportedAsCsvAndJsonOnceClosed() throws Exception {
    long vote = Plenary.open("Open data", "ELECTRONIC", "SIMPLE");
    secondHead.post("/api/votes/" + vote + "/ballots", ballot(6, 1, 0, key()));
    assertThat(SECRETARIAT.get("/api/public/votes/" + vote + "/results.json").code())
        .isEqualTo("vote.not-closed");
    SECRETARIAT.post("/api/votes/" + vote + "/close", "");

    String csv = SECRETARIAT.get("/api/public/votes/" + vote + "/results.csv").body();
    assertThat(csv.lines())
        .anyMatch(
            line ->
                line.contains("," + second.countryCode() + ",")
                    && line.contains(second.name())
                    && line.contains(",6,1,0"));
    assertThat(csv).contains("TOTAL");
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
    JsonObject own =
        entitlements.stream()
            .filter(e -> e.getJsonNumber("parliamentId").longValue() == first.id())
            .findFirst()
            .orElseThrow();

    assertThat(china.getInt("entitlement")).isEqualTo(23);
    assertThat(china.getInt("populationBonus")).isEqualTo(13);
    assertThat(own.getInt("minimumVotes")).isEqualTo(10);
    assertThat(own.getInt("entitlement")).isEqualTo(18);
    assertThat(own.getInt("delegatesPresent")).isEqualTo(2);
    assertThat(own.getInt("usableVotes")).isEqualTo(18);
    assertThat(entitlements)
        .anyMatch(
            e -> e.getString("votingRight").equals("SUSPENDED") && e.getInt("entitlement") == 0);
    assertThat(own.getString("votingRight")).isEqualTo("VOTES");
    assertThat(delegate(first.head()).get("/api/plenary/entitlements").code())
        .isEqualTo("auth.forbidden");
  }

  private static String key() {
    return UUID.randomUUID().toString();
  }
}

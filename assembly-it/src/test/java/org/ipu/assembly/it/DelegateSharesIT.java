package org.ipu.assembly.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipu.assembly.it.Plenary.SECRETARIAT;
import static org.ipu.assembly.it.Plenary.ballot;
import static org.ipu.assembly.it.Plenary.board;
import static org.ipu.assembly.it.Plenary.delegate;
import static org.ipu.assembly.it.Plenary.snapshot;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.ipu.assembly.testkit.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Splits delegate by delegate through the API: each delegate present casts their share from their
 * own tablet, the delegation's ballot is the sum, a share over the limit per delegate or shares
 * over the usable votes are refused with the reason and the numbers, the delegation's delegates see
 * who cast what. In a secret vote each delegate's share is cast once and only added to the totals:
 * who took part and the votes each used are kept, never how, and a delegation votes whole or by
 * shares, never both. The class works on two delegations of its own: 68.4 million people (18 votes)
 * with a head and two more delegates, and 56 million with a head.
 */
class DelegateSharesIT extends IntegrationTest {

  private static Fixtures.Parliament three;
  private static Fixtures.Parliament other;

  @BeforeAll
  static void delegationsOfItsOwn() throws Exception {
    three = Plenary.parliament(68_400_000, 2);
    other = Plenary.parliament(56_000_000, 0);
  }

  @BeforeEach
  void delegatesArePresent() throws Exception {
    Plenary.present(three);
    Plenary.present(other);
  }

  @Test
  void eachDelegateCastsAShareAndTheDelegationsBallotIsTheSum() throws Exception {
    long vote = Plenary.open("Shares delegate by delegate", "ELECTRONIC", "SIMPLE");
    assertThat(board(snapshot(vote), three.countryCode()).getInt("usableVotes")).isEqualTo(18);
    Api head = delegate(three.head());
    Api first = delegate(three.delegates().get(0));
    Api second = delegate(three.delegates().get(1));

    Api.Answer a = first.post(shares(vote), ballot(6, 2, 0, key()));
    assertThat(a.status()).as(a.body()).isEqualTo(201);
    assertThat(a.json().asJsonObject().getInt("yes")).isEqualTo(6);

    Api.Answer overTen = second.inLanguage("fr").post(shares(vote), ballot(8, 3, 0, key()));
    assertThat(overTen.status()).isEqualTo(400);
    assertThat(overTen.code()).isEqualTo("ballot.exceeds-per-delegate-limit");
    assertThat(overTen.message()).contains("11", "10");

    Api.Answer h = head.post(shares(vote), ballot(10, 0, 0, key()));
    assertThat(h.status()).as(h.body()).isEqualTo(201);
    JsonObject sum = h.json().asJsonObject();
    assertThat(List.of(sum.getInt("yes"), sum.getInt("no"), sum.getInt("abstain")))
        .containsExactly(16, 2, 0);
    assertThat(sum.getInt("ballotVersion")).isEqualTo(2);

    Api.Answer overUsable = second.post(shares(vote), ballot(0, 0, 1, key()));
    assertThat(overUsable.status()).isEqualTo(400);
    assertThat(overUsable.code()).isEqualTo("ballot.exceeds-usable-votes");
    assertThat(overUsable.message()).contains("19", "18");

    assertThat(first.post(shares(vote), ballot(5, 2, 0, key())).status()).isEqualTo(201);
    String secondKey = key();
    Api.Answer last = second.post(shares(vote), ballot(0, 0, 1, secondKey));
    assertThat(last.status()).as(last.body()).isEqualTo(201);
    Api.Answer replay = second.post(shares(vote), ballot(0, 0, 1, secondKey));
    assertThat(replay.status()).isEqualTo(200);
    assertThat(replay.json().asJsonObject().getInt("ballotId"))
        .isEqualTo(last.json().asJsonObject().getInt("ballotId"));
    assertThat(first.post(shares(vote), ballot(1, 0, 0, secondKey)).code())
        .isEqualTo("ballot.key.reused");

    JsonObject seen = head.get(shares(vote)).expect(200).json().asJsonObject();
    assertThat(seen.getJsonArray("shares").getValuesAs(JsonObject.class))
        .extracting(s -> s.getString("castBy") + ":" + s.getInt("yes") + "/" + s.getInt("no"))
        .containsExactly(
            three.delegates().get(0) + ":5/2",
            three.head() + ":10/0",
            three.delegates().get(1) + ":0/0");
    assertThat(List.of(seen.getInt("yes"), seen.getInt("no"), seen.getInt("abstain")))
        .containsExactly(15, 2, 1);
    JsonObject onBoard = board(snapshot(vote), three.countryCode());
    assertThat(List.of(onBoard.getInt("yes"), onBoard.getInt("no"), onBoard.getInt("abstain")))
        .containsExactly(15, 2, 1);

    JsonObject othersView =
        delegate(other.head()).get(shares(vote)).expect(200).json().asJsonObject();
    assertThat(othersView.getJsonNumber("parliamentId").longValue()).isEqualTo(other.id());
    assertThat(othersView.getJsonArray("shares")).isEmpty();

    SECRETARIAT.post("/api/votes/" + vote + "/close", "").expect(200);
    assertThat(first.post(shares(vote), ballot(1, 0, 0, key())).code()).isEqualTo("vote.closed");
    JsonObject report = SECRETARIAT.post("/api/audit/verify", "").json().asJsonObject();
    assertThat(report.getJsonArray("problems").getValuesAs(JsonObject.class))
        .noneMatch(p -> p.getString("subject").startsWith("vote:" + vote));
  }

  @Test
  void inASecretVoteEachDelegateCastsAShareOnceCountedInTheTotalsNeverStoredHow() throws Exception {
    long vote = Plenary.open("Shares in a secret vote", "SECRET", "SIMPLE");
    Api head = delegate(three.head());
    Api first = delegate(three.delegates().get(0));
    Api second = delegate(three.delegates().get(1));

    String firstKey = key();
    Api.Answer a = first.post(shares(vote), ballot(6, 2, 0, firstKey));
    assertThat(a.status()).as(a.body()).isEqualTo(201);
    JsonObject receipt = a.json().asJsonObject();
    assertThat(receipt.getInt("yes")).isEqualTo(6);
    assertThat(receipt.containsKey("ballotId")).isFalse();
    Api.Answer replay = first.post(shares(vote), ballot(6, 2, 0, firstKey));
    assertThat(replay.status()).isEqualTo(200);
    assertThat(replay.json().asJsonObject().containsKey("yes")).isFalse();
    assertThat(replay.json().asJsonObject().getInt("auditSequence"))
        .isEqualTo(receipt.getInt("auditSequence"));
    assertThat(second.post(shares(vote), ballot(1, 0, 0, firstKey)).code())
        .isEqualTo("ballot.key.reused");
    Api.Answer again = first.post(shares(vote), ballot(1, 0, 0, key()));
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.code()).isEqualTo("ballot.secret-final");

    Api.Answer overTen = second.inLanguage("fr").post(shares(vote), ballot(8, 3, 0, key()));
    assertThat(overTen.status()).isEqualTo(400);
    assertThat(overTen.code()).isEqualTo("ballot.exceeds-per-delegate-limit");
    assertThat(overTen.message()).contains("11", "10");
    assertThat(head.post(shares(vote), ballot(0, 10, 0, key())).status()).isEqualTo(201);
    Api.Answer overUsable = second.post(shares(vote), ballot(0, 0, 1, key()));
    assertThat(overUsable.status()).isEqualTo(400);
    assertThat(overUsable.code()).isEqualTo("ballot.exceeds-usable-votes");
    assertThat(overUsable.message()).contains("19", "18");
    assertThat(second.post(shares(vote), ballot(0, 0, 0, key())).code())
        .isEqualTo("ballot.empty-ballot");

    JsonObject seen = second.get(shares(vote)).expect(200).json().asJsonObject();
    assertThat(seen.getBoolean("secret")).isTrue();
    assertThat(seen.getInt("votesUsed")).isEqualTo(18);
    assertThat(seen.keySet()).doesNotContain("yes", "no", "abstain");
    List<JsonObject> cast = seen.getJsonArray("shares").getValuesAs(JsonObject.class);
    assertThat(cast)
        .extracting(s -> s.getString("castBy") + ":" + s.getInt("votesUsed"))
        .containsExactly(three.delegates().get(0) + ":8", three.head() + ":10");
    assertThat(cast).allSatisfy(s -> assertThat(s.keySet()).doesNotContain("yes", "no", "abstain"));
    assertThat(Database.columns("secret_delegate_share"))
        .doesNotContain("yes_votes", "no_votes", "abstain_votes");
    assertThat(
            Database.strings(
                "SELECT kind FROM audit_record WHERE subject = ? AND kind LIKE 'vote.secret%'",
                "vote:" + vote))
        .containsExactly("vote.secret-share", "vote.secret-share");
    JsonObject open = snapshot(vote);
    assertThat(open.getInt("delegationsVoted")).isEqualTo(1);
    assertThat(open.containsKey("totals")).isFalse();
    assertThat(board(open, three.countryCode()).getBoolean("voted")).isTrue();

    assertThat(delegate(other.head()).post(ballots(vote), ballot(3, 0, 1, key())).status())
        .isEqualTo(201);
    SECRETARIAT.post("/api/votes/" + vote + "/close", "").expect(200);
    JsonObject totals = snapshot(vote).getJsonObject("totals");
    assertThat(List.of(totals.getInt("yes"), totals.getInt("no"), totals.getInt("abstain")))
        .containsExactly(9, 12, 1);
    assertThat(snapshot(vote).getInt("delegationsVoted")).isEqualTo(2);
    assertThat(first.post(shares(vote), ballot(1, 0, 0, key())).code()).isEqualTo("vote.closed");
    JsonObject report = SECRETARIAT.post("/api/audit/verify", "").json().asJsonObject();
    assertThat(report.getJsonArray("problems").getValuesAs(JsonObject.class))
        .noneMatch(p -> p.getString("subject").startsWith("vote:" + vote));
  }

  @Test
  void inASecretVoteADelegationVotesWholeOrByShares() throws Exception {
    long vote = Plenary.open("Whole or by shares in a secret vote", "SECRET", "SIMPLE");
    assertThat(
            delegate(three.delegates().get(0)).post(shares(vote), ballot(3, 0, 0, key())).status())
        .isEqualTo(201);
    Api.Answer whole = delegate(three.head()).post(ballots(vote), ballot(5, 5, 0, key()));
    assertThat(whole.status()).isEqualTo(409);
    assertThat(whole.code()).isEqualTo("ballot.secret-shares-cast");

    Api otherHead = delegate(other.head());
    assertThat(otherHead.post(ballots(vote), ballot(2, 1, 0, key())).status()).isEqualTo(201);
    Api.Answer share = otherHead.inLanguage("es").post(shares(vote), ballot(1, 0, 0, key()));
    assertThat(share.status()).isEqualTo(409);
    assertThat(share.code()).isEqualTo("ballot.secret-whole-cast");
    assertThat(share.message()).contains("papeleta secreta entera");
    assertThat(otherHead.get(shares(vote)).expect(200).json().asJsonObject().getJsonArray("shares"))
        .isEmpty();

    SECRETARIAT.post("/api/votes/" + vote + "/close", "").expect(200);
    JsonObject totals = snapshot(vote).getJsonObject("totals");
    assertThat(List.of(totals.getInt("yes"), totals.getInt("no"), totals.getInt("abstain")))
        .containsExactly(5, 1, 0);
    JsonObject report = SECRETARIAT.post("/api/audit/verify", "").json().asJsonObject();
    assertThat(report.getJsonArray("problems").getValuesAs(JsonObject.class))
        .noneMatch(p -> p.getString("subject").startsWith("vote:" + vote));

    // A share's votes used altered in the database: the check finds it against the vote's chain.
    String tamper =
        "UPDATE secret_delegate_share SET votes_used = votes_used + ? WHERE vote_id = ?";
    Database.update(tamper, 1, vote);
    try {
      JsonObject altered = SECRETARIAT.post("/api/audit/verify", "").json().asJsonObject();
      assertThat(altered.getJsonArray("problems").getValuesAs(JsonObject.class))
          .anyMatch(
              p ->
                  p.getString("subject").equals("vote:" + vote)
                      && p.getString("code").equals("secret.shares-differ-from-audit"));
    } finally {
      Database.update(tamper, -1, vote);
    }
  }

  @Test
  void absentDelegatesCastNoShare() throws Exception {
    Plenary.mark("ABSENT", three.delegates().get(1));
    long vote = Plenary.open("Shares of delegates present only", "ELECTRONIC", "SIMPLE");
    Api.Answer absent =
        delegate(three.delegates().get(1)).post(shares(vote), ballot(3, 0, 0, key()));
    assertThat(absent.status()).isEqualTo(403);
    assertThat(absent.code()).isEqualTo("ballot.not-present");
    assertThat(delegate(three.delegates().get(1)).get(shares(vote)).status()).isEqualTo(403);
    SECRETARIAT.post("/api/votes/" + vote + "/close", "").expect(200);
  }

  private static String ballots(long vote) {
    return "/api/votes/" + vote + "/ballots";
  }

  private static String shares(long vote) {
    return "/api/votes/" + vote + "/shares";
  }

  private static String key() {
    return UUID.randomUUID().toString();
  }
}

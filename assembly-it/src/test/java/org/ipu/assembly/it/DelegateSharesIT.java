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
 * who cast what, and a secret vote takes no shares. The class works on two delegations of its own:
 * 68.4 million people (18 votes) with a head and two more delegates, and 56 million with a head.
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
  void aSecretVoteTakesNoSharesAndAbsentDelegatesCastNone() throws Exception {
    long secret = Plenary.open("Shares refused in a secret vote", "SECRET", "SIMPLE");
    Api.Answer refused =
        delegate(three.delegates().get(0)).post(shares(secret), ballot(3, 0, 0, key()));
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.code()).isEqualTo("ballot.shares-not-secret");
    SECRETARIAT.post("/api/votes/" + secret + "/close", "").expect(200);

    Plenary.mark("ABSENT", three.delegates().get(1));
    long vote = Plenary.open("Shares of delegates present only", "ELECTRONIC", "SIMPLE");
    Api.Answer absent =
        delegate(three.delegates().get(1)).post(shares(vote), ballot(3, 0, 0, key()));
    assertThat(absent.status()).isEqualTo(403);
    assertThat(absent.code()).isEqualTo("ballot.not-present");
    assertThat(delegate(three.delegates().get(1)).get(shares(vote)).status()).isEqualTo(403);
    SECRETARIAT.post("/api/votes/" + vote + "/close", "").expect(200);
  }

  private static String shares(long vote) {
    return "/api/votes/" + vote + "/shares";
  }

  private static String key() {
    return UUID.randomUUID().toString();
  }
}

package org.ipu.assembly.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipu.assembly.it.Drafts.id;
import static org.ipu.assembly.it.Plenary.SECRETARIAT;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.UUID;
import org.ipu.assembly.testkit.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * An amendment put to the committee's vote: the Secretariat sets up, after the deadline, a vote of
 * the draft's Standing Committee that decides the amendment, its subject the amendment's change in
 * words; each Member has one vote, cast by its member of the committee present or else its
 * substitute present (the head of delegation does not cast it); the vote's close records the
 * amendment adopted by the committee vote, and the text as amended follows.
 */
class CommitteeVoteIT extends IntegrationTest {

  private static final String COMMITTEE = "PEACE_AND_SECURITY";

  @Test
  void theCommitteesMembersOrSubstitutesVoteAndTheCloseRecordsTheDecision() throws Exception {
    // Each: head, delegate 1 (member of the committee), delegate 2 (substitute).
    Fixtures.Parliament first = seated(Plenary.parliament(25_000_000, 2));
    Fixtures.Parliament second = seated(Plenary.parliament(8_000_000, 2));
    Fixtures.Parliament absent = seated(Plenary.parliament(3_000_000, 2));
    Plenary.present(first);
    Plenary.present(second.head(), second.delegates().get(1));
    Plenary.present(absent.head());
    Api focal = Plenary.delegate(first.focalPoint());
    JsonObject draft = Drafts.published(COMMITTEE);
    long draftId = id(draft);
    JsonObject tabled =
        focal
            .post(
                "/api/drafts/" + draftId + "/amendments",
                Drafts.words(Drafts.paragraph(draft, 2), 4, 5, "adopter", "voter")
                    .build()
                    .toString())
            .expect(201)
            .json()
            .asJsonObject();
    long amendment = id(tabled);
    int number = tabled.getInt("number");
    String putToVote = "/api/amendments/" + amendment + "/vote";

    assertThat(SECRETARIAT.post(putToVote, "{}").code())
        .as("the committee votes in the meeting, after the deadline")
        .isEqualTo("amendment.decision.before-deadline");
    Drafts.closeDeadline(draftId);
    assertThat(focal.post(putToVote, "{}").status()).isEqualTo(403);
    assertThat(SECRETARIAT.post("/api/amendments/999999999/vote", "{}").status()).isEqualTo(404);

    JsonObject setUp = SECRETARIAT.post(putToVote, "{}").expect(201).json().asJsonObject();
    long vote = setUp.getJsonNumber("voteId").longValue();
    assertThat(setUp.getJsonNumber("amendmentId").longValue()).isEqualTo(amendment);
    assertThat(SECRETARIAT.post(putToVote, "{}").code()).isEqualTo("amendment.vote-pending");
    assertThat(
            SECRETARIAT
                .post("/api/amendments/" + amendment + "/decision", "{\"decision\":\"REJECTED\"}")
                .code())
        .as("no decision by hand while the committee's vote is pending")
        .isEqualTo("amendment.vote-pending");

    SECRETARIAT.post("/api/votes/" + vote + "/open", "").expect(200);
    JsonObject open = Plenary.snapshot(vote);
    assertThat(open.getString("subject"))
        .isEqualTo(
            "Amendment "
                + number
                + " to Parliaments and climate change, OP1: replace “adopter” with “voter”");
    assertThat(Plenary.board(open, first.countryCode()).getInt("usableVotes")).isEqualTo(1);
    assertThat(Plenary.board(open, second.countryCode()).getInt("usableVotes"))
        .as("the substitute present casts in the member's absence")
        .isEqualTo(1);
    assertThat(Plenary.board(open, absent.countryCode()).getInt("usableVotes"))
        .as("neither the member nor the substitute present: no vote")
        .isZero();

    String ballots = "/api/votes/" + vote + "/ballots";
    Api head = Plenary.delegate(first.head());
    Api member = Plenary.delegate(first.delegates().get(0));
    Api substitute = Plenary.delegate(first.delegates().get(1));
    Api.Answer byHead = head.post(ballots, Plenary.ballot(1, 0, 0, key()));
    assertThat(byHead.status()).as(byHead.body()).isEqualTo(403);
    assertThat(byHead.code()).isEqualTo("ballot.not-on-committee");
    assertThat(standing(head, vote).getJsonObject("refusal").getString("code"))
        .isEqualTo("ballot.not-on-committee");
    assertThat(substitute.post(ballots, Plenary.ballot(1, 0, 0, key())).code())
        .as("the substitute votes only in the member's absence")
        .isEqualTo("ballot.committee-member-present");
    JsonObject memberStanding = standing(member, vote);
    assertThat(memberStanding.getBoolean("caster")).isTrue();
    assertThat(memberStanding.getBoolean("committee")).isTrue();
    assertThat(memberStanding.get("refusal")).isIn(null, JsonValue.NULL);
    assertThat(member.post(ballots, Plenary.ballot(2, 0, 0, key())).code())
        .as("one vote per Member")
        .isEqualTo("ballot.exceeds-usable-votes");
    assertThat(member.post("/api/votes/" + vote + "/shares", Plenary.ballot(1, 0, 0, key())).code())
        .isEqualTo("ballot.committee-one-caster");
    member.post(ballots, Plenary.ballot(1, 0, 0, key())).expect(201);
    Plenary.delegate(second.delegates().get(1))
        .post(ballots, Plenary.ballot(1, 0, 0, key()))
        .expect(201);
    assertThat(
            Plenary.delegate(absent.delegates().get(0))
                .post(ballots, Plenary.ballot(0, 1, 0, key()))
                .status())
        .as("not present")
        .isEqualTo(403);
    SECRETARIAT.post("/api/votes/" + vote + "/close", "").expect(200);

    JsonObject closed = Plenary.snapshot(vote);
    assertThat(closed.getString("state")).isEqualTo("CLOSED");
    JsonObject decision = decision(amendment, draftId);
    assertThat(decision.getString("decision")).isEqualTo("ADOPTED");
    assertThat(decision.getString("source")).isEqualTo("COMMITTEE_VOTE");
    assertThat(decision.getString("decidedBy")).isEqualTo("vote " + vote);
    JsonObject text =
        SECRETARIAT
            .get("/api/drafts/" + draftId + "/text-as-amended?text=fr")
            .expect(200)
            .json()
            .asJsonObject();
    assertThat(text.getJsonArray("paragraphs").getJsonObject(2).getString("text"))
        .isEqualTo("Appelle les parlements à voter des lois sur les changements climatiques ;");
    assertThat(SECRETARIAT.post(putToVote, "{}").code()).isEqualTo("amendment.vote.decided");
  }

  /** The parliament with delegate 1 member of the committee and delegate 2 its substitute. */
  private static Fixtures.Parliament seated(Fixtures.Parliament parliament) throws Exception {
    Plenary.seat(parliament, parliament.delegates().get(0), COMMITTEE, "MEMBER");
    Plenary.seat(parliament, parliament.delegates().get(1), COMMITTEE, "SUBSTITUTE");
    return parliament;
  }

  private static JsonObject standing(Api delegate, long vote) throws Exception {
    return delegate.get("/api/votes/" + vote + "/standing").expect(200).json().asJsonObject();
  }

  /** The decision on the amendment as the consolidated list shows it. */
  private static JsonObject decision(long amendmentId, long draftId) throws Exception {
    return SECRETARIAT
        .get("/api/drafts/" + draftId + "/consolidated?text=fr")
        .expect(200)
        .json()
        .asJsonObject()
        .getJsonArray("paragraphs")
        .stream()
        .flatMap(p -> p.asJsonObject().getJsonArray("amendments").stream())
        .map(JsonValue::asJsonObject)
        .filter(l -> id(l.getJsonObject("amendment")) == amendmentId)
        .findFirst()
        .orElseThrow()
        .getJsonObject("decision");
  }

  private static String key() {
    return UUID.randomUUID().toString();
  }
}

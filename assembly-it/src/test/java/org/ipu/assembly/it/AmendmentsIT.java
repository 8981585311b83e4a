package org.ipu.assembly.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipu.assembly.it.Drafts.id;
import static org.ipu.assembly.it.Drafts.paragraph;
import static org.ipu.assembly.it.Drafts.version;
import static org.ipu.assembly.it.Drafts.words;
import static org.ipu.assembly.it.Plenary.SECRETARIAT;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.ipu.assembly.testkit.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * Draft resolutions and amendments through the API: the Secretariat creates a draft from pasted
 * text, corrects and publishes it; a focal point tables, edits and withdraws its parliament's
 * amendments, refused with the reason when they do not apply; co-sponsors confirm through their own
 * focal point; the deadline is kept by the server, the Secretariat's late amendment flagged and
 * audited; a correction of the base text marks the amendments it touches for review; conflicts,
 * identical amendments and the voting order. Each test has its own draft and parliaments.
 */
class AmendmentsIT extends IntegrationTest {

  @Test
  void theSecretariatPreparesADraftAndAFocalPointTablesEditsAndWithdrawsAmendments()
      throws Exception {
    Fixtures.Parliament france = Plenary.parliament(40_000_000, 0);
    Api focal = Plenary.delegate(france.focalPoint());
    JsonObject draft =
        Drafts.created("SUSTAINABLE_DEVELOPMENT", Instant.now().plus(2, ChronoUnit.DAYS));
    long draftId = id(draft);
    assertThat(draft.getString("state")).isEqualTo("DRAFT");
    assertThat(draft.getJsonArray("paragraphs")).hasSize(7);
    assertThat(
            draft.getJsonArray("paragraphs").stream()
                .map(p -> p.asJsonObject().getString("citation")))
        .containsExactly("PP1", "PP2", "OP1", "OP2", "OP2(a)", "OP2(b)", "OP3");
    assertThat(paragraph(draft, 4).getString("fr")).isEqualTo("de faire rapport chaque année ;");
    assertThat(focal.get("/api/drafts/" + draftId).code())
        .as("an unpublished draft is the Secretariat's")
        .isEqualTo("draft.not-found");

    JsonObject op1 = paragraph(draft, 2);
    JsonObject corrected =
        SECRETARIAT
            .put(
                "/api/drafts/" + draftId + "/paragraphs/" + id(op1),
                Json.createObjectBuilder()
                    .add("version", version(op1))
                    .add("kind", "OPERATIVE")
                    .add("en", "Calls on all parliaments to adopt laws on climate change;")
                    .add("fr", op1.getString("fr"))
                    .build()
                    .toString())
            .expect(200)
            .json()
            .asJsonObject();
    assertThat(paragraph(corrected, 2).getInt("revisionEn")).isEqualTo(2);
    assertThat(paragraph(corrected, 2).getInt("revisionFr")).isEqualTo(1);
    assertThat(focal.post("/api/drafts/" + draftId + "/publication", "{\"version\": 0}").status())
        .isEqualTo(403);
    JsonObject published =
        SECRETARIAT
            .post(
                "/api/drafts/" + draftId + "/publication",
                "{\"version\": " + version(corrected) + "}")
            .expect(200)
            .json()
            .asJsonObject();
    assertThat(published.getString("state")).isEqualTo("PUBLISHED");

    String amendments = "/api/drafts/" + draftId + "/amendments";
    JsonObject paragraph = paragraph(focal.get("/api/drafts/" + draftId).json().asJsonObject(), 2);
    JsonObject tabled =
        focal
            .post(
                amendments,
                words(paragraph, 4, 5, "adopter", "voter <b>vite</b>").build().toString())
            .expect(201)
            .json()
            .asJsonObject();
    assertThat(tabled.getInt("number")).isEqualTo(1);
    assertThat(tabled.getJsonObject("sponsor").getJsonNumber("id").longValue())
        .isEqualTo(france.id());
    assertThat(tabled.getString("text")).as("text, never markup").isEqualTo("voter <b>vite</b>");
    assertThat(
            tabled.getJsonArray("trackedChange").stream()
                .map(s -> s.asJsonObject().getString("kind")))
        .containsExactly("KEPT", "DELETED", "INSERTED", "KEPT");
    assertThat(tabled.containsKey("tabledBy") && !tabled.isNull("tabledBy"))
        .as("who typed it is the Secretariat's to know")
        .isFalse();

    assertThat(
            focal.post(amendments, words(paragraph, 4, 5, "voter", "x").build().toString()).code())
        .isEqualTo("amendment.words-differ");
    assertThat(
            focal.post(amendments, words(paragraph, 11, 13, "; x", "y").build().toString()).code())
        .isEqualTo("amendment.range-outside");
    assertThat(
            focal
                .post(amendments, words(paragraph, 4, 5, "adopter", "adopter").build().toString())
                .code())
        .isEqualTo("amendment.no-change");
    assertThat(focal.post(amendments, words(paragraph, 4, 4, "", " ").build().toString()).code())
        .isEqualTo("amendment.no-change");
    assertThat(
            focal
                .post(
                    amendments,
                    words(paragraph, 4, 5, "adopter", "x").add("revision", 7).build().toString())
                .code())
        .isEqualTo("amendment.paragraph-outdated");
    assertThat(
            focal
                .post(amendments, words(paragraph, 4, 5, "adopter", "a\u202Eb").build().toString())
                .code())
        .isEqualTo("amendment.text.not-plain");
    assertThat(
            focal
                .post(
                    amendments,
                    words(paragraph, 4, 5, "adopter", "x".repeat(70_000)).build().toString())
                .status())
        .as("a megabyte of text never reaches the amendments")
        .isEqualTo(413);
    assertThat(
            focal
                .post(
                    amendments,
                    words(paragraph, 4, 5, "adopter", "x".repeat(4_001)).build().toString())
                .code())
        .isEqualTo("amendment.text.too-long");
    assertThat(focal.get(amendments).json().asJsonObject().getJsonArray("amendments"))
        .as("nothing half-saved")
        .hasSize(1);

    String own = "/api/amendments/" + id(tabled);
    JsonObject edited =
        focal
            .put(
                own,
                words(paragraph, 4, 5, "adopter", "voter")
                    .add("version", version(tabled))
                    .build()
                    .toString())
            .expect(200)
            .json()
            .asJsonObject();
    assertThat(edited.getString("text")).isEqualTo("voter");
    assertThat(
            focal
                .put(
                    own,
                    words(paragraph, 4, 5, "adopter", "promulguer")
                        .add("version", version(tabled))
                        .build()
                        .toString())
                .code())
        .isEqualTo("amendment.changed-meanwhile");

    Fixtures.Parliament other = Plenary.parliament(3_000_000, 0);
    Api stranger = Plenary.delegate(other.focalPoint());
    assertThat(
            stranger
                .put(
                    own,
                    words(paragraph, 4, 5, "adopter", "x")
                        .add("version", version(edited))
                        .build()
                        .toString())
                .code())
        .as("a parliament changes only its own amendments")
        .isEqualTo("auth.other-parliament");
    assertThat(
            stranger
                .post(
                    "/api/amendments/" + id(tabled) + "/withdrawal",
                    "{\"version\": " + version(edited) + "}")
                .code())
        .isEqualTo("auth.other-parliament");
    assertThat(
            stranger
                .post(
                    amendments,
                    words(paragraph, 0, 1, "Appelle", "Invite")
                        .add("sponsor", france.id())
                        .build()
                        .toString())
                .code())
        .as("nor tables in another's name")
        .isEqualTo("auth.other-parliament");
    assertThat(Plenary.delegate(france.head()).post(amendments, "{}").code())
        .as("a delegate its focal point did not authorise")
        .isEqualTo("amendment.delegate-not-authorised");

    JsonObject withdrawn =
        focal
            .post(own + "/withdrawal", "{\"version\": " + version(edited) + "}")
            .expect(200)
            .json()
            .asJsonObject();
    assertThat(withdrawn.getString("state")).isEqualTo("WITHDRAWN");
    assertThat(
            focal
                .get("/api/drafts/" + draftId + "/consolidated")
                .json()
                .asJsonObject()
                .getInt("amendments"))
        .isZero();
  }

  @Test
  void coSponsorsConfirmEachThroughTheirOwnFocalPoint() throws Exception {
    Fixtures.Parliament sponsor = Plenary.parliament(20_000_000, 0);
    Fixtures.Parliament kenya = Plenary.parliament(50_000_000, 0);
    Fixtures.Parliament japan = Plenary.parliament(120_000_000, 0);
    JsonObject draft = Drafts.published("PEACE_AND_SECURITY");
    JsonObject tabled =
        Plenary.delegate(sponsor.focalPoint())
            .post(
                "/api/drafts/" + id(draft) + "/amendments",
                words(paragraph(draft, 6), 0, 1, "Décide", "Décide enfin")
                    .add("coSponsors", Drafts.ids(List.of(kenya.id(), japan.id(), sponsor.id())))
                    .build()
                    .toString())
            .expect(201)
            .json()
            .asJsonObject();
    assertThat(tabled.getJsonArray("coSponsors"))
        .as("the sponsor is not its own co-sponsor")
        .hasSize(2);
    String confirm = "/api/amendments/" + id(tabled) + "/co-sponsors/";

    assertThat(
            Plenary.delegate(japan.focalPoint())
                .post(confirm + kenya.id() + "/confirmation", "")
                .code())
        .isEqualTo("auth.other-parliament");
    assertThat(
            Plenary.delegate(sponsor.focalPoint())
                .post(confirm + kenya.id() + "/confirmation", "")
                .code())
        .isEqualTo("auth.other-parliament");
    assertThat(SECRETARIAT.post(confirm + kenya.id() + "/confirmation", "").status())
        .as("only the parliament's own focal point confirms")
        .isEqualTo(403);
    JsonObject confirmed =
        Plenary.delegate(kenya.focalPoint())
            .post(confirm + kenya.id() + "/confirmation", "")
            .expect(200)
            .json()
            .asJsonObject();
    assertThat(
            confirmed.getJsonArray("coSponsors").stream()
                .map(c -> c.asJsonObject().getBoolean("confirmed")))
        .containsExactly(true, false);
    JsonObject declined =
        Plenary.delegate(japan.focalPoint())
            .send("DELETE", confirm + japan.id(), "application/json", "")
            .expect(200)
            .json()
            .asJsonObject();
    assertThat(declined.getJsonArray("coSponsors")).hasSize(1);
    assertThat(
            Plenary.delegate(japan.focalPoint())
                .post(confirm + japan.id() + "/confirmation", "")
                .code())
        .isEqualTo("amendment.co-sponsor.not-named");
  }

  @Test
  void afterTheDeadlineOnlyTheSecretariatEntersAmendmentsMarkedLateAndAudited() throws Exception {
    Fixtures.Parliament sponsor = Plenary.parliament(8_000_000, 0);
    Fixtures.Parliament kenya = Plenary.parliament(50_000_000, 0);
    Api focal = Plenary.delegate(sponsor.focalPoint());
    JsonObject draft = Drafts.published("DEMOCRACY_AND_HUMAN_RIGHTS");
    String amendments = "/api/drafts/" + id(draft) + "/amendments";
    JsonObject paragraph = paragraph(draft, 0);
    JsonObject tabled =
        focal
            .post(
                amendments,
                words(paragraph, 0, 1, "Rappelant", "Réaffirmant")
                    .add("coSponsors", Drafts.ids(List.of(kenya.id())))
                    .build()
                    .toString())
            .expect(201)
            .json()
            .asJsonObject();

    JsonObject closed =
        SECRETARIAT
            .put(
                "/api/drafts/" + id(draft),
                Json.createObjectBuilder()
                    .add("version", version(draft))
                    .add("titleEn", "Parliaments and climate change")
                    .add("titleFr", "Les parlements et les changements climatiques")
                    .add("coRapporteurs", "A and B")
                    .add("deadline", Instant.now().minusSeconds(60).toString())
                    .add("timeZone", "Asia/Tokyo")
                    .build()
                    .toString())
            .expect(200)
            .json()
            .asJsonObject();
    assertThat(closed.getBoolean("open")).isFalse();
    assertThat(closed.getString("deadlineLocal")).endsWith("+09:00");

    assertThat(
            focal.post(amendments, words(paragraph, 1, 2, "la", "une").build().toString()).code())
        .isEqualTo("amendment.deadline-passed");
    assertThat(
            focal
                .put(
                    "/api/amendments/" + id(tabled),
                    words(paragraph, 0, 1, "Rappelant", "Soulignant")
                        .add("version", version(tabled))
                        .build()
                        .toString())
                .code())
        .isEqualTo("amendment.deadline-passed");
    assertThat(
            focal
                .post(
                    "/api/amendments/" + id(tabled) + "/withdrawal",
                    "{\"version\": " + version(tabled) + "}")
                .code())
        .isEqualTo("amendment.deadline-passed");
    assertThat(
            Plenary.delegate(kenya.focalPoint())
                .post(
                    "/api/amendments/"
                        + id(tabled)
                        + "/co-sponsors/"
                        + kenya.id()
                        + "/confirmation",
                    "")
                .code())
        .as("the list of co-sponsors froze at the deadline")
        .isEqualTo("amendment.deadline-passed");

    JsonObject late =
        SECRETARIAT
            .post(
                amendments,
                words(paragraph, 1, 2, "la", "une").add("sponsor", sponsor.id()).build().toString())
            .expect(201)
            .json()
            .asJsonObject();
    assertThat(late.getBoolean("late")).isTrue();
    assertThat(tabled.getBoolean("late")).isFalse();
    assertThat(late.getString("tabledBy")).isEqualTo("secretariat");
    assertThat(
            Database.strings(
                "SELECT kind FROM audit_record WHERE subject = ? ORDER BY sequence",
                "draft:" + id(draft)))
        .containsExactly(
            "draft.created",
            "draft.changed",
            "amendment.changed",
            "draft.changed",
            "amendment.late");
  }

  @Test
  void correctingTheBaseTextCarriesUntouchedAmendmentsAndMarksTouchedOnesForReview()
      throws Exception {
    Fixtures.Parliament sponsor = Plenary.parliament(11_000_000, 0);
    Api focal = Plenary.delegate(sponsor.focalPoint());
    JsonObject draft = Drafts.published("UNITED_NATIONS_AFFAIRS");
    String amendments = "/api/drafts/" + id(draft) + "/amendments";
    JsonObject op1 = paragraph(draft, 2);
    JsonObject touched =
        focal
            .post(amendments, words(op1, 4, 5, "adopter", "voter").build().toString())
            .expect(201)
            .json()
            .asJsonObject();
    JsonObject untouched =
        focal
            .post(
                amendments,
                words(op1, 9, 11, "changements climatiques", "dérèglements du climat")
                    .build()
                    .toString())
            .expect(201)
            .json()
            .asJsonObject();

    JsonObject corrected =
        SECRETARIAT
            .put(
                "/api/drafts/" + id(draft) + "/paragraphs/" + id(op1),
                Json.createObjectBuilder()
                    .add("version", version(op1))
                    .add("kind", "OPERATIVE")
                    .add("en", op1.getString("en"))
                    .add(
                        "fr",
                        "Appelle tous les parlements à élaborer des lois sur les changements"
                            + " climatiques ;")
                    .build()
                    .toString())
            .expect(200)
            .json()
            .asJsonObject();
    assertThat(corrected.getInt("edition")).isEqualTo(2);

    JsonObject review = focal.get("/api/amendments/" + id(touched)).json().asJsonObject();
    assertThat(review.getBoolean("needsReview")).isTrue();
    assertThat(review.getString("original")).as("never moved by guess").isEqualTo("adopter");
    assertThat(
            review.getJsonArray("correction").stream()
                .map(
                    s ->
                        s.asJsonObject().getString("kind")
                            + ":"
                            + s.asJsonObject().getString("text")))
        .contains("INSERTED:tous", "DELETED:adopter", "INSERTED:élaborer");
    JsonObject carried = focal.get("/api/amendments/" + id(untouched)).json().asJsonObject();
    assertThat(carried.getBoolean("needsReview")).isFalse();
    assertThat(carried.getInt("revision")).isEqualTo(2);
    assertThat(carried.getInt("from")).isEqualTo(10);
    assertThat(carried.getString("original")).isEqualTo("changements climatiques");

    JsonObject op1Now = paragraph(corrected, 2);
    assertThat(
            focal
                .put(
                    "/api/amendments/" + id(touched),
                    words(op1, 4, 5, "adopter", "voter")
                        .add("version", version(review))
                        .build()
                        .toString())
                .code())
        .as("a rewrite on the old text does not apply")
        .isEqualTo("amendment.paragraph-outdated");
    JsonObject rewritten =
        focal
            .put(
                "/api/amendments/" + id(touched),
                words(op1Now, 5, 6, "élaborer", "voter")
                    .add("version", version(review))
                    .build()
                    .toString())
            .expect(200)
            .json()
            .asJsonObject();
    assertThat(rewritten.getBoolean("needsReview")).isFalse();

    JsonObject list =
        focal.get("/api/drafts/" + id(draft) + "/consolidated?text=fr").json().asJsonObject();
    JsonObject listed = list.getJsonArray("paragraphs").getJsonObject(2);
    assertThat(listed.getString("text")).startsWith("Appelle tous les parlements");
    assertThat(listed.getJsonArray("amendments")).hasSize(2);
  }

  @Test
  void theConsolidatedListMarksConflictsGroupsIdenticalAmendmentsAndProposesAVotingOrder()
      throws Exception {
    Fixtures.Parliament a = Plenary.parliament(9_000_000, 0);
    Fixtures.Parliament b = Plenary.parliament(12_000_000, 0);
    JsonObject draft = Drafts.published("SUSTAINABLE_DEVELOPMENT");
    String amendments = "/api/drafts/" + id(draft) + "/amendments";
    JsonObject op1 = paragraph(draft, 2);
    Api first = Plenary.delegate(a.focalPoint());
    Api second = Plenary.delegate(b.focalPoint());
    int small =
        first
            .post(amendments, words(op1, 10, 11, "climatiques", "du climat").build().toString())
            .expect(201)
            .json()
            .asJsonObject()
            .getInt("number");
    int large =
        second
            .post(
                amendments,
                words(
                        op1,
                        7,
                        12,
                        "sur les changements climatiques ;",
                        "pour atteindre la neutralité carbone d’ici à 2050 ;")
                    .build()
                    .toString())
            .expect(201)
            .json()
            .asJsonObject()
            .getInt("number");
    int same =
        second
            .post(amendments, words(op1, 10, 11, "climatiques", "du climat").build().toString())
            .expect(201)
            .json()
            .asJsonObject()
            .getInt("number");
    int elsewhere =
        first
            .post(amendments, words(op1, 0, 1, "Appelle", "Invite").build().toString())
            .expect(201)
            .json()
            .asJsonObject()
            .getInt("number");

    JsonObject list = first.get("/api/drafts/" + id(draft) + "/consolidated").json().asJsonObject();
    assertThat(list.getJsonArray("votingOrder").stream().map(n -> Integer.valueOf(n.toString())))
        .as("document order; furthest from the original first; identical together")
        .containsExactly(elsewhere, large, small, same);
    JsonObject listedSmall =
        list.getJsonArray("paragraphs").getJsonObject(2).getJsonArray("amendments").stream()
            .map(v -> v.asJsonObject())
            .filter(v -> v.getJsonObject("amendment").getInt("number") == small)
            .findFirst()
            .orElseThrow();
    assertThat(listedSmall.getJsonArray("conflicts").getInt(0)).isEqualTo(large);
    assertThat(listedSmall.getJsonArray("identical").getInt(0)).isEqualTo(same);

    String order = "/api/drafts/" + id(draft) + "/voting-order";
    String chosen =
        "{\"version\": "
            + version(list.getJsonObject("draft"))
            + ", \"order\": ["
            + small
            + ", "
            + same
            + ", "
            + large
            + ", "
            + elsewhere
            + "]}";
    assertThat(first.put(order, chosen).status()).as("the presiding officer's").isEqualTo(403);
    assertThat(
            SECRETARIAT
                .put(
                    order,
                    "{\"version\": "
                        + version(list.getJsonObject("draft"))
                        + ", \"order\": ["
                        + small
                        + "]}")
                .code())
        .isEqualTo("amendment.voting-order.incomplete");
    JsonObject reordered = SECRETARIAT.put(order, chosen).expect(200).json().asJsonObject();
    assertThat(reordered.getBoolean("votingOrderChosen")).isTrue();
    assertThat(
            reordered.getJsonArray("votingOrder").stream().map(n -> Integer.valueOf(n.toString())))
        .containsExactly(small, same, large, elsewhere);

    var pdf = first.download("/api/drafts/" + id(draft) + "/consolidated.pdf?lang=ar");
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1))
        .isEqualTo("%PDF-");
  }

  @Test
  void theDemoHasADraftFromEachCommitteeAndTwentyAmendmentsToOne() throws Exception {
    List<JsonObject> drafts =
        SECRETARIAT.get("/api/drafts").json().asJsonObject().getJsonArray("drafts").stream()
            .map(d -> d.asJsonObject())
            .filter(d -> d.getString("coRapporteurs").contains("("))
            .filter(d -> !d.getString("coRapporteurs").startsWith("Ms. A. Rapporteur"))
            .toList();
    assertThat(drafts.stream().map(d -> d.getString("committee")))
        .contains(
            "PEACE_AND_SECURITY",
            "SUSTAINABLE_DEVELOPMENT",
            "DEMOCRACY_AND_HUMAN_RIGHTS",
            "UNITED_NATIONS_AFFAIRS");
    JsonObject development =
        drafts.stream()
            .filter(
                d ->
                    d.getString("titleEn")
                        .equals("Parliamentary action for a just energy transition"))
            .findFirst()
            .orElseThrow();
    assertThat(development.getBoolean("open")).isFalse();
    JsonObject list =
        Plenary.delegate("focal.fr")
            .get("/api/drafts/" + id(development) + "/consolidated")
            .expect(200)
            .json()
            .asJsonObject();
    assertThat(list.getInt("amendments")).isEqualTo(20);
    List<JsonObject> listed =
        list.getJsonArray("paragraphs").stream()
            .flatMap(p -> p.asJsonObject().getJsonArray("amendments").stream())
            .map(a -> a.asJsonObject())
            .toList();
    assertThat(listed.stream().filter(a -> !a.getJsonArray("conflicts").isEmpty()).count())
        .isGreaterThanOrEqualTo(2);
    assertThat(listed.stream().filter(a -> !a.getJsonArray("identical").isEmpty()).count())
        .isEqualTo(2);
    assertThat(listed.stream().filter(a -> a.getJsonObject("amendment").getBoolean("late")).count())
        .isEqualTo(1);
    assertThat(
            listed.stream()
                .filter(a -> !a.getJsonObject("amendment").getJsonArray("coSponsors").isEmpty())
                .count())
        .isGreaterThanOrEqualTo(5);
  }

  @Test
  void aDelegateTablesAmendmentsOnlyWhileItsFocalPointAuthorisesIt() throws Exception {
    Fixtures.Parliament parliament = Plenary.parliament(15_000_000, 1);
    Fixtures.Parliament other = Plenary.parliament(16_000_000, 0);
    Api focal = Plenary.delegate(parliament.focalPoint());
    Api head = Plenary.delegate(parliament.head());
    JsonObject draft = Drafts.published("SUSTAINABLE_DEVELOPMENT");
    String amendments = "/api/drafts/" + id(draft) + "/amendments";
    String proposal = words(paragraph(draft, 6), 0, 1, "Décide", "Décide aussi").build().toString();
    assertThat(head.post(amendments, proposal).code())
        .isEqualTo("amendment.delegate-not-authorised");

    String delegates = "/api/amendments/delegates/" + parliament.id();
    long headId = parliament.accountId(parliament.head());
    JsonObject listed = focal.get(delegates).expect(200).json().asJsonObject();
    assertThat(
            listed.getJsonArray("delegates").stream()
                .map(d -> d.asJsonObject().getString("username")))
        .containsAll(parliament.everyDelegate());
    assertThat(
            Plenary.delegate(other.focalPoint())
                .put(delegates + "/" + headId, "{\"authorised\": true}")
                .code())
        .isEqualTo("auth.other-parliament");
    assertThat(head.put(delegates + "/" + headId, "{\"authorised\": true}").status())
        .as("a delegate does not authorise itself")
        .isEqualTo(403);
    JsonObject granted =
        focal
            .put(delegates + "/" + headId, "{\"authorised\": true}")
            .expect(200)
            .json()
            .asJsonObject();
    assertThat(
            granted.getJsonArray("delegates").stream()
                .map(d -> d.asJsonObject())
                .filter(d -> d.getJsonNumber("accountId").longValue() == headId)
                .findFirst()
                .orElseThrow()
                .getBoolean("authorised"))
        .isTrue();

    JsonObject tabled = head.post(amendments, proposal).expect(201).json().asJsonObject();
    assertThat(tabled.getJsonObject("sponsor").getJsonNumber("id").longValue())
        .isEqualTo(parliament.id());
    JsonObject changed =
        head.put(
                "/api/amendments/" + id(tabled),
                words(paragraph(draft, 6), 0, 1, "Décide", "Décide enfin")
                    .add("version", Drafts.version(tabled))
                    .build()
                    .toString())
            .expect(200)
            .json()
            .asJsonObject();
    assertThat(changed.getString("text")).isEqualTo("Décide enfin");

    focal.put(delegates + "/" + headId, "{\"authorised\": false}").expect(200);
    assertThat(
            head.post(
                    "/api/amendments/" + id(tabled) + "/withdrawal",
                    "{\"version\": " + Drafts.version(changed) + "}")
                .code())
        .as("the authorisation taken back")
        .isEqualTo("amendment.delegate-not-authorised");
  }
}

package org.ipu.assembly.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipu.assembly.it.Deployments.DEMO_PASSWORD;
import static org.ipu.assembly.it.Drafts.id;
import static org.ipu.assembly.it.Drafts.version;
import static org.ipu.assembly.it.Plenary.SECRETARIAT;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.ipu.assembly.testkit.AkomaNtosoSchema;
import org.ipu.assembly.testkit.Fixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * From the text as amended to the adopted resolution: the committee adopts its text only after the
 * deadline, once every amendment tabled has a decision, and once; the plenary's adoption by
 * consensus is recorded on the version read, once; the adopted resolution is public (no sign-in) in
 * English and French with the record of every amendment, as a page and as Akoma Ntoso; before the
 * plenary, nobody but the Secretariat reads it. The plenary's vote on the text is an ordinary
 * weighted vote of the live-voting engine whose close records the resolution adopted or rejected.
 */
class ResolutionAdoptionIT extends IntegrationTest {

  @Test
  void theCommitteeAdoptsItsTextAndThePlenaryByConsensusThenEveryoneReadsIt() throws Exception {
    Fixtures.Parliament france = Plenary.parliament(31_000_000, 0);
    Api focal = Plenary.delegate(france.focalPoint());
    JsonObject draft = Drafts.published("SUSTAINABLE_DEVELOPMENT");
    long draftId = id(draft);
    JsonObject op1 = Drafts.paragraph(draft, 2);
    int number =
        focal
            .post(
                "/api/drafts/" + draftId + "/amendments",
                Drafts.words(op1, 4, 5, "adopter", "voter").build().toString())
            .expect(201)
            .json()
            .asJsonObject()
            .getInt("number");
    String committee = Json.createObjectBuilder().add("draftId", draftId).build().toString();

    assertThat(SECRETARIAT.post("/api/resolutions", committee).code())
        .isEqualTo("resolution.before-deadline");
    Drafts.closeDeadline(draftId);
    Api.Answer undecided = SECRETARIAT.post("/api/resolutions", committee);
    assertThat(undecided.code()).isEqualTo("resolution.amendments-undecided");
    assertThat(undecided.message()).contains("Amendments " + number + " await a decision");
    assertThat(focal.post("/api/resolutions", committee).status()).isEqualTo(403);
    assertThat(SECRETARIAT.post("/api/resolutions", "{}").code())
        .isEqualTo("resolution.draft.missing");

    long amendment =
        focal
            .get("/api/drafts/" + draftId + "/amendments")
            .expect(200)
            .json()
            .asJsonObject()
            .getJsonArray("amendments")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    SECRETARIAT
        .post("/api/amendments/" + amendment + "/decision", "{\"decision\":\"ADOPTED\"}")
        .expect(200);

    JsonObject adopted =
        SECRETARIAT.post("/api/resolutions", committee).expect(201).json().asJsonObject();
    long resolution = id(adopted);
    assertThat(adopted.getString("state")).isEqualTo("COMMITTEE_TEXT");
    assertThat(adopted.getJsonArray("languages").toString()).isEqualTo("[\"en\",\"fr\"]");
    assertThat(SECRETARIAT.post("/api/resolutions", committee).code())
        .isEqualTo("resolution.committee-text.exists");
    String publicPath = "/api/public/resolutions/" + resolution;
    assertThat(Api.anonymous().get(publicPath).code())
        .as("not public before the plenary")
        .isEqualTo("resolution.not-found");
    assertThat(focal.get("/api/resolutions/" + resolution).status()).isEqualTo(404);
    JsonObject french =
        SECRETARIAT
            .get("/api/resolutions/" + resolution + "?lang=fr")
            .expect(200)
            .json()
            .asJsonObject();
    assertThat(french.getJsonArray("paragraphs").getJsonObject(2).getString("text"))
        .isEqualTo("Appelle les parlements à voter des lois sur les changements climatiques ;");

    String adoption = "/api/resolutions/" + resolution + "/adoption";
    assertThat(SECRETARIAT.post(adoption, "{}").code()).isEqualTo("resolution.version.missing");
    assertThat(SECRETARIAT.post(adoption, "{\"version\":" + (version(adopted) + 1) + "}").code())
        .isEqualTo("resolution.changed-meanwhile");
    assertThat(focal.post(adoption, "{\"version\":" + version(adopted) + "}").status())
        .isEqualTo(403);
    JsonObject decided =
        SECRETARIAT
            .post(adoption, "{\"version\":" + version(adopted) + "}")
            .expect(200)
            .json()
            .asJsonObject();
    assertThat(decided.getString("state")).isEqualTo("ADOPTED");
    assertThat(decided.getString("how")).isEqualTo("CONSENSUS");
    assertThat(SECRETARIAT.post(adoption, "{\"version\":" + version(decided) + "}").code())
        .isEqualTo("resolution.decided");

    JsonObject published =
        Api.anonymous().get(publicPath + "?lang=fr").expect(200).json().asJsonObject();
    assertThat(published.getString("title"))
        .isEqualTo("Les parlements et les changements climatiques");
    assertThat(published.getJsonArray("amendments").getJsonObject(0).getString("decision"))
        .isEqualTo("ADOPTED");
    assertThat(published.getJsonArray("amendments").getJsonObject(0).getInt("number"))
        .isEqualTo(number);
    assertThat(published.toString()).doesNotContain("secretariat");
    assertThat(
            Api.anonymous()
                .get("/api/public/resolutions?lang=en")
                .expect(200)
                .json()
                .asJsonObject()
                .getJsonArray("resolutions")
                .stream()
                .map(r -> r.asJsonObject().getJsonNumber("id").longValue())
                .toList())
        .contains(resolution);
    assertThat(Api.anonymous().get(publicPath + "?lang=de").code())
        .isEqualTo("resolution.language.invalid");

    HttpResponse<byte[]> akn = Api.anonymous().download(publicPath + "/akn.xml?lang=fr");
    assertThat(akn.statusCode()).isEqualTo(200);
    AkomaNtosoSchema.validate(akn.body());
    assertThat(new String(akn.body(), StandardCharsets.UTF_8))
        .contains("<statement name=\"resolution\"")
        .contains("<FRBRlanguage language=\"fra\"/>")
        .contains("à voter des lois");
    assertThat(Api.anonymous().download(publicPath + "/akn.xml?lang=fr").body())
        .as("the same resolution, the same bytes")
        .isEqualTo(akn.body());

    HttpResponse<byte[]> pdf = Api.anonymous().download(publicPath + "/resolution.pdf?lang=fr");
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/pdf");
    assertThat(Pdf.text(pdf.body()))
        .contains(
            "Les parlements et les changements climatiques",
            "Adoptée par la plénière par consensus",
            "Appelle les parlements à voter des lois",
            "Les amendements et les décisions de la commission",
            "Adopté");

    assertThat(
            Database.strings(
                "SELECT kind FROM audit_record WHERE subject = ? AND kind = ? ORDER BY sequence",
                "draft:" + draftId,
                "resolution.decided"))
        .as("the committee's text and the plenary's adoption are on the draft's audit chain")
        .hasSize(2);
  }

  @Test
  void thePlenaryVotesOnTheCommitteesTextAndItsCloseRecordsTheResolution() throws Exception {
    Fixtures.Parliament voter = Plenary.presentParliament(32_000_000, 1);
    Fixtures.Parliament against = Plenary.presentParliament(12_000_000, 0);
    JsonObject adopted = committeeText("UNITED_NATIONS_AFFAIRS");
    long resolution = id(adopted);
    String base = "/api/resolutions/" + resolution;
    String read = "{\"version\":" + version(adopted) + "}";

    JsonObject setUp = SECRETARIAT.post(base + "/vote", read).expect(201).json().asJsonObject();
    long vote = setUp.getJsonNumber("voteId").longValue();
    assertThat(SECRETARIAT.post(base + "/vote", read).code()).isEqualTo("resolution.vote-pending");
    assertThat(SECRETARIAT.post(base + "/adoption", read).code())
        .as("no consensus while the plenary's vote is pending")
        .isEqualTo("resolution.vote-pending");
    SECRETARIAT.post("/api/votes/" + vote + "/open", "").expect(200);
    assertThat(Plenary.snapshot(vote).getString("subject"))
        .isEqualTo("Adoption of the resolution: Parliaments and climate change");
    int yes = usable(vote, voter);
    int abstain = usable(vote, against) - 1;
    Plenary.delegate(voter.head())
        .post("/api/votes/" + vote + "/ballots", Plenary.ballot(yes, 0, 0, key()))
        .expect(201);
    Plenary.delegate(against.head())
        .post("/api/votes/" + vote + "/ballots", Plenary.ballot(0, 1, abstain, key()))
        .expect(201);
    SECRETARIAT.post("/api/votes/" + vote + "/close", "").expect(200);

    JsonObject decided = SECRETARIAT.get(base).expect(200).json().asJsonObject();
    assertThat(decided.getString("state")).isEqualTo("ADOPTED");
    assertThat(decided.getString("how")).isEqualTo("VOTE");
    assertThat(decided.getJsonNumber("voteId").longValue()).isEqualTo(vote);
    assertThat(List.of(decided.getInt("yes"), decided.getInt("no"), decided.getInt("abstain")))
        .containsExactly(yes, 1, abstain);
    assertThat(Api.anonymous().get("/api/public/resolutions/" + resolution).status())
        .isEqualTo(200);
    assertThat(SECRETARIAT.post(base + "/vote", "{\"version\":" + version(decided) + "}").code())
        .isEqualTo("resolution.decided");
  }

  @Test
  void theSecretariatPutsTheTextToThePlenarysVoteFromItsPage() throws Exception {
    long resolution = id(committeeText("PEACE_AND_SECURITY"));
    try (Browser secretariat = Browser.open()) {
      secretariat.signIn("secretariat", DEMO_PASSWORD).waitFor(By.id("home-secretariat"));
      secretariat.go("/resolutions/view.xhtml?id=" + resolution + "&lang=en");
      secretariat.waitForText(By.id("resolution-status"), "awaits the plenary’s decision");
      secretariat.driver().findElement(By.id("resolution:vote")).click();
      secretariat.waitForText(
          By.id("messages"), "The vote on the text is set up: open it on the voting console.");
      secretariat.waitForText(By.id("vote-pending"), "its close records the decision");
      assertThat(secretariat.driver().findElements(By.id("resolution:adopt"))).isEmpty();
      Accessibility.check(secretariat);
    }
    assertThat(
            SECRETARIAT.get("/api/votes").json().asJsonArray().stream()
                .map(v -> v.asJsonObject())
                .filter(v -> "DRAFT".equals(v.getString("state")))
                .map(v -> v.getString("subject"))
                .toList())
        .contains("Adoption of the resolution: Parliaments and climate change");
  }

  private static int usable(long vote, Fixtures.Parliament parliament) throws Exception {
    return Plenary.board(Plenary.snapshot(vote), parliament.countryCode()).getInt("usableVotes");
  }

  private static String key() {
    return UUID.randomUUID().toString();
  }

  /** The committee's text of a new draft without amendments, its deadline passed. */
  private static JsonObject committeeText(String committee) throws Exception {
    long draftId = id(Drafts.published(committee));
    Drafts.closeDeadline(draftId);
    return SECRETARIAT
        .post("/api/resolutions", "{\"draftId\":" + draftId + "}")
        .expect(201)
        .json()
        .asJsonObject();
  }

  @Test
  void theSecretariatTakesTheTextToThePlenaryFromItsPagesAndAVisitorReadsIt() throws Exception {
    JsonObject draft = Drafts.published("DEMOCRACY_AND_HUMAN_RIGHTS");
    long draftId = id(draft);
    Drafts.closeDeadline(draftId);
    try (Browser secretariat = Browser.open();
        Browser visitor = Browser.open()) {
      secretariat.signIn("secretariat", DEMO_PASSWORD).waitFor(By.id("home-secretariat"));
      secretariat.go("/amendments/text.xhtml?draft=" + draftId + "&text=en&lang=en");
      secretariat.waitForText(By.id("clean"), "Calls on parliaments to adopt laws");
      Accessibility.check(secretariat);
      secretariat.driver().findElement(By.id("text:committee-adopts")).click();
      secretariat.waitForText(By.id("resolution-status"), "awaits the plenary’s decision");
      secretariat.waitForText(By.id("content"), "Text adopted by the committee on");
      Accessibility.check(secretariat);
      String resolution =
          secretariat.driver().getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");

      visitor.go("/resolutions/view.xhtml?id=" + resolution + "&lang=en");
      visitor.waitForText(By.id("error-message"), "This page does not exist.");

      secretariat.driver().findElement(By.id("resolution:adopt")).click();
      secretariat.waitFor(By.id("resolution:confirm-yes")).click();
      secretariat.waitForText(
          By.id("messages"), "The resolution is adopted by consensus and published.");
      secretariat.waitForText(By.id("resolution-status"), "Adopted by the plenary by consensus");
      assertThat(secretariat.driver().findElements(By.id("resolution:adopt"))).isEmpty();

      visitor.go("/resolutions/view.xhtml?id=" + resolution + "&lang=fr");
      visitor.waitForText(By.id("resolution-status"), "Adoptée par la plénière par consensus");
      visitor.waitForText(By.id("resolution-text"), "3. Décide de rester saisie de la question.");
      visitor.waitForText(By.id("content"), "Aucun amendement n’a été déposé au projet.");
      Accessibility.checkAnalysed(visitor, "fr");
      visitor.go("/resolutions/index.xhtml?lang=ar");
      visitor.waitForText(By.id("resolution-" + resolution), "Parliaments and climate change");
      assertThat(visitor.driver().findElement(By.tagName("html")).getAttribute("dir"))
          .isEqualTo("rtl");
      Accessibility.checkAnalysed(visitor, "ar");
    }
  }
}

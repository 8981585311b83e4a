package org.ipu.assembly.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipu.assembly.it.Plenary.SECRETARIAT;
import static org.ipu.assembly.it.Plenary.delegate;

import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.ipu.assembly.testkit.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.FluentWait;

/**
 * The selection of the emergency item (Assembly Rule 11.2) through the API: requests set up and
 * merged (11.2(c)), voted in one roll call with a split per request, each request's tally and
 * two-thirds eligibility, the request added (or a tie reported), refusals with their reasons, the
 * audit verification with the selection recomputed, and the results as CSV and JSON. The class
 * works on three delegations of its own: 68.4 million people (18 votes, two delegates), 56 million
 * (17 votes, two delegates) and 56 million with its head alone (10 usable votes).
 */
class EmergencyItemIT extends IntegrationTest {

  private static Fixtures.Parliament big;
  private static Fixtures.Parliament mid;
  private static Fixtures.Parliament small;

  @BeforeAll
  static void delegationsOfItsOwn() throws Exception {
    big = Plenary.parliament(68_400_000, 1);
    mid = Plenary.parliament(56_000_000, 1);
    small = Plenary.parliament(56_000_000, 0);
  }

  @BeforeEach
  void delegatesArePresent() throws Exception {
    Plenary.present(big);
    Plenary.present(mid);
    Plenary.present(small);
  }

  @Test
  void threeRequestsOneOfThemMergedAreVotedInOneRollCallAndTheMostYesEligibleIsAdded()
      throws Exception {
    long id =
        create(
            "ELECTRONIC",
            "Floods in the Sahel|Niger",
            "The humanitarian crisis in the region|France",
            "The crisis in the region|Belgium",
            "Refugees of the crisis|Senegal");
    JsonObject merged =
        SECRETARIAT
            .post(path(id, "merge"), "{\"requests\": [\"D\", \"C\"]}")
            .expect(200)
            .json()
            .asJsonObject();
    assertThat(labels(merged)).containsExactly("A", "B", "C+D");
    JsonObject cd = merged.getJsonArray("requests").getJsonObject(2);
    assertThat(cd.getString("title")).isEqualTo("The crisis in the region");
    assertThat(cd.getString("sponsors")).isEqualTo("Belgium; Senegal");
    assertThat(cd.getJsonArray("merged").getValuesAs(JsonObject.class))
        .extracting(m -> m.getString("label") + " " + m.getString("title"))
        .containsExactly("C The crisis in the region", "D Refugees of the crisis");

    JsonObject opened = SECRETARIAT.post(path(id, "open"), "").expect(200).json().asJsonObject();
    assertThat(opened.getString("state")).isEqualTo("OPEN");
    Map<String, Long> votes = votes(opened);
    assertThat(votes).containsOnlyKeys("A", "B", "C+D");
    for (long vote : votes.values()) {
      JsonObject snapshot = Plenary.snapshot(vote);
      assertThat(snapshot.getString("majorityRule")).isEqualTo("TWO_THIRDS");
      assertThat(snapshot.getString("state")).isEqualTo("OPEN");
      assertThat(snapshot.getJsonObject("emergency").getJsonNumber("selectionId").longValue())
          .isEqualTo(id);
    }
    // A request's vote opens, closes and is annulled with its selection only.
    Api.Answer alone = SECRETARIAT.post("/api/votes/" + votes.get("A") + "/close", "");
    assertThat(alone.status()).isEqualTo(409);
    assertThat(alone.code()).isEqualTo("vote.in-emergency-selection");

    Api.Answer first =
        delegate(big.head())
            .post(
                path(id, "ballots"),
                ballot(key(), split("A", 12, 6, 0), split("B", 18, 0, 0), split("C+D", 14, 4, 0)));
    assertThat(first.status()).as(first.body()).isEqualTo(201);
    JsonObject receipt = first.json().asJsonObject();
    assertThat(receipt.getBoolean("replay")).isFalse();
    assertThat(receipt.getJsonArray("requests").getValuesAs(JsonObject.class))
        .extracting(
            r ->
                r.getString("request")
                    + ":"
                    + r.getJsonObject("receipt").getJsonNumber("voteId").longValue()
                    + ":"
                    + r.getJsonObject("receipt").getInt("yes"))
        .containsExactly(
            "A:" + votes.get("A") + ":12",
            "B:" + votes.get("B") + ":18",
            "C+D:" + votes.get("C+D") + ":14");
    assertThat(
            receipt
                .getJsonArray("requests")
                .getJsonObject(0)
                .getJsonObject("receipt")
                .getString("auditHash"))
        .hasSize(64);

    String midKey = key();
    String midBallot =
        ballot(midKey, split("A", 12, 4, 1), split("B", 9, 8, 0), split("C+D", 15, 2, 0));
    assertThat(delegate(mid.head()).post(path(id, "ballots"), midBallot).status()).isEqualTo(201);
    Api.Answer replay = delegate(mid.head()).post(path(id, "ballots"), midBallot);
    assertThat(replay.status()).as(replay.body()).isEqualTo(200);
    assertThat(replay.json().asJsonObject().getBoolean("replay")).isTrue();
    Api.Answer changed =
        delegate(mid.head())
            .post(path(id, "ballots"), ballot(midKey, split("A", 12, 4, 1), split("B", 9, 7, 0)));
    assertThat(changed.status()).isEqualTo(409);
    assertThat(changed.code()).isEqualTo("ballot.key.reused");

    // Refused, with the reason and the request it concerns; nothing of that ballot is counted.
    Api.Answer over =
        delegate(small.head())
            .inLanguage("fr")
            .post(path(id, "ballots"), ballot(key(), split("A", 11, 0, 0), split("B", 0, 10, 0)));
    assertThat(over.status()).isEqualTo(400);
    assertThat(over.code()).isEqualTo("ballot.exceeds-usable-votes");
    JsonObject field = over.json().asJsonObject().getJsonArray("fields").getJsonObject(0);
    assertThat(field.getString("field")).isEqualTo("requests.A");
    assertThat(field.getString("code")).isEqualTo("ballot.exceeds-usable-votes");
    assertThat(field.getString("message")).contains("11", "10");
    assertThat(Plenary.snapshot(votes.get("B")).getInt("delegationsVoted")).isEqualTo(2);
    Api smallHead = delegate(small.head());
    assertThat(smallHead.post(path(id, "ballots"), ballot(key(), split("E", 1, 0, 0))).code())
        .isEqualTo("emergency.request.unknown");
    assertThat(
            smallHead
                .post(path(id, "ballots"), ballot(key(), split("A", 1, 0, 0), split("A", 2, 0, 0)))
                .code())
        .isEqualTo("emergency.request.duplicate");
    assertThat(smallHead.post(path(id, "ballots"), ballot(key())).code())
        .isEqualTo("emergency.ballot.empty");
    Api.Answer share =
        delegate(mid.delegates().get(0))
            .post(path(id, "shares"), ballot(key(), split("A", 11, 0, 0)));
    assertThat(share.code()).isEqualTo("ballot.exceeds-per-delegate-limit");
    assertThat(
            share.json().asJsonObject().getJsonArray("fields").getJsonObject(0).getString("field"))
        .isEqualTo("requests.A");
    assertThat(
            delegate(mid.delegates().get(0))
                .post(path(id, "ballots"), ballot(key(), split("A", 1, 0, 0)))
                .code())
        .isEqualTo("ballot.not-designated");

    assertThat(
            smallHead
                .post(
                    path(id, "ballots"), ballot(key(), split("A", 10, 0, 0), split("B", 0, 10, 0)))
                .status())
        .isEqualTo(201);

    // The running tally of every request, as the screens show it.
    JsonObject running =
        Api.anonymous()
            .get("/api/public/emergency-selections/" + id)
            .expect(200)
            .json()
            .asJsonObject();
    assertThat(tally(running, "A")).isEqualTo("34/10/1 needs 30");
    assertThat(tally(running, "B")).isEqualTo("27/18/0 needs 30");
    assertThat(tally(running, "C+D")).isEqualTo("29/6/0 needs 24");
    assertThat(running.containsKey("outcome")).isFalse();
    // No record before the close; none of a selection that does not exist.
    Api.Answer early = Api.anonymous().get(publicPath(id, "record.pdf"));
    assertThat(early.status()).isEqualTo(409);
    assertThat(early.code()).isEqualTo("emergency.not-closed");
    Api.Answer unknown = Api.anonymous().get(publicPath(Long.MAX_VALUE, "record.pdf"));
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.code()).isEqualTo("emergency.not-found");

    JsonObject closed = SECRETARIAT.post(path(id, "close"), "").expect(200).json().asJsonObject();
    assertThat(closed.getString("state")).isEqualTo("CLOSED");
    assertThat(closed.getString("outcome")).isEqualTo("ADDED");
    assertThat(closed.getString("added")).isEqualTo("A");
    assertThat(closed.getJsonArray("leadingRequests").getString(0)).isEqualTo("A");
    assertThat(
            closed.getJsonArray("requests").getValuesAs(JsonObject.class).stream()
                .map(r -> r.getString("label") + ":" + r.getBoolean("eligible"))
                .toList())
        .containsExactly("A:true", "B:false", "C+D:true");
    for (long vote : votes.values()) {
      assertThat(Plenary.snapshot(vote).getString("state")).isEqualTo("CLOSED");
    }
    assertThat(Plenary.snapshot(votes.get("B")).getString("outcome")).isEqualTo("REJECTED");
    Api.Answer late = smallHead.post(path(id, "ballots"), ballot(key(), split("B", 1, 0, 0)));
    assertThat(late.status()).isEqualTo(409);
    assertThat(late.code()).isEqualTo("vote.closed");

    assertThat(kinds("emergency-selection:" + id))
        .containsExactly(
            "emergency.created", "emergency.merged", "emergency.opened", "emergency.closed");
    assertThat(kinds("vote:" + votes.get("A")))
        .containsExactly("vote.created", "vote.emergency-request", "vote.opened", "vote.closed");
    JsonObject report = SECRETARIAT.post("/api/audit/verify", "").json().asJsonObject();
    assertThat(report.getJsonArray("problems").getValuesAs(JsonObject.class))
        .noneMatch(p -> p.getString("subject").equals("emergency-selection:" + id))
        .noneMatch(
            p ->
                votes.values().stream()
                    .anyMatch(v -> p.getString("subject").startsWith("vote:" + v)));
    assertThat(report.getJsonObject("recomputed").getInt("emergencySelections")).isPositive();

    // The results as open data.
    JsonObject json =
        Api.anonymous()
            .get("/api/public/emergency-selections/" + id + "/results.json")
            .expect(200)
            .json()
            .asJsonObject();
    assertThat(json.getString("added")).isEqualTo("A");
    assertThat(
            json.getJsonArray("requests")
                .getJsonObject(0)
                .getJsonObject("vote")
                .getJsonArray("board"))
        .isNotEmpty();
    Api.Answer csv = Api.anonymous().get("/api/public/emergency-selections/" + id + "/results.csv");
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.contentType()).startsWith("text/csv");
    List<CSVRecord> rows = CSVFormat.RFC4180.parse(new StringReader(csv.body())).getRecords();
    assertThat(rows.get(0).get(1)).isEqualTo("request");
    assertThat(
            rows.stream()
                .filter(r -> r.get(4).equals("TOTAL"))
                .map(
                    r ->
                        r.get(1) + " " + r.get(7) + "/" + r.get(8) + " " + r.get(10) + " "
                            + r.get(11) + " " + r.get(12))
                .toList())
        .containsExactly("A 34/10 44 30 true", "B 27/18 45 30 false", "C+D 29/6 35 24 true");
    assertThat(
            rows.stream()
                .filter(r -> r.get(1).equals("A") && r.get(4).equals(small.countryCode()))
                .map(r -> r.get(7) + "/" + r.get(8) + "/" + r.get(9))
                .toList())
        .containsExactly("10/0/0");
    CSVRecord last = rows.get(rows.size() - 1);
    assertThat(List.of(last.get(4), last.get(13), last.get(14)))
        .containsExactly("SELECTION", "ADDED", "A");

    // The record as PDF: the requests as tabled, each one's arithmetic, the one added, the roll.
    HttpResponse<byte[]> record = Api.anonymous().download(publicPath(id, "record.pdf?lang=en"));
    assertThat(record.statusCode()).isEqualTo(200);
    assertThat(record.headers().firstValue("Content-Type")).hasValue("application/pdf");
    String text = Pdf.text(record.body());
    assertThat(text)
        .contains("Record of the selection of the emergency item")
        .contains("Selection no. " + id)
        .contains("Floods in the Sahel", "Sponsors: Niger")
        .contains("C+D The crisis in the region", "merged: C, D", "D Refugees of the crisis")
        .contains("A 34 10 1 44 30 eligible")
        .contains("B 27 18 0 45 30 not eligible")
        .contains("C+D 29 6 0 35 24 eligible")
        .contains("A: 34 yes of 44 cast, two-thirds needed 30, eligible")
        .contains("B: 27 yes of 45 cast, two-thirds needed 30, not eligible")
        .contains("C+D: 29 yes of 35 cast, two-thirds needed 24, eligible")
        .contains("A is added, most yes votes among the eligible")
        .contains("Request A: Floods in the Sahel")
        .contains(country(small) + " 10 10 0 0");
    HttpResponse<byte[]> french = Api.anonymous().download(publicPath(id, "record.pdf?lang=fr"));
    assertThat(french.headers().firstValue("Content-Language")).hasValue("fr");
    assertThat(Pdf.text(french.body()))
        .contains("Procès-verbal de la sélection du point d’urgence")
        .contains("A est inscrite, le plus de voix pour parmi les demandes retenues");
  }

  private static String country(Fixtures.Parliament parliament) {
    return new java.util.Locale("", parliament.countryCode())
        .getDisplayCountry(java.util.Locale.ENGLISH);
  }

  private static String publicPath(long id, String what) {
    return "/api/public/emergency-selections/" + id + "/" + what;
  }

  @Test
  void aTimedSelectionClosesByItselfOnceAndReportsATieAmongTheEligible() throws Exception {
    long id = create("ELECTRONIC", "Floods in the Sahel|Niger", "The crisis in the region|");
    JsonObject opened =
        SECRETARIAT
            .post(path(id, "open-timed"), "{\"seconds\": 5}")
            .expect(200)
            .json()
            .asJsonObject();
    LocalDateTime closesAt = LocalDateTime.parse(opened.getString("closesAt"));
    Map<String, Long> votes = votes(opened);
    for (long vote : votes.values()) {
      assertThat(LocalDateTime.parse(Plenary.snapshot(vote).getString("closesAt")))
          .isEqualTo(closesAt);
    }
    assertThat(
            delegate(big.head())
                .post(
                    path(id, "ballots"), ballot(key(), split("A", 18, 0, 0), split("B", 18, 0, 0)))
                .status())
        .isEqualTo(201);
    // The ordinary ballot path of a request's vote still counts: abstentions, not cast.
    Api.Answer direct =
        delegate(mid.head())
            .post("/api/votes/" + votes.get("B") + "/ballots", Plenary.ballot(0, 0, 5, key()));
    assertThat(direct.status()).as(direct.body()).isEqualTo(201);

    JsonObject closed =
        new FluentWait<>(id)
            .withTimeout(Duration.ofSeconds(40))
            .pollingEvery(Duration.ofMillis(250))
            .withMessage("the selection did not close by itself")
            .until(EmergencyItemIT::ifClosed);
    assertThat(closed.getString("outcome")).isEqualTo("TIE");
    assertThat(closed.getJsonArray("leadingRequests").getValuesAs(jakarta.json.JsonString.class))
        .extracting(jakarta.json.JsonString::getString)
        .containsExactly("A", "B");
    assertThat(closed.containsKey("added")).isFalse();
    assertThat(tally(closed, "B")).isEqualTo("18/0/5 needs 12");
    assertThat(kinds("emergency-selection:" + id))
        .containsExactly(
            "emergency.created",
            "emergency.opened",
            "emergency.timed",
            "emergency.time-up",
            "emergency.closed");
    assertThat(
            Database.strings(
                "SELECT actor FROM audit_record WHERE subject = ? AND kind = 'emergency.closed'",
                "emergency-selection:" + id))
        .containsExactly("system");
    for (long vote : votes.values()) {
      assertThat(kinds("vote:" + vote))
          .containsExactly(
              "vote.created",
              "vote.emergency-request",
              "vote.opened",
              "vote.timed",
              "vote.time-up",
              "vote.closed");
    }
    JsonObject report = SECRETARIAT.post("/api/audit/verify", "").json().asJsonObject();
    assertThat(report.getJsonArray("problems").getValuesAs(JsonObject.class))
        .noneMatch(p -> p.getString("subject").equals("emergency-selection:" + id));
  }

  @Test
  void theSecretariatSetsUpMergesExtendsAndAnnulsAndEveryRefusalSaysWhy() throws Exception {
    Api inFrench = Api.as("secretariat", Deployments.DEMO_PASSWORD).inLanguage("fr");
    Map<String, String> refused = new java.util.LinkedHashMap<>();
    refused.put(
        "{\"subject\": \" \", \"requests\": [{\"title\": \"A\"}]}", "emergency.subject.invalid");
    refused.put(
        "{\"subject\": \"S\", \"method\": \"SECRET\", \"requests\": [{\"title\": \"A\"}]}",
        "emergency.method.invalid");
    refused.put("{\"subject\": \"S\", \"requests\": []}", "emergency.requests.invalid");
    refused.put(
        "{\"subject\": \"S\", \"requests\": ["
            + String.join(",", java.util.Collections.nCopies(27, "{\"title\": \"T\"}"))
            + "]}",
        "emergency.requests.invalid");
    refused.put(
        "{\"subject\": \"S\", \"requests\": [{\"title\": \"T\"}, {\"title\": \" \"}]}",
        "emergency.request.title.invalid");
    for (Map.Entry<String, String> body : refused.entrySet()) {
      Api.Answer answer = inFrench.post("/api/emergency-selections", body.getKey());
      assertThat(answer.status()).as(body.getKey()).isEqualTo(400);
      assertThat(answer.code()).as(body.getKey()).isEqualTo(body.getValue());
    }
    assertThat(
            inFrench
                .post(
                    "/api/emergency-selections",
                    "{\"subject\": \"S\", \"requests\": [{\"title\": \"T\"}, {\"title\": \" \"}]}")
                .message())
        .contains("demande B");
    assertThat(
            delegate(big.head())
                .post(
                    "/api/emergency-selections",
                    "{\"subject\": \"S\", \"requests\": [{\"title\": \"T\"}]}")
                .status())
        .isEqualTo(403);

    long id = create("ROLL_CALL", "Floods|Niger", "Crisis|France", "The crisis|Belgium");
    assertThat(SECRETARIAT.post(path(id, "merge"), "{\"requests\": [\"A\"]}").code())
        .isEqualTo("emergency.merge.too-few");
    assertThat(SECRETARIAT.post(path(id, "merge"), "{\"requests\": [\"A\", \"Z\"]}").code())
        .isEqualTo("emergency.request.unknown");
    assertThat(
            labels(
                SECRETARIAT
                    .post(
                        path(id, "merge"),
                        "{\"requests\": [\"B\", \"C\"], \"title\": \"The crisis in the region\"}")
                    .expect(200)
                    .json()
                    .asJsonObject()))
        .containsExactly("A", "B+C");
    assertThat(
            delegate(big.head())
                .post(path(id, "ballots"), ballot(key(), split("A", 1, 0, 0)))
                .code())
        .isEqualTo("emergency.not-open");

    JsonObject opened =
        SECRETARIAT
            .post(path(id, "open-timed"), "{\"seconds\": 600}")
            .expect(200)
            .json()
            .asJsonObject();
    assertThat(opened.getString("rollCallLetter")).matches("[A-Z]");
    Map<String, Long> votes = votes(opened);
    for (long vote : votes.values()) {
      assertThat(Plenary.snapshot(vote).getString("rollCallLetter"))
          .isEqualTo(opened.getString("rollCallLetter"));
    }
    assertThat(SECRETARIAT.post(path(id, "open"), "").code()).isEqualTo("emergency.not-draft");
    assertThat(SECRETARIAT.post(path(id, "merge"), "{\"requests\": [\"A\", \"B+C\"]}").code())
        .isEqualTo("emergency.not-draft");
    assertThat(
            SECRETARIAT
                .post("/api/votes/" + votes.get("A") + "/annul", "{\"reason\": \"r\"}")
                .code())
        .isEqualTo("vote.in-emergency-selection");

    // A roll call: the Secretariat enters each delegation's declared split.
    assertThat(
            delegate(big.head())
                .post(path(id, "ballots"), ballot(key(), split("A", 1, 0, 0)))
                .code())
        .isEqualTo("ballot.roll-call");
    String entryKey = key();
    String entry = ballot(entryKey, split("A", 10, 8, 0), split("B+C", 18, 0, 0));
    Api.Answer declared = SECRETARIAT.post(path(id, "roll-call/" + big.id()), entry);
    assertThat(declared.status()).as(declared.body()).isEqualTo(201);
    assertThat(SECRETARIAT.post(path(id, "roll-call/" + big.id()), entry).status()).isEqualTo(200);
    assertThat(tally(selectionNow(id), "B+C")).isEqualTo("18/0/0 needs 12");

    JsonObject extended =
        SECRETARIAT.post(path(id, "extend"), "{\"seconds\": 60}").expect(200).json().asJsonObject();
    assertThat(LocalDateTime.parse(extended.getString("closesAt")))
        .isEqualTo(LocalDateTime.parse(opened.getString("closesAt")).plusSeconds(60));
    for (long vote : votes.values()) {
      assertThat(Plenary.snapshot(vote).getString("closesAt"))
          .isEqualTo(extended.getString("closesAt"));
    }
    assertThat(SECRETARIAT.post(path(id, "extend"), "{\"seconds\": 2}").code())
        .isEqualTo("vote.duration.invalid");

    Api.Answer annulled =
        SECRETARIAT.post(
            path(id, "annul"), "{\"reason\": \"The requests were read out wrongly.\"}");
    assertThat(annulled.status()).as(annulled.body()).isEqualTo(201);
    JsonObject replacement = annulled.json().asJsonObject();
    assertThat(replacement.getString("state")).isEqualTo("DRAFT");
    assertThat(replacement.getJsonNumber("replacesSelectionId").longValue()).isEqualTo(id);
    assertThat(labels(replacement)).containsExactly("A", "B+C");
    assertThat(selectionNow(id).getString("state")).isEqualTo("ANNULLED");
    assertThat(Api.anonymous().get(publicPath(id, "record.pdf")).code())
        .isEqualTo("emergency.not-closed");
    for (long vote : votes.values()) {
      assertThat(Plenary.snapshot(vote).getString("state")).isEqualTo("ANNULLED");
    }
    assertThat(SECRETARIAT.post(path(id, "annul"), "{\"reason\": \"again\"}").code())
        .isEqualTo("emergency.annulled");
    long next = replacement.getJsonNumber("selectionId").longValue();
    assertThat(SECRETARIAT.post(path(next, "close"), "").code()).isEqualTo("emergency.not-open");
    assertThat(
            Api.anonymous().get("/api/public/emergency-selections/" + next + "/results.csv").code())
        .isEqualTo("emergency.not-closed");
    SECRETARIAT.post(path(next, "open"), "").expect(200);
    JsonObject none = SECRETARIAT.post(path(next, "close"), "").expect(200).json().asJsonObject();
    assertThat(none.getString("outcome")).isEqualTo("NONE_ELIGIBLE");
    assertThat(none.getJsonArray("leadingRequests")).isEmpty();
    assertThat(SECRETARIAT.post(path(next, "annul"), "{\"reason\": \"no\"}").code())
        .isEqualTo("emergency.closed-is-the-record");
  }

  private static long create(String method, String... requests) throws Exception {
    List<String> tabled = new ArrayList<>();
    for (String request : requests) {
      String[] parts = request.split("\\|", -1);
      tabled.add(
          "{\"title\": \"%s\", \"sponsors\": \"%s\"}"
              .formatted(parts[0], parts.length > 1 ? parts[1] : ""));
    }
    Api.Answer created =
        SECRETARIAT.post(
            "/api/emergency-selections",
            "{\"subject\": \"Selection of the emergency item %s\", \"method\": \"%s\", \"requests\": [%s]}"
                .formatted(
                    UUID.randomUUID().toString().substring(0, 6),
                    method,
                    String.join(",", tabled)));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    JsonObject selection = created.json().asJsonObject();
    assertThat(selection.getString("state")).isEqualTo("DRAFT");
    return selection.getJsonNumber("selectionId").longValue();
  }

  /** The selection if it is closed, else null (for a wait). */
  private static JsonObject ifClosed(long id) {
    try {
      JsonObject now = selectionNow(id);
      return "CLOSED".equals(now.getString("state")) ? now : null;
    } catch (Exception unreadable) {
      return null;
    }
  }

  private static JsonObject selectionNow(long id) throws Exception {
    return SECRETARIAT.get("/api/emergency-selections/" + id).expect(200).json().asJsonObject();
  }

  private static List<String> labels(JsonObject selection) {
    return selection.getJsonArray("requests").getValuesAs(JsonObject.class).stream()
        .map(r -> r.getString("label"))
        .toList();
  }

  private static Map<String, Long> votes(JsonObject selection) {
    return selection.getJsonArray("requests").getValuesAs(JsonObject.class).stream()
        .collect(
            Collectors.toMap(
                r -> r.getString("label"),
                r -> r.getJsonNumber("voteId").longValue(),
                (a, b) -> a,
                java.util.LinkedHashMap::new));
  }

  /** A request's running (or final) totals and the yes votes two-thirds needs. */
  private static String tally(JsonObject selection, String request) {
    JsonObject vote =
        selection.getJsonArray("requests").getValuesAs(JsonObject.class).stream()
            .filter(r -> r.getString("label").equals(request))
            .findFirst()
            .orElseThrow()
            .getJsonObject("vote");
    JsonObject totals = vote.getJsonObject("totals");
    return totals.getInt("yes")
        + "/"
        + totals.getInt("no")
        + "/"
        + totals.getInt("abstain")
        + " needs "
        + vote.getInt("required");
  }

  private static List<String> kinds(String subject) throws Exception {
    return Database.strings(
        "SELECT kind FROM audit_record WHERE subject = ? ORDER BY sequence", subject);
  }

  private static String path(long id, String action) {
    return "/api/emergency-selections/" + id + "/" + action;
  }

  private static String split(String request, int yes, int no, int abstain) {
    return "{\"request\": \"%s\", \"yes\": %d, \"no\": %d, \"abstain\": %d}"
        .formatted(request, yes, no, abstain);
  }

  private static String ballot(String key, String... splits) {
    return "{\"requests\": [%s], \"idempotencyKey\": \"%s\"}"
        .formatted(String.join(", ", splits), key);
  }

  private static String key() {
    return UUID.randomUUID().toString();
  }
}

package org.ipu.assembly.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipu.assembly.it.Drafts.id;
import static org.ipu.assembly.it.Drafts.paragraph;
import static org.ipu.assembly.it.Drafts.version;
import static org.ipu.assembly.it.Drafts.words;
import static org.ipu.assembly.it.Plenary.SECRETARIAT;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.List;
import org.ipu.assembly.testkit.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * The committee's decisions on amendments and the text as amended, through the API: decisions only
 * after the deadline and by the Secretariat; an adopted amendment proposes the conflicting ones to
 * fall; two adopted amendments on the same words block the text (409, naming both) until one is
 * decided otherwise; a second officer deciding on what he read before is told (409), nothing lost;
 * the orally revised text is the one applied; the same decisions give the same bytes; every
 * decision is on the draft's audit chain.
 */
class AmendmentDecisionsIT extends IntegrationTest {

  @Test
  void theSecretariatRecordsDecisionsAndTheTextAsAmendedFollowsThem() throws Exception {
    Fixtures.Parliament france = Plenary.parliament(30_000_000, 0);
    Api focal = Plenary.delegate(france.focalPoint());
    JsonObject draft = Drafts.published("PEACE_AND_SECURITY");
    long draftId = id(draft);
    String amendments = "/api/drafts/" + draftId + "/amendments";
    JsonObject pp1 = paragraph(draft, 0);
    JsonObject op1 = paragraph(draft, 2);
    JsonObject op2a = paragraph(draft, 4);
    JsonObject op3 = paragraph(draft, 6);
    int adopted = table(focal, amendments, words(op1, 4, 5, "adopter", "voter"));
    int sameWords = table(focal, amendments, words(op1, 3, 5, "à adopter", "d’examiner"));
    int preamble = table(focal, amendments, words(pp1, 0, 1, "Rappelant", "Réaffirmant"));
    int revised = table(focal, amendments, words(op3, 0, 1, "Décide", "Convient"));
    int rejected = table(focal, amendments, words(op2a, 3, 4, "chaque", "tous les"));
    long[] ids = ids(focal, amendments);

    assertThat(decide(ids[adopted - 1], "ADOPTED", null, null, null).code())
        .as("the committee decides in the meeting, after the deadline")
        .isEqualTo("amendment.decision.before-deadline");
    Drafts.closeDeadline(draftId);
    assertThat(
            focal
                .post(
                    "/api/amendments/" + ids[adopted - 1] + "/decision",
                    "{\"decision\":\"ADOPTED\"}")
                .status())
        .isEqualTo(403);

    JsonObject first =
        decide(ids[adopted - 1], "ADOPTED", null, null, null).expect(200).json().asJsonObject();
    assertThat(first.getString("decision")).isEqualTo("ADOPTED");
    assertThat(first.getJsonArray("proposedToFall").getInt(0))
        .as("the amendment on the same words is proposed to fall")
        .isEqualTo(sameWords);
    JsonObject text = textAsAmended(SECRETARIAT, draftId, "fr").expect(200).json().asJsonObject();
    JsonObject amendedOp1 = text.getJsonArray("paragraphs").getJsonObject(2);
    assertThat(amendedOp1.getString("text"))
        .isEqualTo("Appelle les parlements à voter des lois sur les changements climatiques ;");
    assertThat(amendedOp1.getString("state")).isEqualTo("AMENDED");
    assertThat(
            amendedOp1.getJsonArray("segments").stream()
                .map(
                    s ->
                        s.asJsonObject().getString("kind")
                            + ":"
                            + s.asJsonObject().getString("text"))
                .toList())
        .containsExactly(
            "KEPT:Appelle les parlements à",
            "DELETED:adopter",
            "INSERTED:voter",
            "KEPT:des lois sur les changements climatiques ;");

    // two officers: the second adopts the conflicting amendment too, and the text is blocked
    decide(ids[sameWords - 1], "ADOPTED", null, null, null).expect(200);
    Api.Answer blocked = textAsAmended(SECRETARIAT, draftId, "fr");
    assertThat(blocked.status()).isEqualTo(409);
    assertThat(blocked.code()).isEqualTo("amendment.text.conflict");
    assertThat(blocked.json().asJsonObject().getJsonArray("amendments").toString())
        .isEqualTo("[[" + adopted + "," + sameWords + "]]");
    assertThat(blocked.message()).contains(adopted + " and " + sameWords);
    assertThat(decide(ids[sameWords - 1], "FELL", null, adopted, null).code())
        .as("decided on what one read before the other officer's decision")
        .isEqualTo("amendment.decision.changed-meanwhile");
    JsonObject current = decision(ids[sameWords - 1], draftId);
    assertThat(current.getString("decision")).as("nothing lost").isEqualTo("ADOPTED");
    decide(ids[sameWords - 1], "FELL", null, adopted, version(current)).expect(200);

    assertThat(decide(ids[revised - 1], "MERGED", null, null, null).code())
        .isEqualTo("amendment.decision.other-required");
    assertThat(decide(ids[revised - 1], "FELL", null, preamble, null).code())
        .isEqualTo("amendment.decision.fell-not-adopted");
    assertThat(decide(ids[revised - 1], "ADOPTED_AS_REVISED", "Convient", null, null).code())
        .isEqualTo("amendment.decision.revision-same");
    assertThat(decide(ids[revised - 1], "PASSED", null, null, null).code())
        .isEqualTo("amendment.decision.invalid");
    decide(ids[revised - 1], "ADOPTED_AS_REVISED", "Résout", null, null).expect(200);
    decide(ids[rejected - 1], "REJECTED", null, null, null).expect(200);
    decide(ids[preamble - 1], "WITHDRAWN", null, null, null).expect(200);

    Api.Answer generated = textAsAmended(focal, draftId, "fr").expect(200);
    JsonObject amended = generated.json().asJsonObject();
    assertThat(amended.getJsonArray("adopted").toString())
        .isEqualTo("[" + adopted + "," + revised + "]");
    assertThat(
            amended.getJsonArray("paragraphs").stream()
                .map(p -> p.asJsonObject().getString("text"))
                .toList())
        .containsExactly(
            "Rappelant la Déclaration universelle des droits de l’homme,",
            "Notant avec préoccupation les effets des changements climatiques sur les plus"
                + " vulnérables,",
            "Appelle les parlements à voter des lois sur les changements climatiques ;",
            "Prie instamment les gouvernements :",
            "de faire rapport chaque année ;",
            "de consulter la société civile ;",
            "Résout de rester saisie de la question.");
    assertThat(textAsAmended(SECRETARIAT, draftId, "fr").body())
        .as("the same decisions, the same bytes")
        .isEqualTo(generated.body());
    assertThat(
            textAsAmended(SECRETARIAT, draftId, "en")
                .json()
                .asJsonObject()
                .getJsonArray("paragraphs")
                .stream()
                .map(p -> p.asJsonObject().getString("state"))
                .distinct()
                .toList())
        .as("amendments to the French text leave the English one alone")
        .containsExactly("UNCHANGED");

    assertThat(
            Database.strings(
                "SELECT kind FROM audit_record WHERE subject = ? AND kind = ? ORDER BY sequence",
                "draft:" + draftId,
                "amendment.decision"))
        .hasSize(6);
    JsonObject list =
        SECRETARIAT
            .get("/api/drafts/" + draftId + "/consolidated?text=fr")
            .expect(200)
            .json()
            .asJsonObject();
    assertThat(list.toString()).contains("\"decision\":\"ADOPTED_AS_REVISED\"");
  }

  private static int table(Api focal, String amendments, JsonObjectBuilder amendment)
      throws Exception {
    return focal
        .post(amendments, amendment.build().toString())
        .expect(201)
        .json()
        .asJsonObject()
        .getInt("number");
  }

  /** The amendments' ids, by number. */
  private static long[] ids(Api reader, String amendments) throws Exception {
    List<JsonValue> all =
        reader.get(amendments).expect(200).json().asJsonObject().getJsonArray("amendments");
    long[] ids = new long[all.size()];
    for (JsonValue a : all) {
      ids[a.asJsonObject().getInt("number") - 1] = id(a.asJsonObject());
    }
    return ids;
  }

  private static Api.Answer decide(
      long amendmentId, String decision, String revisedText, Integer other, Long version)
      throws Exception {
    JsonObjectBuilder body = Json.createObjectBuilder().add("decision", decision);
    if (revisedText != null) {
      body.add("revisedText", revisedText);
    }
    if (other != null) {
      body.add("other", other);
    }
    if (version != null) {
      body.add("version", version);
    }
    return SECRETARIAT.post(
        "/api/amendments/" + amendmentId + "/decision", body.build().toString());
  }

  /** The decision on an amendment as the consolidated list shows it. */
  private static JsonObject decision(long amendmentId, long draftId) throws Exception {
    JsonObject list =
        SECRETARIAT
            .get("/api/drafts/" + draftId + "/consolidated?text=fr")
            .expect(200)
            .json()
            .asJsonObject();
    return list.getJsonArray("paragraphs").stream()
        .flatMap(p -> p.asJsonObject().getJsonArray("amendments").stream())
        .map(JsonValue::asJsonObject)
        .filter(l -> id(l.getJsonObject("amendment")) == amendmentId)
        .findFirst()
        .orElseThrow()
        .getJsonObject("decision");
  }

  private static Api.Answer textAsAmended(Api reader, long draftId, String language)
      throws Exception {
    return reader.get("/api/drafts/" + draftId + "/text-as-amended?text=" + language);
  }
}

package org.ipu.assembly.it;

import static org.ipu.assembly.it.Plenary.SECRETARIAT;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Draft resolutions of a test's own, made through the API as the Secretariat makes them, and
 * amendments to them as focal points table them.
 */
final class Drafts {

  static final String ENGLISH =
      """
      Recalling the Universal Declaration of Human Rights,
      Noting with concern the effects of climate change on the most vulnerable,
      1. Calls on parliaments to adopt laws on climate change;
      2. Urges governments:
      (a) to report each year;
      (b) to consult civil society;
      3. Decides to remain seized of the matter.
      """;

  static final String FRENCH =
      """
      Rappelant la Déclaration universelle des droits de l’homme,
      Notant avec préoccupation les effets des changements climatiques sur les plus vulnérables,
      1. Appelle les parlements à adopter des lois sur les changements climatiques ;
      2. Prie instamment les gouvernements :
      a) de faire rapport chaque année ;
      b) de consulter la société civile ;
      3. Décide de rester saisie de la question.
      """;

  private Drafts() {}

  /** A published draft of its own, its deadline a day away. */
  static JsonObject published(String committee) throws Exception {
    JsonObject draft = created(committee, Instant.now().plus(1, ChronoUnit.DAYS));
    return SECRETARIAT
        .post(
            "/api/drafts/" + id(draft) + "/publication",
            "{\"version\": " + draft.getJsonNumber("version") + "}")
        .expect(200)
        .json()
        .asJsonObject();
  }

  /** The Secretariat moves the draft's deadline a minute into the past: the meeting may decide. */
  static void closeDeadline(long draftId) throws Exception {
    JsonObject draft = SECRETARIAT.get("/api/drafts/" + draftId).expect(200).json().asJsonObject();
    SECRETARIAT
        .put(
            "/api/drafts/" + draftId,
            Json.createObjectBuilder()
                .add("version", version(draft))
                .add("titleEn", draft.getString("titleEn"))
                .add("titleFr", draft.getString("titleFr"))
                .add("coRapporteurs", draft.getString("coRapporteurs"))
                .add("deadline", Instant.now().minusSeconds(60).toString())
                .add("timeZone", "Europe/Zurich")
                .build()
                .toString())
        .expect(200);
  }

  static JsonObject created(String committee, Instant deadline) throws Exception {
    String body =
        Json.createObjectBuilder()
            .add("committee", committee)
            .add("titleEn", "Parliaments and climate change")
            .add("titleFr", "Les parlements et les changements climatiques")
            .add("coRapporteurs", "Ms. A. Rapporteur (Kenya), Mr. B. Rapporteur (France)")
            .add("deadline", deadline.toString())
            .add("timeZone", "Europe/Zurich")
            .add("textEn", ENGLISH)
            .add("textFr", FRENCH)
            .build()
            .toString();
    return SECRETARIAT.post("/api/drafts", body).expect(201).json().asJsonObject();
  }

  static long id(JsonObject object) {
    return object.getJsonNumber("id").longValue();
  }

  static long version(JsonObject object) {
    return object.getJsonNumber("version").longValue();
  }

  /** The draft's paragraph at {@code index} (in order). */
  static JsonObject paragraph(JsonObject draft, int index) {
    return draft.getJsonArray("paragraphs").getJsonObject(index);
  }

  /** A WORDS amendment in French to the paragraph, words from..to read {@code original}. */
  static JsonObjectBuilder words(
      JsonObject paragraph, int from, int to, String original, String text) {
    return Json.createObjectBuilder()
        .add("language", "fr")
        .add("kind", "WORDS")
        .add("paragraph", id(paragraph))
        .add("revision", paragraph.getInt("revisionFr"))
        .add("from", from)
        .add("to", to)
        .add("original", original)
        .add("text", text)
        .add("justification", "Plus précis.");
  }

  static JsonArrayBuilder ids(List<Long> ids) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    ids.forEach(array::add);
    return array;
  }
}

package org.ipu.assembly.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipu.assembly.it.Drafts.id;
import static org.ipu.assembly.it.Plenary.SECRETARIAT;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.ipu.assembly.testkit.AkomaNtosoSchema;
import org.junit.jupiter.api.Test;

/**
 * The demo's draft on a just energy transition and its twenty amendments in Akoma Ntoso 3.0: the
 * draft as a statement, the amendments as an amendment list, both valid against the OASIS schema,
 * the same bytes when asked twice, each kind of change the textualMod type it is.
 */
class AkomaNtosoIT extends IntegrationTest {

  @Test
  void theDemoDraftAndItsAmendmentsAreValidAkomaNtoso() throws Exception {
    JsonObject draft =
        SECRETARIAT.get("/api/drafts").json().asJsonObject().getJsonArray("drafts").stream()
            .map(d -> d.asJsonObject())
            .filter(
                d ->
                    d.getString("titleEn")
                        .equals("Parliamentary action for a just energy transition"))
            .findFirst()
            .orElseThrow();
    Api reader = Plenary.delegate("focal.fr");
    String base = "/api/drafts/" + id(draft);

    HttpResponse<byte[]> statement = reader.download(base + "/akn.xml");
    assertThat(statement.statusCode()).isEqualTo(200);
    assertThat(statement.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/akn+xml");
    AkomaNtosoSchema.validate(statement.body());
    String text = new String(statement.body(), StandardCharsets.UTF_8);
    assertThat(text)
        .contains("<statement name=\"draftResolution\"")
        .contains("<FRBRlanguage language=\"eng\"/>")
        .contains("<docTitle>Parliamentary action for a just energy transition</docTitle>")
        .contains("eId=\"recs__rec_1\"")
        .contains("eId=\"para_1\"");

    HttpResponse<byte[]> list = reader.download(base + "/amendments/akn.xml?lang=fr");
    assertThat(list.statusCode()).isEqualTo(200);
    AkomaNtosoSchema.validate(list.body());
    String amendments = new String(list.body(), StandardCharsets.UTF_8);
    assertThat(count(amendments, "<amendment ")).isEqualTo(20);
    assertThat(amendments)
        .contains("<FRBRlanguage language=\"fra\"/>")
        .contains("type=\"substitution\"")
        .contains("type=\"insertion\"")
        .contains("type=\"repeal\"")
        .contains("pos=\"after\"")
        .contains("/akn/ontology/organizations/mx/parliament")
        .contains("<amendmentJustification>");
    assertThat(reader.download(base + "/amendments/akn.xml?lang=fr").body())
        .as("the same data, the same bytes")
        .isEqualTo(list.body());

    assertThat(reader.get(base + "/akn.xml?lang=de").code()).isEqualTo("akn.language.invalid");
  }

  private static long count(String text, String what) {
    return Pattern.compile(Pattern.quote(what)).matcher(text).results().count();
  }
}

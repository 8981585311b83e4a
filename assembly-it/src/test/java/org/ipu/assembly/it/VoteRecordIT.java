package org.ipu.assembly.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipu.assembly.it.Plenary.SECRETARIAT;
import static org.ipu.assembly.it.Plenary.ballot;
import static org.ipu.assembly.it.Plenary.delegate;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The record of a closed vote, fetched as anyone would and read back from the PDF. */
class VoteRecordIT extends IntegrationTest {

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  @Test
  void aClosedVotesRecordReadsInEnglishAndInArabic() throws Exception {
    Plenary.present("delegate.fr", "delegate.ke");
    String subject = "Record " + UUID.randomUUID().toString().substring(0, 8);
    long vote = Plenary.open(subject, "ELECTRONIC", "SIMPLE");
    delegate("delegate.ke")
        .post("/api/votes/" + vote + "/ballots", ballot(6, 1, 0, UUID.randomUUID().toString()));

    HttpResponse<byte[]> early = record(vote, "?lang=en", "en");
    assertThat(early.statusCode()).isEqualTo(409);
    JsonObject refusal = Json.createReader(new ByteArrayInputStream(early.body())).readObject();
    assertThat(refusal.getString("code")).isEqualTo("vote.not-closed");

    SECRETARIAT.post("/api/votes/" + vote + "/close", "");

    HttpResponse<byte[]> english = record(vote, "?lang=en", "ar");
    assertThat(english.statusCode()).isEqualTo(200);
    assertThat(english.headers().firstValue("Content-Type")).hasValue("application/pdf");
    String text = Pdf.text(english.body());
    assertThat(text)
        .contains("Record of the vote")
        .contains(subject)
        .contains("6 yes of 7 cast: Simple majority needs 4 — adopted")
        .containsPattern("Kenya \\d+ 6 1 0")
        .containsPattern("France \\d+ did not vote");

    HttpResponse<byte[]> arabic = record(vote, "", "ar, en;q=0.5");
    assertThat(arabic.statusCode()).isEqualTo(200);
    assertThat(arabic.headers().firstValue("Content-Language")).hasValue("ar");
    String arabicText = Pdf.text(arabic.body());
    assertThat(arabicText)
        .contains("محضر التصويت")
        .contains(subject)
        .contains("كينيا")
        .contains("فرنسا")
        .contains("لم يصوّت");
    // PDFBox gives the numbers of a right-to-left line out of order: check the line's words and
    // that its three numbers (6 yes, 7 cast, 4 needed, in Western digits as everywhere) are there.
    String arithmetic =
        Arrays.stream(arabicText.split("\n"))
            .filter(line -> line.contains("من الأصوات المدلى بها؛ أغلبية بسيطة: المطلوب"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no arithmetic in:\n" + arabicText));
    assertThat(arithmetic).contains("نعم من أصل").contains("6").contains("7").contains("4");
    assertThat(arabicText).doesNotContainPattern("[\\u0660-\\u0669]");
  }

  private HttpResponse<byte[]> record(long vote, String query, String languages) throws Exception {
    return http.send(
        HttpRequest.newBuilder(
                URI.create(
                    Deployments.base() + "/api/public/votes/" + vote + "/record.pdf" + query))
            .timeout(Duration.ofSeconds(60))
            .header("Accept-Language", languages)
            .GET()
            .build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }
}

package org.ipu.assembly.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipu.assembly.it.Plenary.SECRETARIAT;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.ipu.assembly.testkit.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * A participant's badge photo through the API, as a focal point uploads it: a PNG or JPEG comes
 * back as a 600 x 600 JPEG (whatever type was declared, the bytes decide); what is not a usable
 * photo is refused with its code and nothing is written; a file over the Assembly's limit (5 MB by
 * default) is refused with 413 {@code photo.too-large} while it is sent, whether it announced its
 * length or not; a change after approval needs approval again and shows as a change of the photo;
 * only the parliament's focal points and the Secretariat see it, and no other site can upload one.
 * Each test registers a parliament of its own.
 */
class ParticipantPhotoIT extends IntegrationTest {

  private static final String PARTICIPANTS = "/api/registrations/participants/";

  @Test
  void aFocalPointUploadsAPhotoAndGetsItBackAsA600PixelSquareJpeg() throws Exception {
    Fixtures.Parliament parliament = Plenary.toRegister(3_000_000);
    Api focal = Plenary.delegate(parliament.focalPoint());
    long id = participant(parliament, focal);

    JsonObject line =
        focal.send("PUT", photo(id), "image/png", png(900, 700)).expect(200).json().asJsonObject();
    assertThat(line.getBoolean("photo")).isTrue();

    HttpResponse<byte[]> kept = focal.download(photo(id));
    assertThat(kept.statusCode()).isEqualTo(200);
    assertThat(kept.headers().firstValue("Content-Type")).hasValue("image/jpeg");
    assertThat(kept.headers().firstValue("Cache-Control")).hasValue("private, no-store");
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(kept.body()));
    assertThat(image.getWidth()).isEqualTo(600);
    assertThat(image.getHeight()).isEqualTo(600);
    assertThat(SECRETARIAT.download(photo(id)).statusCode()).as("the Secretariat").isEqualTo(200);

    byte[] jpeg = encode(gradient(800, 1000), "jpeg");
    focal.send("PUT", photo(id), "image/png", jpeg).expect(200);
    assertThat(ImageIO.read(new ByteArrayInputStream(focal.download(photo(id)).body())).getHeight())
        .as("a JPEG declared as PNG: the bytes decide")
        .isEqualTo(600);
    assertThat(
            Database.strings(
                "SELECT CONCAT(width, 'x', height, ' ', uploaded_by) FROM participant_photo"
                    + " WHERE participant_id = ?",
                id))
        .containsExactly("600x600 " + parliament.focalPoint());
    assertThat(
            Database.strings(
                "SELECT payload FROM audit_record WHERE subject = ?"
                    + " AND kind = 'registration.participant' ORDER BY sequence",
                "delegation:" + delegationId(focal, parliament)))
        .filteredOn(payload -> payload.contains("\"photo\""))
        .hasSize(2);
  }

  @Test
  void whatIsNotAUsablePhotoIsRefusedWithItsReasonAndNothingIsWritten() throws Exception {
    Fixtures.Parliament parliament = Plenary.toRegister(3_000_000);
    Api focal = Plenary.delegate(parliament.focalPoint());
    long id = participant(parliament, focal);
    String before = delegation(focal, parliament).getJsonNumber("version").toString();

    Api.Answer text =
        focal.send(
            "PUT",
            photo(id),
            "image/png",
            "not a photo\n".repeat(100).getBytes(StandardCharsets.UTF_8));
    assertThat(text.status()).isEqualTo(400);
    assertThat(text.code()).isEqualTo("photo.not-an-image");
    assertThat(text.message()).contains("JPEG or PNG");
    assertThat(focal.send("PUT", photo(id), "image/png", encode(gradient(400, 400), "gif")).code())
        .isEqualTo("photo.not-an-image");
    byte[] whole = encode(gradient(400, 400), "jpeg");
    assertThat(
            focal
                .send("PUT", photo(id), "image/jpeg", Arrays.copyOf(whole, whole.length / 2))
                .code())
        .as("a truncated JPEG")
        .isEqualTo("photo.not-an-image");
    Api.Answer small =
        Plenary.delegate(parliament.focalPoint())
            .inLanguage("fr")
            .send("PUT", photo(id), "image/png", png(150, 300));
    assertThat(small.code()).isEqualTo("photo.too-small");
    assertThat(small.message()).contains("150 × 300", "200");
    assertThat(focal.send("PUT", photo(id), "text/plain", png(300, 300)).status())
        .as("a type that is no image")
        .isEqualTo(415);

    byte[] oversize = new byte[5120 * 1024 + 1];
    System.arraycopy(png(300, 300), 0, oversize, 0, 8);
    Api.Answer announced = focal.send("PUT", photo(id), "image/png", oversize);
    assertThat(announced.status()).isEqualTo(413);
    assertThat(announced.code()).isEqualTo("photo.too-large");
    assertThat(announced.message()).contains("5,120 KB");
    Api.Answer streamed = focal.sendStreamed("PUT", photo(id), "image/png", oversize);
    assertThat(streamed.status()).as(streamed.body()).isEqualTo(413);
    assertThat(streamed.code()).isEqualTo("photo.too-large");

    Api.Answer none = focal.get(photo(id));
    assertThat(none.status()).isEqualTo(404);
    assertThat(none.code()).isEqualTo("photo.none");
    assertThat(
            Database.count("SELECT COUNT(*) FROM participant_photo WHERE participant_id = ?", id))
        .isZero();
    assertThat(delegation(focal, parliament).getJsonNumber("version").toString())
        .as("the delegation did not change")
        .isEqualTo(before);
  }

  @Test
  void aPhotoChangedAfterApprovalNeedsApprovalAgainAndShowsAsAChange() throws Exception {
    Fixtures.Parliament parliament = Plenary.toRegister(3_000_000);
    Api focal = Plenary.delegate(parliament.focalPoint());
    long id = participant(parliament, focal);
    String base = "/api/registrations/" + parliament.id();
    JsonObject submitted =
        focal
            .post(base + "/submission", version(delegation(focal, parliament)))
            .expect(200)
            .json()
            .asJsonObject();
    SECRETARIAT.post(base + "/approval", version(submitted)).expect(200);

    focal.send("PUT", photo(id), "image/png", png(600, 800)).expect(200);

    JsonObject changed = delegation(focal, parliament);
    assertThat(changed.getString("state")).isEqualTo("DRAFT");
    JsonObject change = changed.getJsonArray("changesSinceApproval").getJsonObject(0);
    assertThat(change.getString("kind")).isEqualTo("CHANGED");
    assertThat(change.getJsonArray("fields").getString(0)).isEqualTo("photo");

    assertThat(focal.send("DELETE", photo(id), "application/json", "").status()).isEqualTo(204);
    assertThat(focal.get(photo(id)).code()).isEqualTo("photo.none");
    assertThat(focal.send("DELETE", photo(id), "application/json", "").code())
        .isEqualTo("photo.none");
    focal.send("PUT", photo(id), "image/png", png(300, 300)).expect(200);
    JsonObject participant = line(delegation(focal, parliament), id);
    focal
        .send(
            "DELETE",
            PARTICIPANTS
                + id
                + "?version="
                + participant.getJsonObject("details").getJsonNumber("version"),
            "application/json",
            "")
        .expect(204);
    assertThat(
            Database.count("SELECT COUNT(*) FROM participant_photo WHERE participant_id = ?", id))
        .as("removed with the participant")
        .isZero();
  }

  @Test
  void onlyTheParliamentsFocalPointsAndTheSecretariatSeeOrChangeThePhoto() throws Exception {
    Fixtures.Parliament owner = Plenary.toRegister(3_000_000);
    Fixtures.Parliament other = Plenary.toRegister(3_000_000);
    Api focal = Plenary.delegate(owner.focalPoint());
    Api intruder = Plenary.delegate(other.focalPoint());
    long id = participant(owner, focal);
    focal.send("PUT", photo(id), "image/png", png(400, 400)).expect(200);

    HttpResponse<byte[]> peek = intruder.download(photo(id));
    assertThat(peek.statusCode()).isEqualTo(403);
    assertThat(code(peek)).isEqualTo("auth.other-parliament");
    assertThat(intruder.send("PUT", photo(id), "image/png", png(400, 400)).code())
        .isEqualTo("auth.other-parliament");
    assertThat(intruder.send("DELETE", photo(id), "application/json", "").code())
        .isEqualTo("auth.other-parliament");
    HttpResponse<byte[]> delegate = Plenary.delegate(owner.head()).download(photo(id));
    assertThat(delegate.statusCode())
        .as("a delegate of the same parliament does not see the participants' photos")
        .isEqualTo(403);
    assertThat(code(delegate)).isEqualTo("auth.forbidden");

    HttpResponse<String> crossSite =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .build()
            .send(
                HttpRequest.newBuilder(URI.create(Deployments.base() + photo(id)))
                    .header("Authorization", basic(owner.focalPoint()))
                    .header("Content-Type", "image/png")
                    .header("Origin", "http://elsewhere.example")
                    .PUT(HttpRequest.BodyPublishers.ofByteArray(png(400, 400)))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(crossSite.statusCode()).as("another site's page").isEqualTo(403);
    assertThat(crossSite.body()).contains("request.cross-origin");
  }

  @Test
  void aDelegationStartedFromTheLastAssemblysKeepsItsBadgePhotos() throws Exception {
    Fixtures.Parliament parliament = Plenary.toRegister(3_000_000);
    PastAssemblies.Past past = PastAssemblies.closedDaysAgo(200);
    long earlier = PastAssemblies.delegation(past, parliament.id(), "APPROVED");
    long person =
        PastAssemblies.participant(earlier, "Eze", "FEMALE", "MEMBER_OF_PARLIAMENT", null);
    byte[] jpeg = encode(gradient(600, 600), "jpeg");
    try (java.sql.Connection db = Database.connect();
        java.sql.PreparedStatement insert =
            db.prepareStatement(
                "INSERT INTO participant_photo (participant_id, jpeg, width, height, uploaded_at,"
                    + " uploaded_by) VALUES (?, ?, 600, 600, NOW(3), 'focal')")) {
      insert.setLong(1, person);
      insert.setBytes(2, jpeg);
      insert.executeUpdate();
    }
    Api focal = Plenary.delegate(parliament.focalPoint());

    JsonObject started =
        focal
            .post("/api/registrations/" + parliament.id(), "{\"fromEarlierAssembly\": true}")
            .expect(201)
            .json()
            .asJsonObject();

    JsonObject copy = started.getJsonArray("participants").getJsonObject(0);
    assertThat(copy.getJsonObject("details").getString("familyName")).isEqualTo("Eze");
    assertThat(copy.getBoolean("photo")).isTrue();
    assertThat(focal.download(photo(copy.getJsonNumber("id").longValue())).body()).isEqualTo(jpeg);
  }

  /** Starts the parliament's delegation with its head, a member of parliament; their id. */
  static long participant(Fixtures.Parliament parliament, Api focal) throws Exception {
    String base = "/api/registrations/" + parliament.id();
    focal.post(base, "{}").expect(201);
    return focal
        .post(
            base + "/participants",
            RegistrationIT.participant("Okafor", "Ada", "FEMALE", "MEMBER_OF_PARLIAMENT", true))
        .expect(201)
        .json()
        .asJsonObject()
        .getJsonNumber("id")
        .longValue();
  }

  private static JsonObject delegation(Api focal, Fixtures.Parliament parliament) throws Exception {
    return focal.get("/api/registrations/" + parliament.id()).expect(200).json().asJsonObject();
  }

  private static long delegationId(Api focal, Fixtures.Parliament parliament) throws Exception {
    return delegation(focal, parliament).getJsonNumber("id").longValue();
  }

  private static JsonObject line(JsonObject sheet, long participantId) {
    return sheet.getJsonArray("participants").getValuesAs(JsonObject.class).stream()
        .filter(p -> p.getJsonNumber("id").longValue() == participantId)
        .findFirst()
        .orElseThrow();
  }

  private static String version(JsonObject sheet) {
    return "{\"version\": " + sheet.getJsonNumber("version") + "}";
  }

  private static String photo(long participantId) {
    return PARTICIPANTS + participantId + "/photo";
  }

  private static String code(HttpResponse<byte[]> answer) {
    return Json.createReader(new StringReader(new String(answer.body(), StandardCharsets.UTF_8)))
        .readObject()
        .getString("code");
  }

  private static String basic(String username) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString(
                (username + ":" + Deployments.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
  }

  static byte[] png(int width, int height) throws IOException {
    return encode(gradient(width, height), "png");
  }

  /** A photo-like picture of the size: a gradient with a disc in the middle. */
  private static BufferedImage gradient(int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setPaint(new GradientPaint(0, 0, new Color(30, 80, 160), width, height, Color.ORANGE));
    g.fillRect(0, 0, width, height);
    g.setColor(new Color(240, 220, 200));
    int side = Math.min(width, height) / 2;
    g.fillOval((width - side) / 2, (height - side) / 2, side, side);
    g.dispose();
    return image;
  }

  private static byte[] encode(BufferedImage image, String format) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (!ImageIO.write(image, format, out)) {
      throw new IllegalStateException("no writer for " + format);
    }
    return out.toByteArray();
  }
}

package org.ipu.assembly.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipu.assembly.it.Plenary.SECRETARIAT;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ipu.assembly.testkit.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * The consent to the list of participants through the registration API, the list as the public and
 * the signed-in participants read it (PDF, CSV and XLSX, in English and Arabic), and the
 * visa-support letters: refused before the Secretariat signs them off, then a PDF for the
 * Secretariat and the parliament's own focal points only. Each test registers a parliament of its
 * own, whose participants have names no other test uses.
 */
class ParticipantListIT extends IntegrationTest {

  /** A registered and approved delegation of the test's own, and its participants' ids. */
  record Registered(
      Fixtures.Parliament parliament,
      long head,
      long member,
      long adviser,
      String publicName,
      String participantsName,
      String nobodyName) {}

  @Test
  void eachListHoldsOnlyThoseWhoseConsentCoversItsAudienceInEveryFormat() throws Exception {
    Registered r = registered();

    HttpResponse<byte[]> anonymousParticipants =
        Api.anonymous().download("/api/participants/list.csv?lang=en");
    assertThat(anonymousParticipants.statusCode())
        .as("the participants' list needs a sign-in")
        .isEqualTo(401);

    List<List<String>> publicRows =
        csv(ok(Api.anonymous().download("/api/public/participants/list.csv?lang=en")));
    assertThat(names(publicRows))
        .contains(r.publicName())
        .doesNotContain(r.participantsName(), r.nobodyName());
    assertThat(publicRows.get(0))
        .containsExactly(
            "Delegation", "Title", "Given names", "Family name", "Category", "Head of delegation");
    assertThat(row(publicRows, r.publicName()))
        .containsExactly(
            r.parliament().name(),
            "Hon.",
            given(r.publicName()),
            family(r.publicName()),
            "Member of parliament",
            "Yes");

    Api observer = Plenary.delegate("observer");
    List<List<String>> participantsRows =
        csv(ok(observer.download("/api/participants/list.csv?lang=en")));
    List<String> listed = names(participantsRows);
    assertThat(listed)
        .contains(r.publicName(), r.participantsName())
        .doesNotContain(r.nobodyName());
    assertThat(listed.indexOf(r.publicName()))
        .as("the head of delegation first")
        .isLessThan(listed.indexOf(r.participantsName()));

    List<List<String>> xlsxRows =
        xlsx(ok(observer.download("/api/participants/list.xlsx?lang=en")));
    assertThat(xlsxRows).as("the XLSX holds what the CSV holds").isEqualTo(participantsRows);

    String pdf = Pdf.text(ok(observer.download("/api/participants/list.pdf?lang=en")));
    assertThat(pdf).contains("List of participants (for participants)");
    for (String name : listed) {
      assertThat(pdf).as("the PDF lists everyone the CSV lists").contains(name);
    }
    assertThat(pdf).doesNotContain(r.nobodyName());
    assertThat(pdf.indexOf(r.parliament().name()))
        .isLessThan(pdf.indexOf(r.publicName()))
        .isLessThan(pdf.indexOf(r.participantsName()));
    assertThat(Pdf.text(ok(Api.anonymous().download("/api/public/participants/list.pdf"))))
        .contains(r.publicName())
        .doesNotContain(r.participantsName(), r.nobodyName());
  }

  @Test
  void theArabicListReadsRightToLeftWithArabicHeadingsCategoriesAndCountryNames() throws Exception {
    Registered r = registered();
    HttpResponse<byte[]> arabic =
        Plenary.delegate("observer").inLanguage("ar").download("/api/participants/list.pdf");
    assertThat(arabic.headers().firstValue("Content-Language")).hasValue("ar");
    byte[] pdf = ok(arabic);
    String text = Pdf.text(pdf);
    String country =
        new Locale("", r.parliament().countryCode()).getDisplayCountry(new Locale("ar"));
    String title = "قائمة المشاركين (مخصصة للمشاركين)";
    String category = "برلماني · رئيس الوفد";
    assertThat(text).contains(title).contains(country).contains(category);
    assertThat(text.indexOf(title))
        .as("the heading, then the delegation, then its head, then its member")
        .isLessThan(text.indexOf(country));
    assertThat(text.indexOf(country)).isLessThan(text.indexOf(r.publicName()));
    assertThat(text.indexOf(r.publicName())).isLessThan(text.indexOf(r.participantsName()));
    assertThat(share(pdf, family(r.publicName())))
        .as("right to left: the name (the first column) is in the right half of the page")
        .isGreaterThan(0.5);
    byte[] english = ok(Plenary.delegate("observer").download("/api/participants/list.pdf"));
    assertThat(share(english, family(r.publicName())))
        .as("left to right in English: in the left half")
        .isLessThan(0.5);

    List<List<String>> rows =
        xlsx(ok(Api.anonymous().download("/api/public/participants/list.xlsx?lang=ar")));
    assertThat(rows.get(0)).startsWith("الوفد");
    assertThat(row(rows, r.publicName())).startsWith(country).contains("برلماني", "نعم");
  }

  @Test
  void consentRoundTripsThroughTheApiAndABadValueHasItsStableCode() throws Exception {
    Fixtures.Parliament parliament = Plenary.toRegister(12_000_000);
    Api focal = Plenary.delegate(parliament.focalPoint());
    String base = "/api/registrations/" + parliament.id();
    focal.post(base, "{\"fromEarlierAssembly\": false}").expect(201);

    Api.Answer bad =
        focal.post(base + "/participants", participant("Bad", "Consent", true, "EVERYONE", false));
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.code()).isEqualTo("participant.list-consent.invalid");
    assertThat(bad.message()).contains("EVERYONE");

    JsonObject added =
        focal
            .post(base + "/participants", participant("Round", "Trip", true, "participants", false))
            .expect(201)
            .json()
            .asJsonObject();
    assertThat(added.getJsonObject("details").getString("listConsent"))
        .as("stored by its name")
        .isEqualTo("PARTICIPANTS");
    JsonObject none =
        focal
            .post(base + "/participants", participant("No", "Consent", false, null, false))
            .expect(201)
            .json()
            .asJsonObject();
    assertThat(none.getJsonObject("details").getString("listConsent"))
        .as("no consent given: not listed")
        .isEqualTo("NOBODY");
  }

  @Test
  void aConsentChangedAfterApprovalShowsAsAChangeSinceApproval() throws Exception {
    Registered r = registered();
    Api focal = Plenary.delegate(r.parliament().focalPoint());
    JsonObject sheet =
        focal.get("/api/registrations/" + r.parliament().id()).expect(200).json().asJsonObject();
    assertThat(sheet.getJsonArray("changesSinceApproval")).isEmpty();
    JsonObject member = line(sheet, r.member());
    long version = member.getJsonObject("details").getJsonNumber("version").longValue();
    focal
        .put(
            "/api/registrations/participants/" + r.member(),
            details(
                    family(r.participantsName()),
                    given(r.participantsName()),
                    true,
                    false,
                    "PUBLIC",
                    false)
                .add("version", version)
                .build()
                .toString())
        .expect(200);
    JsonObject changed =
        focal.get("/api/registrations/" + r.parliament().id()).expect(200).json().asJsonObject();
    assertThat(changed.getJsonArray("changesSinceApproval")).hasSize(1);
    assertThat(
            changed
                .getJsonArray("changesSinceApproval")
                .getJsonObject(0)
                .getJsonArray("fields")
                .getString(0))
        .isEqualTo("listConsent");
  }

  @Test
  void aVisaLetterIsRefusedBeforeSignOffThenAPdfForTheSecretariatAndOwnFocalPointsOnly()
      throws Exception {
    Registered r = registered();
    Api focal = Plenary.delegate(r.parliament().focalPoint());
    String letter = "/api/visa-letters/" + r.head() + "/letter.pdf";

    HttpResponse<byte[]> early = focal.download(letter);
    assertThat(early.statusCode()).isEqualTo(409);
    assertThat(code(early)).isEqualTo("visa-letter.not-signed");

    Fixtures.Parliament other = Plenary.toRegister(3_000_000);
    Api otherFocal = Plenary.delegate(other.focalPoint());
    assertThat(otherFocal.post("/api/visa-letters/" + r.head() + "/sign-off", "{}").status())
        .as("only the Secretariat signs off")
        .isEqualTo(403);
    assertThat(focal.post("/api/visa-letters/" + r.member() + "/sign-off", "{}").status())
        .isEqualTo(403);
    assertThat(SECRETARIAT.post("/api/visa-letters/" + r.member() + "/sign-off", "{}").code())
        .as("the member asked for no letter")
        .isEqualTo("visa-letter.not-found");

    JsonObject pending = request(r.head());
    assertThat(pending.containsKey("signedAt") && !pending.isNull("signedAt")).isFalse();
    assertThat(request(r.adviser())).isNotNull();

    JsonObject signed =
        SECRETARIAT
            .post("/api/visa-letters/" + r.head() + "/sign-off", "{}")
            .expect(200)
            .json()
            .asJsonObject();
    assertThat(signed.getString("signedBy")).isEqualTo("secretariat");
    assertThat(signed.getString("letter")).isEqualTo(letter);
    assertThat(
            Database.strings(
                "SELECT payload FROM audit_record WHERE subject_type = 'delegation'"
                    + " AND kind = 'visa-letter.signed' AND payload LIKE ?",
                "%\"participantId\":" + r.head() + "%"))
        .hasSize(1);

    HttpResponse<byte[]> own = focal.download(letter);
    assertThat(own.statusCode()).isEqualTo(200);
    assertThat(own.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(own.headers().firstValue("Content-Language"))
        .as("in the participant's working language")
        .hasValue("fr");
    String text = Pdf.text(own.body()).replaceAll("\\s+", " ");
    assertThat(text)
        .contains("Lettre d’invitation")
        .contains("À qui de droit")
        .contains(
            "invite "
                + r.publicName()
                + ", membre de la délégation parlementaire suivante : "
                + new Locale("", r.parliament().countryCode()).getDisplayCountry(Locale.FRENCH))
        .contains("152e Assemblée de l’UIP")
        .contains("Validée pour le Secrétariat de l’UIP par");
    assertThat(ok(SECRETARIAT.download(letter))).isNotEmpty();

    HttpResponse<byte[]> foreign = otherFocal.download(letter);
    assertThat(foreign.statusCode()).as("another parliament's focal point").isEqualTo(403);
    assertThat(Plenary.delegate("delegate.fr").download(letter).statusCode()).isEqualTo(403);
    assertThat(Api.anonymous().download(letter).statusCode()).isEqualTo(401);
  }

  /**
   * A parliament of the test's own whose focal point registers, through the API, a head of
   * delegation (public, a visa letter, working in French), a member of parliament (participants
   * only) and an adviser (nobody, a visa letter); the Secretariat approves it.
   */
  static Registered registered() throws Exception {
    Fixtures.Parliament parliament = Plenary.toRegister(20_000_000);
    Api focal = Plenary.delegate(parliament.focalPoint());
    String base = "/api/registrations/" + parliament.id();
    focal.post(base, "{\"fromEarlierAssembly\": false}").expect(201);
    String tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
    long adviser =
        id(
            focal.post(
                base + "/participants",
                details("Cortez" + tag, "Nadia", false, false, "NOBODY", true).build().toString()));
    long member =
        id(
            focal.post(
                base + "/participants",
                details("Bastos" + tag, "Mateo", true, false, "PARTICIPANTS", false)
                    .build()
                    .toString()));
    long head =
        id(
            focal.post(
                base + "/participants",
                details("Alves" + tag, "Lucia", true, true, "PUBLIC", true)
                    .add("workingLanguage", "fr")
                    .build()
                    .toString()));
    JsonObject sheet = focal.get(base).expect(200).json().asJsonObject();
    JsonObject submitted =
        focal
            .post(base + "/submission", "{\"version\": " + sheet.getJsonNumber("version") + "}")
            .expect(200)
            .json()
            .asJsonObject();
    SECRETARIAT
        .post(base + "/approval", "{\"version\": " + submitted.getJsonNumber("version") + "}")
        .expect(200);
    return new Registered(
        parliament,
        head,
        member,
        adviser,
        "Hon. Lucia Alves" + tag,
        "Hon. Mateo Bastos" + tag,
        "Nadia Cortez" + tag);
  }

  private static JsonObjectBuilder details(
      String family,
      String given,
      boolean memberOfParliament,
      boolean head,
      String consent,
      boolean visaLetter) {
    JsonObjectBuilder builder =
        Json.createObjectBuilder()
            .add("familyName", family)
            .add("givenNames", given)
            .add("gender", head ? "FEMALE" : "MALE")
            .add("bornOn", "1980-03-02")
            .add("category", memberOfParliament ? "MEMBER_OF_PARLIAMENT" : "ADVISER")
            .add("head", head)
            .add("workingLanguage", "en")
            .add("visaLetter", visaLetter);
    if (memberOfParliament) {
      builder.add("title", "Hon.");
    }
    if (consent != null) {
      builder.add("listConsent", consent);
    }
    return builder;
  }

  private static String participant(
      String family, String given, boolean memberOfParliament, String consent, boolean head) {
    return details(family, given, memberOfParliament, head, consent, false).build().toString();
  }

  private static long id(Api.Answer added) {
    return added.expect(201).json().asJsonObject().getJsonNumber("id").longValue();
  }

  private static JsonObject line(JsonObject sheet, long participantId) {
    return sheet.getJsonArray("participants").getValuesAs(JsonObject.class).stream()
        .filter(p -> p.getJsonNumber("id").longValue() == participantId)
        .findFirst()
        .orElseThrow();
  }

  /** The Secretariat's view of the participant's request for a visa letter. */
  private static JsonObject request(long participantId) throws Exception {
    return SECRETARIAT.get("/api/visa-letters").expect(200).json().asJsonArray().stream()
        .map(v -> v.asJsonObject())
        .filter(v -> v.getJsonNumber("participantId").longValue() == participantId)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no visa request of " + participantId));
  }

  private static byte[] ok(HttpResponse<byte[]> answer) {
    assertThat(answer.statusCode())
        .as(new String(answer.body(), StandardCharsets.UTF_8))
        .isEqualTo(200);
    return answer.body();
  }

  private static String code(HttpResponse<byte[]> answer) {
    return Json.createReader(new ByteArrayInputStream(answer.body()))
        .readObject()
        .getString("code");
  }

  /** The CSV's records, the header first. */
  private static List<List<String>> csv(byte[] file) throws Exception {
    List<List<String>> rows = new ArrayList<>();
    for (CSVRecord record :
        CSVFormat.RFC4180.parse(new StringReader(new String(file, StandardCharsets.UTF_8)))) {
      rows.add(record.toList());
    }
    return rows;
  }

  /** The XLSX's first sheet as text, the header first; a blank cell as an empty text. */
  private static List<List<String>> xlsx(byte[] file) throws Exception {
    List<List<String>> rows = new ArrayList<>();
    DataFormatter formatter = new DataFormatter();
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
      Sheet sheet = workbook.getSheetAt(0);
      int columns = sheet.getRow(0).getLastCellNum();
      for (Row row : sheet) {
        List<String> values = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
          values.add(formatter.formatCellValue(row.getCell(c)));
        }
        rows.add(values);
      }
    }
    return rows;
  }

  /** Each participant's name as the lists show it (title, given names, family name). */
  private static List<String> names(List<List<String>> rows) {
    return rows.stream().skip(1).map(ParticipantListIT::name).toList();
  }

  private static String name(List<String> row) {
    String name = row.get(2) + " " + row.get(3);
    return row.get(1).isEmpty() ? name : row.get(1) + " " + name;
  }

  private static List<String> row(List<List<String>> rows, String name) {
    return rows.stream()
        .skip(1)
        .filter(row -> name(row).equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError(name + " not in " + rows));
  }

  private static String family(String name) {
    String[] words = name.split(" ");
    return words[words.length - 1];
  }

  private static String given(String name) {
    String[] words = name.split(" ");
    return words[words.length - 2];
  }

  /**
   * Where the first occurrence of the (left-to-right) word starts on its page, as a share of the
   * page's width from its left edge.
   */
  private static double share(byte[] pdf, String word) throws Exception {
    List<TextPosition> glyphs = new ArrayList<>();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper =
          new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition glyph) {
              glyphs.add(glyph);
              super.processTextPosition(glyph);
            }
          };
      stripper.getText(document);
      StringBuilder text = new StringBuilder();
      List<TextPosition> owners = new ArrayList<>();
      for (TextPosition glyph : glyphs) {
        for (char c : glyph.getUnicode().toCharArray()) {
          text.append(c);
          owners.add(glyph);
        }
      }
      int at = text.indexOf(word);
      assertThat(at).as(word + " in the PDF").isNotNegative();
      TextPosition first = owners.get(at);
      return first.getXDirAdj() / first.getPageWidth();
    }
  }
}

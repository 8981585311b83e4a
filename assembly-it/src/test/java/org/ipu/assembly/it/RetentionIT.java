package org.ipu.assembly.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipu.assembly.it.Deployments.DEMO_PASSWORD;
import static org.ipu.assembly.it.Plenary.SECRETARIAT;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ipu.assembly.testkit.Fixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Data protection: the personal data of a past Assembly's participants is deleted once its
 * retention period (365 days by default) is over, keeping anonymous counts per delegation, the
 * delegations and the gender sanction. Each test writes past Assemblies of its own (closed years
 * ago) and asserts about those only; the current Assembly is never touched.
 */
class RetentionIT extends IntegrationTest {

  private static final String RETENTION = "/api/registrations/retention";
  private static final String DRY_RUN = "{\"dryRun\": true}";
  private static final String RUN = "{\"dryRun\": false}";

  @Test
  void aDryRunListsThePastAssemblyAndTheRunDeletesItsPeopleButKeepsTheCounts() throws Exception {
    Fixtures.Parliament approved = Plenary.toRegister(12_000_000);
    Fixtures.Parliament returned = Plenary.toRegister(4_000_000);
    PastAssemblies.Past past = PastAssemblies.closedDaysAgo(730);
    long delegation = PastAssemblies.delegation(past, approved.id(), "APPROVED");
    long other = PastAssemblies.delegation(past, returned.id(), "RETURNED");
    LocalDate opened = past.closedOn().minusDays(4);
    List<Long> members =
        List.of(
            PastAssemblies.participant(
                delegation, "Diallo", "FEMALE", "MEMBER_OF_PARLIAMENT", opened.minusYears(30)),
            PastAssemblies.participant(
                delegation, "Sow", "MALE", "MEMBER_OF_PARLIAMENT", opened.minusYears(60)),
            PastAssemblies.participant(
                delegation, "Ba", "MALE", "MEMBER_OF_PARLIAMENT", opened.minusYears(44)));
    PastAssemblies.participant(delegation, "Fall", "FEMALE", "ADVISER", opened.minusYears(25));
    PastAssemblies.participant(delegation, "Ndiaye", "MALE", "ACCOMPANYING_PERSON", null);
    String seats = "SELECT COUNT(*) FROM participant_committee WHERE participant_id IN (?, ?, ?)";
    assertThat(Database.strings(seats, members.toArray())).containsExactly("3");
    Api focal = Plenary.delegate(approved.focalPoint());
    String current = "/api/registrations/" + approved.id();
    focal.post(current, "{}").expect(201);
    focal.post(current + "/participants", delegate("Diallo")).expect(201);
    long inCurrentAssembly = participantsOfTheCurrentAssembly();

    Api.Answer dryRun = SECRETARIAT.post(RETENTION, DRY_RUN).expect(200);
    assertThat(dryRun.json().asJsonObject().getBoolean("dryRun")).isTrue();
    JsonObject preview = of(dryRun, past).orElseThrow();
    assertThat(preview.getInt("delegations")).isEqualTo(2);
    assertThat(preview.getInt("participants")).isEqualTo(5);
    assertThat(preview.getBoolean("deleted")).isFalse();
    assertThat(preview.getString("closedOn")).isEqualTo(past.closedOn().toString());
    assertThat(preview.getString("keptUntil")).isEqualTo(past.closedOn().plusDays(365).toString());
    assertThat(participants(delegation)).as("a dry run deletes nothing").isEqualTo(5);
    assertThat(counts(delegation)).isEmpty();
    assertThat(purged(past)).isEmpty();

    JsonObject run = of(SECRETARIAT.post(RETENTION, RUN).expect(200), past).orElseThrow();
    assertThat(run.getInt("delegations")).isEqualTo(2);
    assertThat(run.getInt("participants")).isEqualTo(5);
    assertThat(run.getBoolean("deleted")).isTrue();

    assertThat(participants(delegation)).isZero();
    assertThat(Database.strings(seats, members.toArray()))
        .as("their committee seats go with them")
        .containsExactly("0");
    assertThat(counts(delegation))
        .as("category, gender, participants, young: the MPs born 30 and 44 years before are young")
        .containsExactly(
            "MEMBER_OF_PARLIAMENT FEMALE 1 1",
            "MEMBER_OF_PARLIAMENT MALE 2 1",
            "ADVISER FEMALE 1 0",
            "ACCOMPANYING_PERSON MALE 1 0");
    assertThat(
            Database.strings(
                "SELECT CONCAT(state, ' ', COALESCE(return_comment, '-'), ' ',"
                    + " COALESCE(approved_composition, '-'), ' ',"
                    + " personal_data_deleted_at IS NOT NULL) FROM delegation WHERE id IN (?, ?)"
                    + " ORDER BY id",
                delegation,
                other))
        .as("the delegations stay, without what named people")
        .containsExactly("APPROVED - - 1", "RETURNED - - 1");
    List<String> audited = purged(past);
    assertThat(audited).hasSize(1);
    JsonObject payload = Json.createReader(new StringReader(audited.get(0))).readObject();
    assertThat(payload.getInt("assemblyNumber")).isEqualTo(past.number());
    assertThat(payload.getInt("delegations")).isEqualTo(2);
    assertThat(payload.getInt("participants")).isEqualTo(5);

    assertThat(of(SECRETARIAT.post(RETENTION, DRY_RUN).expect(200), past))
        .as("nothing left to delete")
        .isEmpty();
    assertThat(of(SECRETARIAT.post(RETENTION, RUN).expect(200), past)).isEmpty();
    assertThat(purged(past)).as("a second run purges nothing more").hasSize(1);
    assertThat(counts(delegation)).hasSize(4);

    assertThat(participantsOfTheCurrentAssembly()).isEqualTo(inCurrentAssembly);
    assertThat(focal.get(current).expect(200).json().asJsonObject().getJsonArray("participants"))
        .as("the current Assembly's delegations are untouched")
        .hasSize(1);
  }

  @Test
  void theGenderSanctionSurvivesThePurge() throws Exception {
    Fixtures.Parliament singleSex = Plenary.toRegister(3_000_000);
    Fixtures.Parliament fresh = Plenary.toRegister(3_000_000);
    List<Long> earlier = new java.util.ArrayList<>();
    for (int yearsAgo = 4; yearsAgo >= 2; yearsAgo--) {
      PastAssemblies.Past past = PastAssemblies.closedDaysAgo(365 * yearsAgo);
      long delegation = PastAssemblies.delegation(past, singleSex.id(), "APPROVED");
      PastAssemblies.participant(delegation, "Khan", "MALE", "MEMBER_OF_PARLIAMENT", null);
      PastAssemblies.participant(delegation, "Shah", "MALE", "MEMBER_OF_PARLIAMENT", null);
      PastAssemblies.participant(delegation, "Rana", "FEMALE", "ADVISER", null);
      earlier.add(delegation);
    }
    JsonObject sanctioned = startWithOneMan(singleSex);
    JsonObject notSanctioned = startWithOneMan(fresh);
    assertThat(codes(sanctioned)).contains("delegation.single-sex-sanction");
    assertThat(codes(notSanctioned)).contains("delegation.single-sex");
    assertThat(sanctioned.getInt("delegateLimit"))
        .as("three single-sex delegations in a row: one delegate fewer")
        .isLessThan(notSanctioned.getInt("delegateLimit"));
    assertThat(votesRemovedBySanction(singleSex)).as("and votes fewer in the plenary").isPositive();
    assertThat(votesRemovedBySanction(fresh)).isZero();

    SECRETARIAT.post(RETENTION, RUN).expect(200);

    for (long delegation : earlier) {
      assertThat(participants(delegation)).isZero();
      assertThat(counts(delegation))
          .containsExactly("MEMBER_OF_PARLIAMENT MALE 2 0", "ADVISER FEMALE 1 0");
    }
    JsonObject after =
        Plenary.delegate(singleSex.focalPoint())
            .get("/api/registrations/" + singleSex.id())
            .expect(200)
            .json()
            .asJsonObject();
    assertThat(codes(after)).contains("delegation.single-sex-sanction");
    assertThat(after.getInt("delegateLimit")).isEqualTo(sanctioned.getInt("delegateLimit"));
    assertThat(votesRemovedBySanction(singleSex)).isPositive();
  }

  static int votesRemovedBySanction(Fixtures.Parliament parliament) throws Exception {
    return SECRETARIAT
        .get("/api/plenary/entitlements")
        .expect(200)
        .json()
        .asJsonArray()
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(e -> e.getJsonNumber("parliamentId").longValue() == parliament.id())
        .findFirst()
        .orElseThrow()
        .getInt("votesRemovedBySanction");
  }

  @Test
  void onlyTheSecretariatRunsItAndMustSayWhetherItIsADryRun() throws Exception {
    Fixtures.Parliament parliament = Plenary.toRegister(1_500_000);
    for (String body : List.of(DRY_RUN, RUN)) {
      Api.Answer focal = Plenary.delegate(parliament.focalPoint()).post(RETENTION, body);
      assertThat(focal.status()).isEqualTo(403);
      assertThat(focal.code()).isEqualTo("auth.forbidden");
      assertThat(Plenary.delegate(parliament.head()).post(RETENTION, body).status()).isEqualTo(403);
    }
    // a client of its own: the shared Secretariat client stays in English for the other tests
    Api.Answer unsaid = Api.as("secretariat", DEMO_PASSWORD).inLanguage("fr").post(RETENTION, "{}");
    assertThat(unsaid.status()).isEqualTo(400);
    assertThat(unsaid.code()).isEqualTo("registration.retention.dry-run.required");
    assertThat(unsaid.message()).contains("essai");
  }

  @Test
  void theSecretariatPreviewsThenDeletesOnThePageAfterConfirming() throws Exception {
    Fixtures.Parliament parliament = Plenary.toRegister(7_000_000);
    PastAssemblies.Past past = PastAssemblies.closedDaysAgo(900);
    long delegation = PastAssemblies.delegation(past, parliament.id(), "APPROVED");
    PastAssemblies.participant(delegation, "Haddad", "FEMALE", "MEMBER_OF_PARLIAMENT", null);
    PastAssemblies.participant(delegation, "Nasser", "MALE", "MEMBER_OF_PARLIAMENT", null);
    try (Browser browser = Browser.open()) {
      browser.signIn("secretariat", DEMO_PASSWORD).waitFor(By.id("home-secretariat"));
      browser.driver().findElement(By.partialLinkText("Personal data of past Assemblies")).click();
      browser.waitFor(By.id("retention:preview")).click();
      waitForRow(browser, past.number(), "Due for deletion");
      assertThat(participants(delegation)).as("a preview deletes nothing").isEqualTo(2);

      browser.waitFor(By.id("retention:delete")).click();
      browser.waitFor(By.cssSelector(".ui-confirmdialog-no")).click();
      assertThat(participants(delegation)).as("not confirmed: nothing deleted").isEqualTo(2);

      browser.waitFor(By.id("retention:delete")).click();
      browser.waitFor(By.cssSelector(".ui-confirmdialog-yes")).click();
      browser.waitForText(By.id("messages"), "was deleted");
      waitForRow(browser, past.number(), "Deleted");
      assertThat(participants(delegation)).isZero();
    }
  }

  /** The entry of the report's list about the Assembly, if it lists it. */
  private static Optional<JsonObject> of(Api.Answer answer, PastAssemblies.Past past) {
    JsonObject report = answer.json().asJsonObject();
    return report.getJsonArray("assemblies").getValuesAs(JsonObject.class).stream()
        .filter(a -> a.getInt("assemblyNumber") == past.number())
        .findFirst();
  }

  private static long participants(long delegation) throws Exception {
    return Database.count("SELECT COUNT(*) FROM participant WHERE delegation_id = ?", delegation);
  }

  private static long participantsOfTheCurrentAssembly() throws Exception {
    return Long.parseLong(
        Database.strings(
                "SELECT COUNT(*) FROM participant p JOIN delegation d ON d.id = p.delegation_id"
                    + " JOIN assembly_session s ON s.id = d.session_id WHERE s.is_current")
            .get(0));
  }

  /** The counts kept of the delegation: category, gender, participants, young. */
  private static List<String> counts(long delegation) throws Exception {
    return Database.strings(
        "SELECT CONCAT(category, ' ', gender, ' ', participants, ' ', young)"
            + " FROM delegation_statistics WHERE delegation_id = ?"
            + " ORDER BY FIELD(category, 'MEMBER_OF_PARLIAMENT', 'ADVISER',"
            + " 'DELEGATION_SECRETARY', 'ACCOMPANYING_PERSON'), gender",
        delegation);
  }

  /** The payloads of the Assembly's registration.purged audit entries. */
  private static List<String> purged(PastAssemblies.Past past) throws Exception {
    return Database.strings(
        "SELECT payload FROM audit_record WHERE subject = ? AND kind = 'registration.purged'",
        "assembly-registration:" + past.id());
  }

  static JsonObject startWithOneMan(Fixtures.Parliament parliament) throws Exception {
    Api focal = Plenary.delegate(parliament.focalPoint());
    String base = "/api/registrations/" + parliament.id();
    focal.post(base, "{}").expect(201);
    focal.post(base + "/participants", delegate("Malik")).expect(201);
    return focal.get(base).expect(200).json().asJsonObject();
  }

  /** A male member of parliament, head of the delegation, as a focal point registers him. */
  private static String delegate(String familyName) {
    return Json.createObjectBuilder()
        .add("familyName", familyName)
        .add("givenNames", "Omar")
        .add("gender", "MALE")
        .add("category", "MEMBER_OF_PARLIAMENT")
        .add("head", true)
        .add("committeeMember", Json.createArrayBuilder())
        .add("committeeSubstitute", Json.createArrayBuilder())
        .add("workingLanguage", "en")
        .build()
        .toString();
  }

  /** Waits until the page lists the Assembly under the heading. */
  private static void waitForRow(Browser browser, int number, String heading) {
    browser.waitForText(By.id("retention:table"), String.valueOf(number));
    browser.waitForText(By.id("retention-heading"), heading);
  }

  static List<String> codes(JsonObject sheet) {
    return sheet.getJsonArray("findings").getValuesAs(JsonObject.class).stream()
        .map(f -> f.getString("code"))
        .toList();
  }
}

package org.ipu.assembly.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipu.assembly.it.Plenary.SECRETARIAT;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.ipu.assembly.testkit.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * Delegation registration through the API, as a parliament's focal point and the Secretariat do it:
 * register, submit, return with a comment, change, approve, change after approval; the mails the
 * focal point receives; the composition rules blocking a submission; another parliament's focal
 * point refused; two people editing at once; fifty additions racing for eight places. Each test
 * registers a parliament of its own.
 */
class RegistrationIT extends IntegrationTest {

  @Test
  void aFocalPointRegistersTheSecretariatReturnsThenApprovesAndAChangeNeedsApprovalAgain()
      throws Exception {
    Fixtures.Parliament parliament = Plenary.toRegister(45_000_000);
    Api focal = Plenary.delegate(parliament.focalPoint());
    String base = "/api/registrations/" + parliament.id();

    assertThat(focal.get(base).code()).isEqualTo("registration.none");
    focal.post(base, "{\"fromEarlierAssembly\": false}").expect(201);
    assertThat(focal.post(base, "{}").code()).isEqualTo("registration.exists");

    JsonObject head =
        focal
            .post(
                base + "/participants",
                participant("Amani", "Wairimu", "FEMALE", "MEMBER_OF_PARLIAMENT", true))
            .expect(201)
            .json()
            .asJsonObject();
    focal
        .post(
            base + "/participants",
            participant("Baraka", "Otieno", "MALE", "MEMBER_OF_PARLIAMENT", false))
        .expect(201);
    focal
        .post(base + "/participants", participant("Chege", "Njeri", "FEMALE", "ADVISER", false))
        .expect(201);

    JsonObject sheet = focal.get(base).expect(200).json().asJsonObject();
    assertThat(sheet.getString("state")).isEqualTo("DRAFT");
    assertThat(sheet.getInt("delegates")).as("the adviser does not count").isEqualTo(2);
    assertThat(sheet.getInt("delegateLimit")).isEqualTo(8);
    assertThat(sheet.getJsonArray("findings")).isEmpty();
    assertThat(sheet.getJsonArray("participants")).hasSize(3);

    JsonObject submitted =
        focal.post(base + "/submission", version(sheet)).expect(200).json().asJsonObject();
    assertThat(submitted.getString("state")).isEqualTo("SUBMITTED");
    String email = parliament.focalPoint() + "@test.invalid";
    Mailbox.Mail confirmation = Mailbox.awaitMailTo(email);
    assertThat(confirmation.subject())
        .isEqualTo("Delegation of " + parliament.name() + " submitted to IPU Assembly no. 152");
    assertThat(confirmation.text()).contains("with 2 delegates");

    long headId = head.getJsonNumber("id").longValue();
    assertThat(
            focal
                .put(
                    "/api/registrations/participants/" + headId,
                    participant("Amani", "Wairimu", "FEMALE", "MEMBER_OF_PARLIAMENT", true, 0))
                .code())
        .as("a submitted delegation waits for the Secretariat")
        .isEqualTo("registration.waiting");
    assertThat(focal.post(base + "/approval", version(submitted)).status())
        .as("only the Secretariat decides")
        .isEqualTo(403);

    assertThat(
            SECRETARIAT
                .post(
                    base + "/return",
                    "{\"version\": " + submitted.getJsonNumber("version") + ", \"comment\": \" \"}")
                .code())
        .isEqualTo("registration.comment.required");
    JsonObject returned =
        SECRETARIAT
            .post(
                base + "/return",
                "{\"version\": "
                    + submitted.getJsonNumber("version")
                    + ", \"comment\": \"Give the family name as in the passport.\"}")
            .expect(200)
            .json()
            .asJsonObject();
    assertThat(returned.getString("state")).isEqualTo("RETURNED");
    Mailbox.Mail comments = Mailbox.awaitMailTo(email, 2);
    assertThat(comments.subject()).contains("the Secretariat asks for changes");
    assertThat(comments.text()).contains("Give the family name as in the passport.");

    JsonObject mine = focal.get(base).expect(200).json().asJsonObject();
    assertThat(mine.getString("returnComment"))
        .isEqualTo("Give the family name as in the passport.");
    long headVersion =
        line(mine, headId).getJsonObject("details").getJsonNumber("version").longValue();
    focal
        .put(
            "/api/registrations/participants/" + headId,
            participant("AMANI", "Wairimu", "FEMALE", "MEMBER_OF_PARLIAMENT", true, headVersion))
        .expect(200);
    mine = focal.get(base).expect(200).json().asJsonObject();
    assertThat(mine.getString("state")).isEqualTo("RETURNED");
    JsonObject again =
        focal.post(base + "/submission", version(mine)).expect(200).json().asJsonObject();

    JsonObject approved =
        SECRETARIAT.post(base + "/approval", version(again)).expect(200).json().asJsonObject();
    assertThat(approved.getString("state")).isEqualTo("APPROVED");
    assertThat(approved.getString("decidedBy")).isEqualTo("secretariat");
    assertThat(Mailbox.awaitMailTo(email, 4).subject())
        .isEqualTo("Delegation of " + parliament.name() + " approved for IPU Assembly no. 152");

    headVersion =
        line(approved, headId).getJsonObject("details").getJsonNumber("version").longValue();
    focal
        .put(
            "/api/registrations/participants/" + headId,
            participant(
                "AMANI", "Wairimu", "FEMALE", "MEMBER_OF_PARLIAMENT", true, headVersion, "fr"))
        .expect(200);
    JsonObject changed = focal.get(base).expect(200).json().asJsonObject();
    assertThat(changed.getString("state"))
        .as("a change after approval needs approval again")
        .isEqualTo("DRAFT");
    assertThat(changed.getJsonArray("changesSinceApproval")).hasSize(1);
    JsonObject change = changed.getJsonArray("changesSinceApproval").getJsonObject(0);
    assertThat(change.getString("kind")).isEqualTo("CHANGED");
    assertThat(change.getString("participant")).isEqualTo("Wairimu AMANI");
    assertThat(change.getJsonArray("fields").getString(0)).isEqualTo("workingLanguage");

    assertThat(
            Database.strings(
                "SELECT kind FROM audit_record WHERE subject = ? ORDER BY sequence",
                "delegation:" + sheet.getJsonNumber("id")))
        .containsSequence(
            "registration.submitted",
            "registration.returned",
            "registration.participant",
            "registration.submitted",
            "registration.approved",
            "registration.participant");
    assertThat(
            Database.strings(
                "SELECT payload FROM audit_record WHERE subject = ? AND kind = ?",
                "delegation:" + sheet.getJsonNumber("id"),
                "registration.returned"))
        .singleElement()
        .as("the trail keeps the comment's digest, not the comment (which may name people)")
        .satisfies(
            payload ->
                assertThat(payload)
                    .doesNotContain("passport")
                    .contains(
                        java.util.HexFormat.of()
                            .formatHex(
                                java.security.MessageDigest.getInstance("SHA-256")
                                    .digest(
                                        "Give the family name as in the passport."
                                            .getBytes(java.nio.charset.StandardCharsets.UTF_8)))));
    JsonObject audit = SECRETARIAT.post("/api/audit/verify", "").expect(200).json().asJsonObject();
    assertThat(audit.getJsonArray("problems").getValuesAs(JsonObject.class))
        .noneMatch(p -> p.getString("subject").equals("delegation:" + sheet.getJsonNumber("id")));
  }

  @Test
  void aBrokenRuleBlocksSubmissionWithItsReasonAndBadInputIsRefusedFieldByField() throws Exception {
    Fixtures.Parliament parliament = Plenary.toRegister(2_000_000);
    Api focal = Plenary.delegate(parliament.focalPoint());
    String base = "/api/registrations/" + parliament.id();
    focal.post(base, "{}").expect(201);
    focal
        .post(
            base + "/participants",
            participant("Dubois", "Marie", "FEMALE", "MEMBER_OF_PARLIAMENT", false))
        .expect(201);

    JsonObject sheet = focal.get(base).expect(200).json().asJsonObject();
    assertThat(sheet.getJsonArray("findings").getValuesAs(JsonObject.class))
        .extracting(f -> f.getString("code"))
        .containsExactly("delegation.no-head", "delegation.single-sex");
    Api.Answer refused = focal.post(base + "/submission", version(sheet));
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.code()).isEqualTo("delegation.no-head");

    Api.Answer blank =
        focal.post(
            base + "/participants",
            participant(" ", "Marie", "FEMALE", "MEMBER_OF_PARLIAMENT", false));
    assertThat(blank.status()).isEqualTo(400);
    assertThat(blank.code()).isEqualTo("participant.family-name.invalid");
    assertThat(
            focal
                .post(base + "/participants", participant("Roy", "Jean", "MALE", "ADVISER", true))
                .code())
        .isEqualTo("participant.head.not-delegate");
    assertThat(focal.get(base).json().asJsonObject().getJsonArray("participants"))
        .as("nothing refused was written")
        .hasSize(1);
  }

  @Test
  void anotherParliamentsFocalPointNeitherReadsNorChangesTheDelegation() throws Exception {
    Fixtures.Parliament owner = Plenary.toRegister(3_000_000);
    Fixtures.Parliament other = Plenary.toRegister(3_000_000);
    Api focal = Plenary.delegate(owner.focalPoint());
    Api intruder = Plenary.delegate(other.focalPoint());
    String base = "/api/registrations/" + owner.id();
    focal.post(base, "{}").expect(201);
    long id =
        focal
            .post(
                base + "/participants",
                participant("Lee", "Min", "FEMALE", "MEMBER_OF_PARLIAMENT", true))
            .expect(201)
            .json()
            .asJsonObject()
            .getJsonNumber("id")
            .longValue();

    assertThat(intruder.get(base).code()).isEqualTo("auth.other-parliament");
    assertThat(
            intruder
                .post(base + "/participants", participant("X", "Y", "MALE", "ADVISER", false))
                .code())
        .isEqualTo("auth.other-parliament");
    assertThat(
            intruder
                .put(
                    "/api/registrations/participants/" + id,
                    participant("X", "Y", "MALE", "ADVISER", false, 0))
                .code())
        .isEqualTo("auth.other-parliament");
    assertThat(
            intruder
                .send(
                    "DELETE",
                    "/api/registrations/participants/" + id + "?version=0",
                    "application/json",
                    "")
                .code())
        .isEqualTo("auth.other-parliament");
    assertThat(intruder.post(base + "/submission", "{\"version\": 1}").code())
        .isEqualTo("auth.other-parliament");
    assertThat(Plenary.delegate(owner.head()).get(base).status())
        .as("a delegate does not see the delegation's personal data")
        .isEqualTo(403);
    assertThat(intruder.get("/api/registrations").status()).isEqualTo(403);
    assertThat(focal.get(base).json().asJsonObject().getJsonArray("participants")).hasSize(1);
  }

  @Test
  void twoPeopleEditingOneParticipantAtOnceGetAConflictAndTheFirstChangeIsKept() throws Exception {
    Fixtures.Parliament parliament = Plenary.toRegister(3_000_000);
    Api focal = Plenary.delegate(parliament.focalPoint());
    String base = "/api/registrations/" + parliament.id();
    focal.post(base, "{}").expect(201);
    JsonObject added =
        focal
            .post(
                base + "/participants",
                participant("Ito", "Yuki", "FEMALE", "MEMBER_OF_PARLIAMENT", true))
            .expect(201)
            .json()
            .asJsonObject();
    long id = added.getJsonNumber("id").longValue();
    long read = added.getJsonObject("details").getJsonNumber("version").longValue();

    SECRETARIAT
        .put(
            "/api/registrations/participants/" + id,
            participant("ITO", "Yuki", "FEMALE", "MEMBER_OF_PARLIAMENT", true, read))
        .expect(200);
    Api.Answer late =
        focal.put(
            "/api/registrations/participants/" + id,
            participant("Itō", "Yuki", "FEMALE", "MEMBER_OF_PARLIAMENT", true, read));
    assertThat(late.status()).isEqualTo(409);
    assertThat(late.code()).isEqualTo("registration.changed-meanwhile");
    assertThat(
            line(focal.get(base).json().asJsonObject(), id)
                .getJsonObject("details")
                .getString("familyName"))
        .isEqualTo("ITO");
    assertThat(
            focal
                .send(
                    "DELETE",
                    "/api/registrations/participants/" + id + "?version=" + read,
                    "application/json",
                    "")
                .code())
        .isEqualTo("registration.changed-meanwhile");
  }

  @Test
  void fiftyAdditionsAtOnceToADelegationWithEightPlacesAcceptExactlyEight() throws Exception {
    Fixtures.Parliament parliament = Plenary.toRegister(60_000_000);
    Api focal = Plenary.delegate(parliament.focalPoint());
    String base = "/api/registrations/" + parliament.id();
    focal.post(base, "{}").expect(201);

    ExecutorService pool = Executors.newFixedThreadPool(25);
    try {
      List<Callable<Api.Answer>> additions = new ArrayList<>();
      for (int i = 0; i < 50; i++) {
        String body =
            participant(
                "Member" + i, "Hon", i % 2 == 0 ? "FEMALE" : "MALE", "MEMBER_OF_PARLIAMENT", false);
        Api caller = i % 2 == 0 ? focal : SECRETARIAT;
        additions.add(() -> caller.post(base + "/participants", body));
      }
      List<Api.Answer> answers = new ArrayList<>();
      for (Future<Api.Answer> answer : pool.invokeAll(additions)) {
        answers.add(answer.get());
      }
      assertThat(answers.stream().filter(a -> a.status() == 201)).hasSize(8);
      assertThat(answers.stream().filter(a -> a.status() == 409))
          .hasSize(42)
          .allSatisfy(a -> assertThat(a.code()).isEqualTo("delegation.size-limit"))
          .allSatisfy(a -> assertThat(a.message()).as("in any language").contains("9", "8"));
    } finally {
      pool.shutdownNow();
    }
    JsonObject sheet = focal.get(base).expect(200).json().asJsonObject();
    assertThat(sheet.getInt("delegates")).isEqualTo(8);
    assertThat(
            Database.count(
                "SELECT COUNT(*) FROM participant p JOIN delegation d ON d.id = p.delegation_id"
                    + " WHERE d.parliament_id = ?",
                parliament.id()))
        .isEqualTo(8);
  }

  @Test
  void theFocalPointInvitesARegisteredDelegateWhoSignsInAndOnceApprovedChecksInAndCasts()
      throws Exception {
    Fixtures.Parliament parliament = Plenary.toRegister(12_000_000);
    Api focal = Plenary.delegate(parliament.focalPoint());
    String base = "/api/registrations/" + parliament.id();
    focal.post(base, "{}").expect(201);
    String email = "wanjiku." + parliament.countryCode().toLowerCase() + "@parliament.test";
    long delegate =
        focal
            .post(
                base + "/participants",
                details("Kamau", "Wanjikũ", "FEMALE", "MEMBER_OF_PARLIAMENT", true, "fr")
                    .add("email", email)
                    .build()
                    .toString())
            .expect(201)
            .json()
            .asJsonObject()
            .getJsonNumber("id")
            .longValue();
    long adviser =
        focal
            .post(base + "/participants", participant("Mutua", "Jo", "MALE", "ADVISER", false))
            .expect(201)
            .json()
            .asJsonObject()
            .getJsonNumber("id")
            .longValue();
    String invitation = "/api/registrations/participants/" + delegate + "/invitation";
    Api intruder = Plenary.delegate(Plenary.toRegister(1_000_000).focalPoint());
    assertThat(intruder.post(invitation, "").code()).isEqualTo("auth.other-parliament");
    assertThat(focal.post("/api/registrations/participants/" + adviser + "/invitation", "").code())
        .isEqualTo("participant.invite.not-delegate");

    JsonObject invited = focal.post(invitation, "").expect(200).json().asJsonObject();
    String username = "wanjiku.kamau." + parliament.countryCode().toLowerCase();
    assertThat(invited.getString("account")).isEqualTo(username);
    assertThat(invited.getBoolean("signsIn")).isFalse();
    Mailbox.Mail mail = Mailbox.awaitMailTo(email);
    assertThat(mail.language()).isEqualTo("fr");
    assertThat(Invited.acceptInvitation(email, "Un-mot-de-passe-2027")).isEqualTo(username);

    Api herself = Api.as(username, "Un-mot-de-passe-2027");
    assertThat(herself.post("/api/plenary/check-in", "").code())
        .as("the registration is not approved yet")
        .isEqualTo("presence.not-accredited");
    JsonObject sheet = focal.get(base).expect(200).json().asJsonObject();
    JsonObject submitted =
        focal.post(base + "/submission", version(sheet)).expect(200).json().asJsonObject();
    SECRETARIAT.post(base + "/approval", version(submitted)).expect(200);

    herself.post("/api/plenary/check-in", "").expect(200);
    assertThat(herself.get("/api/plenary/presence/me").json().asJsonObject().getString("state"))
        .isEqualTo("REQUESTED");
    Plenary.present(username);
    long vote = Plenary.open("Registered delegations vote", "ELECTRONIC", "SIMPLE");
    assertThat(
            herself
                .post("/api/votes/" + vote + "/ballots", Plenary.ballot(3, 1, 0, "k-" + username))
                .status())
        .as("the approved registration made her the head of delegation: she casts")
        .isEqualTo(201);
    SECRETARIAT.post("/api/votes/" + vote + "/close", "").expect(200);
    JsonObject own =
        herself
            .get("/api/registrations/mine")
            .expect(200)
            .json()
            .asJsonObject()
            .getJsonArray("registrations")
            .getJsonObject(0);
    assertThat(own.getInt("assemblyNumber")).isEqualTo(152);
    assertThat(own.getJsonObject("details").getString("givenNames")).isEqualTo("Wanjikũ");
    assertThat(herself.get(base).status())
        .as("a delegate reads only their own data")
        .isEqualTo(403);
    assertThat(focal.post(invitation, "").code()).isEqualTo("participant.invite.signs-in");
    assertThat(line(focal.get(base).json().asJsonObject(), delegate).getBoolean("signsIn"))
        .isTrue();
  }

  @Test
  void theHeadOfDelegationCastsAsTheSecretariatLastApprovedUntilAChangeIsApproved()
      throws Exception {
    Fixtures.Parliament parliament = Plenary.toRegister(25_000_000);
    Api focal = Plenary.delegate(parliament.focalPoint());
    String base = "/api/registrations/" + parliament.id();
    String code = parliament.countryCode().toLowerCase(java.util.Locale.ROOT);
    focal.post(base, "{}").expect(201);
    long first = registered(focal, base, "Achieng" + code, true);
    long second = registered(focal, base, "Barasa" + code, false);
    approve(focal, base);
    Api firstHead = signsIn(focal, first, "achieng" + code);
    Api secondDelegate = signsIn(focal, second, "barasa" + code);
    Plenary.present(account(focal, base, first), account(focal, base, second));

    long vote = Plenary.open("Heads come from the approved registration", "ELECTRONIC", "SIMPLE");
    String ballots = "/api/votes/" + vote + "/ballots";
    assertThat(secondDelegate.post(ballots, Plenary.ballot(1, 0, 0, "b1-" + code)).code())
        .isEqualTo("ballot.not-designated");

    JsonObject sheet = focal.get(base).expect(200).json().asJsonObject();
    focal
        .put(
            "/api/registrations/participants/" + first,
            participant(
                "Achieng" + code,
                "Achieng" + code,
                "FEMALE",
                "MEMBER_OF_PARLIAMENT",
                false,
                detailsVersion(sheet, first)))
        .expect(200);
    focal
        .put(
            "/api/registrations/participants/" + second,
            participant(
                "Barasa" + code,
                "Barasa" + code,
                "MALE",
                "MEMBER_OF_PARLIAMENT",
                true,
                detailsVersion(sheet, second)))
        .expect(200);
    assertThat(secondDelegate.post(ballots, Plenary.ballot(1, 0, 0, "b2-" + code)).code())
        .as("the change waits for the Secretariat's approval")
        .isEqualTo("ballot.not-designated");
    assertThat(firstHead.post(ballots, Plenary.ballot(2, 0, 0, "a1-" + code)).status())
        .as("the head as last approved still casts")
        .isEqualTo(201);

    approve(focal, base);
    assertThat(secondDelegate.post(ballots, Plenary.ballot(3, 0, 0, "b3-" + code)).status())
        .isEqualTo(201);
    assertThat(firstHead.post(ballots, Plenary.ballot(4, 0, 0, "a2-" + code)).code())
        .isEqualTo("ballot.not-designated");
    SECRETARIAT.post("/api/votes/" + vote + "/close", "").expect(200);
    assertThat(Plenary.board(Plenary.snapshot(vote), parliament.countryCode()).getInt("yes"))
        .isEqualTo(3);
  }

  private static long registered(Api focal, String base, String name, boolean head)
      throws Exception {
    return focal
        .post(
            base + "/participants",
            participant(name, name, head ? "FEMALE" : "MALE", "MEMBER_OF_PARLIAMENT", head))
        .expect(201)
        .json()
        .asJsonObject()
        .getJsonNumber("id")
        .longValue();
  }

  /** The focal point submits the delegation and the Secretariat approves it. */
  private static void approve(Api focal, String base) throws Exception {
    JsonObject sheet = focal.get(base).expect(200).json().asJsonObject();
    JsonObject submitted =
        focal.post(base + "/submission", version(sheet)).expect(200).json().asJsonObject();
    SECRETARIAT.post(base + "/approval", version(submitted)).expect(200);
  }

  /** The focal point invites the participant, who sets a password and signs in. */
  private static Api signsIn(Api focal, long participant, String given) throws Exception {
    String username =
        focal
            .post("/api/registrations/participants/" + participant + "/invitation", "")
            .expect(200)
            .json()
            .asJsonObject()
            .getString("account");
    Invited.acceptInvitation(
        given.toLowerCase(java.util.Locale.ROOT) + "@parliament.test", "Un-mot-de-passe-2027");
    return Api.as(username, "Un-mot-de-passe-2027");
  }

  private static String account(Api focal, String base, long participant) throws Exception {
    return line(focal.get(base).expect(200).json().asJsonObject(), participant)
        .getString("account");
  }

  private static long detailsVersion(JsonObject sheet, long participant) {
    return line(sheet, participant).getJsonObject("details").getJsonNumber("version").longValue();
  }

  @Test
  void focalPointsWhoseDelegationIsNotSubmittedAreRemindedOnceBeforeRegistrationCloses()
      throws Exception {
    Fixtures.Parliament late = Plenary.toRegister(4_000_000);
    Fixtures.Parliament done = Plenary.toRegister(4_000_000);
    Api focal = Plenary.delegate(done.focalPoint());
    String base = "/api/registrations/" + done.id();
    focal.post(base, "{}").expect(201);
    focal
        .post(
            base + "/participants",
            participant("Ng", "Mei", "FEMALE", "MEMBER_OF_PARLIAMENT", true))
        .expect(201);
    focal.post(base + "/submission", version(focal.get(base).json().asJsonObject())).expect(200);

    LocalDate opens =
        LocalDate.parse(
            Database.strings("SELECT opens_on FROM assembly_session WHERE is_current").get(0));
    long closesInTenDays = ChronoUnit.DAYS.between(LocalDate.now(ZoneOffset.UTC), opens) - 10;
    setting("registration.closes", String.valueOf(closesInTenDays));
    try {
      JsonObject sent =
          SECRETARIAT.post("/api/registrations/reminders", "").expect(200).json().asJsonObject();
      assertThat(sent.getInt("reminder")).as("14 days before closing, not yet 7").isEqualTo(1);
      assertThat(sent.getInt("parliaments")).isPositive();
      Mailbox.Mail reminder = Mailbox.awaitMailTo(late.focalPoint() + "@test.invalid");
      assertThat(reminder.subject())
          .isEqualTo(
              "Registration for IPU Assembly no. 152 closes soon: the delegation of "
                  + late.name()
                  + " is not submitted");
      assertThat(reminders(late)).containsExactly("1");
      assertThat(reminders(done)).as("a submitted delegation is not reminded").isEmpty();

      JsonObject again =
          SECRETARIAT.post("/api/registrations/reminders", "").expect(200).json().asJsonObject();
      assertThat(again.getInt("parliaments")).as("each reminder once").isZero();
      assertThat(focal.post("/api/registrations/reminders", "").status()).isEqualTo(403);
    } finally {
      setting("registration.closes", "null");
    }
  }

  private static List<String> reminders(Fixtures.Parliament parliament) throws Exception {
    return Database.strings(
        "SELECT reminder FROM registration_reminder WHERE parliament_id = ?", parliament.id());
  }

  private static void setting(String key, String value) throws Exception {
    Plenary.settings("{\"" + key + "\": " + value + "}");
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

  static String participant(
      String family, String given, String gender, String category, boolean head) {
    return details(family, given, gender, category, head, "en").build().toString();
  }

  private static String participant(
      String family, String given, String gender, String category, boolean head, long version) {
    return participant(family, given, gender, category, head, version, "en");
  }

  private static String participant(
      String family,
      String given,
      String gender,
      String category,
      boolean head,
      long version,
      String language) {
    return details(family, given, gender, category, head, language)
        .add("version", version)
        .build()
        .toString();
  }

  private static JsonObjectBuilder details(
      String family, String given, String gender, String category, boolean head, String language) {
    JsonArrayBuilder committees = Json.createArrayBuilder();
    if (category.equals("MEMBER_OF_PARLIAMENT")) {
      committees.add("SUSTAINABLE_DEVELOPMENT");
    }
    return Json.createObjectBuilder()
        .add("familyName", family)
        .add("givenNames", given)
        .add("gender", gender)
        .add("bornOn", "1985-06-15")
        .add("category", category)
        .add("head", head)
        .add("committeeMember", committees)
        .add("email", given.toLowerCase(java.util.Locale.ROOT) + "@parliament.test")
        .add("workingLanguage", language)
        .add("arrivesOn", "2027-04-11")
        .add("departsOn", "2027-04-16")
        .add("listConsent", "PUBLIC");
  }
}

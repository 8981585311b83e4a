package org.ipu.assembly.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipu.assembly.it.Plenary.SECRETARIAT;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.ipu.assembly.testkit.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * Badges and check-in through the API, as the accreditation desk uses them: the badge's QR code
 * checks in its holder, a reprinted badge's old code is refused with when it was reprinted, a focal
 * point prints only its own delegation's badges, a desk's replayed scan counts once, an entry to
 * the plenary hall asks for the delegate's presence.
 */
class AccreditationIT extends IntegrationTest {

  @Test
  void aBadgesQrCodeChecksInItsHolderOnceAndSaysWhenTheSecondTime() throws Exception {
    Fixtures.Parliament parliament = Plenary.parliament(2_000_000, 1);
    List<String> families = Badges.families(parliament);

    List<Badges.Page> pages =
        Badges.print(
            SECRETARIAT, "{\"parliamentId\": " + parliament.id() + ", \"language\": \"en\"}");

    assertThat(pages).hasSize(families.size());
    Badges.Page badge = Badges.of(pages, families.get(0));
    assertThat(badge.text()).contains(parliament.name()).contains("Member of parliament");
    assertThat(badge.token()).matches("[A-Za-z0-9_-]{22}");

    JsonObject first = scan(badge.token(), "ARRIVAL", null).expect(200).json().asJsonObject();
    assertThat(first.getString("outcome")).isEqualTo("CHECKED_IN");
    assertThat(first.getJsonObject("person").getString("familyName")).isEqualTo(families.get(0));
    assertThat(first.getJsonObject("person").getString("delegation")).isEqualTo(parliament.name());

    JsonObject second = scan(badge.token(), "ARRIVAL", null).expect(200).json().asJsonObject();
    assertThat(second.getString("outcome")).isEqualTo("ALREADY");
    assertThat(second.getString("at")).isEqualTo(first.getString("at"));
    assertThat(Badges.arrivals(parliament, families.get(0))).isEqualTo(1);

    JsonObject unknown =
        scan("AAAAAAAAAAAAAAAAAAAAAA", "ARRIVAL", null).expect(200).json().asJsonObject();
    assertThat(unknown.getString("outcome")).isEqualTo("UNKNOWN");
  }

  @Test
  void reprintingABadgeRevokesTheOneBefore() throws Exception {
    Fixtures.Parliament parliament = Plenary.parliament(1_500_000, 0);
    String family = Badges.families(parliament).get(0);
    String participant =
        Database.strings(
                "SELECT p.id FROM participant p JOIN delegation d ON d.id = p.delegation_id"
                    + " WHERE d.parliament_id = ?",
                parliament.id())
            .get(0);
    String old = printedToken(parliament, family);

    String fresh =
        Badges.of(Badges.print(SECRETARIAT, "{\"participantId\": " + participant + "}"), family)
            .token();

    assertThat(fresh).isNotEqualTo(old);
    JsonObject revoked = scan(old, "ARRIVAL", null).expect(200).json().asJsonObject();
    assertThat(revoked.getString("outcome")).isEqualTo("REVOKED");
    assertThat(revoked.getString("revokedAt")).isNotBlank();
    assertThat(revoked.getJsonObject("person").getString("familyName")).isEqualTo(family);
    assertThat(Badges.arrivals(parliament, family)).isZero();
    assertThat(scan(fresh, "ARRIVAL", null).json().asJsonObject().getString("outcome"))
        .isEqualTo("CHECKED_IN");
    // printing the not yet printed prints nothing more
    assertThat(
            SECRETARIAT
                .post(
                    "/api/badges",
                    "{\"parliamentId\": " + parliament.id() + ", \"unprintedOnly\": true}")
                .expect(200)
                .json()
                .asJsonObject()
                .getInt("total"))
        .isZero();
  }

  @Test
  void aFocalPointPrintsOnlyItsOwnDelegationsBadges() throws Exception {
    Fixtures.Parliament own = Plenary.parliament(1_200_000, 0);
    Fixtures.Parliament other = Plenary.parliament(1_300_000, 0);
    Api focal = Plenary.delegate(own.focalPoint());

    Api.Answer foreign = focal.post("/api/badges", "{\"parliamentId\": " + other.id() + "}");
    assertThat(foreign.status()).isEqualTo(403);
    Api.Answer all = focal.post("/api/badges", "{}");
    assertThat(all.status()).isEqualTo(403);
    assertThat(all.code()).isEqualTo("badge.own-delegation-only");
    assertThat(Badges.print(focal, "{\"parliamentId\": " + own.id() + "}")).hasSize(1);
    // the desk is the Secretariat's
    assertThat(focal.post("/api/check-in", "{}").status()).isEqualTo(403);
    assertThat(focal.get("/api/check-in/roster").status()).isEqualTo(403);
  }

  @Test
  void aScanReplayedByADeskThatWasOfflineCountsOnce() throws Exception {
    Fixtures.Parliament parliament = Plenary.parliament(1_100_000, 0);
    String family = Badges.families(parliament).get(0);
    String token = printedToken(parliament, family);
    String client = "desk-" + UUID.randomUUID();
    Instant scanned = Instant.now().minus(5, ChronoUnit.MINUTES);

    JsonObject first = scan(token, "DAY", client, scanned).expect(200).json().asJsonObject();
    JsonObject replay = scan(token, "DAY", client, scanned).expect(200).json().asJsonObject();
    JsonObject otherDesk =
        scan(token, "DAY", "desk-" + UUID.randomUUID(), Instant.now())
            .expect(200)
            .json()
            .asJsonObject();

    assertThat(first.getString("outcome")).isEqualTo("CHECKED_IN");
    assertThat(Instant.parse(first.getString("at")))
        .isEqualTo(scanned.truncatedTo(ChronoUnit.MILLIS));
    assertThat(replay.getString("outcome")).isEqualTo("CHECKED_IN");
    assertThat(replay.getString("at")).isEqualTo(first.getString("at"));
    assertThat(otherDesk.getString("outcome")).isEqualTo("ALREADY");
    assertThat(
            Database.count(
                "SELECT COUNT(*) FROM check_in c JOIN participant p ON p.id = c.participant_id"
                    + " JOIN delegation d ON d.id = p.delegation_id"
                    + " WHERE d.parliament_id = ? AND c.kind = 'DAY'",
                parliament.id()))
        .isEqualTo(1);
  }

  @Test
  void anEntryToThePlenaryHallAsksForTheDelegatesPresence() throws Exception {
    Fixtures.Parliament parliament = Plenary.parliament(1_400_000, 0);
    String family = Badges.families(parliament).get(0);
    String token = printedToken(parliament, family);

    JsonObject entered = scan(token, "PLENARY", null).expect(200).json().asJsonObject();

    assertThat(entered.getBoolean("presenceRequested")).isTrue();
    long account = parliament.accountId(parliament.head());
    assertThat(
            SECRETARIAT.get("/api/plenary/presence").json().asJsonArray().stream()
                .map(v -> v.asJsonObject())
                .filter(p -> p.getJsonNumber("accountId").longValue() == account)
                .map(p -> p.getString("state"))
                .toList())
        .containsExactly("REQUESTED");
  }

  @Test
  void aDeskFindsByNameAndChecksInByChoice() throws Exception {
    Fixtures.Parliament parliament = Plenary.parliament(1_600_000, 0);
    String family = Badges.families(parliament).get(0);
    JsonObject found =
        SECRETARIAT
            .get(
                "/api/check-in/search?q="
                    + java.net.URLEncoder.encode(family, java.nio.charset.StandardCharsets.UTF_8))
            .expect(200)
            .json()
            .asJsonObject()
            .getJsonArray("people")
            .stream()
            .map(v -> v.asJsonObject())
            .filter(p -> parliament.countryCode().equals(p.getString("countryCode", null)))
            .findFirst()
            .orElseThrow(() -> new AssertionError("nobody of " + parliament.name() + " found"));

    JsonObject answer =
        SECRETARIAT
            .post(
                "/api/check-in",
                "{\"participantId\": "
                    + found.getJsonNumber("id")
                    + ", \"kind\": \"ARRIVAL\","
                    + " \"place\": \"Main desk\"}")
            .expect(200)
            .json()
            .asJsonObject();

    assertThat(answer.getString("outcome")).isEqualTo("CHECKED_IN");
    JsonObject roster = SECRETARIAT.get("/api/check-in/roster").expect(200).json().asJsonObject();
    assertThat(
            roster.getJsonArray("checkIns").stream()
                .map(v -> v.asJsonObject())
                .anyMatch(
                    c ->
                        c.getJsonNumber("participantId").longValue()
                            == found.getJsonNumber("id").longValue()))
        .isTrue();
  }

  @Test
  void badScansGetAStableCode() throws Exception {
    assertThat(SECRETARIAT.post("/api/check-in", "{\"code\": \"x\", \"place\": \"Desk\"}").code())
        .isEqualTo("check-in.kind");
    assertThat(
            SECRETARIAT
                .post("/api/check-in", "{\"kind\": \"ARRIVAL\", \"place\": \"Desk\"}")
                .code())
        .isEqualTo("check-in.code-or-participant");
    assertThat(
            SECRETARIAT
                .post("/api/check-in", "{\"code\": \"x\", \"kind\": \"ARRIVAL\", \"place\": \" \"}")
                .code())
        .isEqualTo("check-in.place");
    assertThat(
            SECRETARIAT
                .post(
                    "/api/check-in",
                    "{\"code\": \"x\", \"kind\": \"ARRIVAL\", \"place\": \"Desk\","
                        + " \"clientId\": \"no spaces\"}")
                .code())
        .isEqualTo("check-in.client-id");
    assertThat(SECRETARIAT.get("/api/check-in/search?q=a").code()).isEqualTo("check-in.search");
  }

  @Test
  void anArabicBadgeNamesTheDelegationInArabic() throws Exception {
    Fixtures.Parliament parliament = Plenary.parliament(1_700_000, 0);
    String family = Badges.families(parliament).get(0);
    String arabicName =
        new java.util.Locale("", parliament.countryCode())
            .getDisplayCountry(java.util.Locale.forLanguageTag("ar"));

    Badges.Page badge =
        Badges.of(
            Badges.print(
                SECRETARIAT, "{\"parliamentId\": " + parliament.id() + ", \"language\": \"ar\"}"),
            family);

    assertThat(badge.text()).contains(arabicName).contains("رئيس الوفد");
  }

  /** Prints the parliament's badges and gives the token of the one of that family name. */
  private static String printedToken(Fixtures.Parliament parliament, String family)
      throws Exception {
    return Badges.of(
            Badges.print(SECRETARIAT, "{\"parliamentId\": " + parliament.id() + "}"), family)
        .token();
  }

  private static Api.Answer scan(String code, String kind, String clientId) throws Exception {
    return scan(code, kind, clientId, null);
  }

  private static Api.Answer scan(String code, String kind, String clientId, Instant scannedAt)
      throws Exception {
    return SECRETARIAT.post(
        "/api/check-in",
        "{\"code\": \""
            + code
            + "\", \"kind\": \""
            + kind
            + "\", \"place\": \"Test desk\""
            + (clientId == null ? "" : ", \"clientId\": \"" + clientId + "\"")
            + (scannedAt == null ? "" : ", \"scannedAt\": \"" + scannedAt + "\"")
            + "}");
  }
}

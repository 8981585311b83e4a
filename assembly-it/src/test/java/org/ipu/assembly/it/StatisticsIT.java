package org.ipu.assembly.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipu.assembly.it.Plenary.SECRETARIAT;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.ipu.assembly.testkit.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /api/statistics}: every figure equals a count the test makes in the database itself,
 * with queries of its own, after it added delegations of its own (with women, men, young and older
 * members of parliament, an adviser, geopolitical groups) and check-ins written straight into the
 * database (arrivals, one just after midnight at the venue, attendance and plenary entries); only
 * the Secretariat reads them; a screen on {@code /ws/statistics}, which needs no sign-in, receives
 * the same figures when it joins and again after a change, and never a name.
 */
class StatisticsIT extends IntegrationTest {

  /**
   * The current Assembly's registered participants: those of approved delegations, and the
   * accredited members of parliament of a delegation changed since its approval.
   */
  private static final String REGISTERED =
      " FROM participant p JOIN delegation d ON d.id = p.delegation_id"
          + " JOIN assembly_session s ON s.id = d.session_id"
          + " WHERE s.is_current AND (d.state = 'APPROVED' OR p.accredited IS NOT NULL)";

  private static final String HAS_ARRIVED =
      " AND p.id IN (SELECT participant_id FROM check_in WHERE kind = 'ARRIVAL' AND session_id = s.id)";

  @Test
  void everyFigureEqualsTheCountInTheDatabase() throws Exception {
    JsonObject before = figures();

    Fixtures.Parliament mixed = Plenary.parliament(12_000_000, 3); // women, men, women, men
    Fixtures.Parliament men = Plenary.parliament(3_000_000, 1);
    Plenary.toRegister(2_000_000); // no delegation: counts nowhere
    long session = currentSession();
    LocalDate opens =
        LocalDate.parse(one("SELECT opens_on FROM assembly_session WHERE id = ?", session));
    ZoneId zone = ZoneId.of(one("SELECT time_zone FROM assembly_session WHERE id = ?", session));

    List<String> mixedPeople =
        Database.strings(
            "SELECT p.id FROM participant p JOIN delegation d ON d.id = p.delegation_id"
                + " WHERE d.parliament_id = ? AND d.session_id = ? ORDER BY p.id",
            mixed.id(),
            session);
    assertThat(mixedPeople).hasSize(4);
    Database.update(
        "UPDATE participant SET born_on = ? WHERE id = ?",
        opens.minusYears(30),
        mixedPeople.get(0));
    Database.update(
        "UPDATE participant SET born_on = ? WHERE id = ?",
        opens.minusYears(60),
        mixedPeople.get(1));
    Database.update(
        "UPDATE participant SET born_on = ? WHERE id = ?",
        opens.minusYears(45).plusDays(1),
        mixedPeople.get(2));
    Database.update(
        "INSERT INTO participant (delegation_id, family_name, given_names, gender, category,"
            + " working_language) SELECT delegation_id, 'Adviser', 'Test', 'FEMALE', 'ADVISER', 'fr'"
            + " FROM participant WHERE id = ?",
        mixedPeople.get(0));
    Database.update(
        "UPDATE participant p JOIN delegation d ON d.id = p.delegation_id SET p.gender = 'MALE'"
            + " WHERE d.parliament_id = ? AND d.session_id = ?",
        men.id(),
        session);
    // the men's delegation was changed after its approval: a woman added, not approved yet; its
    // members of parliament as approved stay registered, the woman not yet
    Database.update(
        "UPDATE delegation SET state = 'DRAFT' WHERE parliament_id = ? AND session_id = ?",
        men.id(),
        session);
    Database.update(
        "INSERT INTO participant (delegation_id, family_name, given_names, gender, category,"
            + " working_language) SELECT d.id, 'Added', 'Later', 'FEMALE', 'MEMBER_OF_PARLIAMENT',"
            + " 'en' FROM delegation d WHERE d.parliament_id = ? AND d.session_id = ?",
        men.id(),
        session);
    Database.update(
        "INSERT INTO membership_geo_group (membership_id, geo_group) SELECT id, 'AFRICAN'"
            + " FROM membership WHERE parliament_id = ? AND session_id = ?",
        mixed.id(),
        session);
    Database.update(
        "INSERT INTO membership_geo_group (membership_id, geo_group) SELECT id, 'TWELVE_PLUS'"
            + " FROM membership WHERE parliament_id = ? AND session_id = ?",
        mixed.id(),
        session);

    LocalDate firstDay = opens.minusDays(1);
    // 23:30 UTC the day before the opening: at the venue (east of UTC) already the opening day
    LocalDateTime lateArrival = firstDay.atTime(23, 30);
    checkIn(session, mixedPeople.get(0), "ARRIVAL", opens, firstDay.atTime(9, 15));
    checkIn(session, mixedPeople.get(1), "ARRIVAL", opens, lateArrival);
    checkIn(session, mixedPeople.get(0), "DAY", opens, opens.atTime(8, 0));
    checkIn(session, mixedPeople.get(1), "DAY", opens, opens.atTime(8, 5));
    checkIn(session, mixedPeople.get(0), "DAY", opens.plusDays(1), opens.plusDays(1).atTime(8, 0));
    checkIn(session, mixedPeople.get(0), "PLENARY", opens, opens.atTime(10, 0));

    JsonObject after = figures();
    JsonObject participants = after.getJsonObject("participants");
    JsonObject mps = after.getJsonObject("membersOfParliament");

    // the test's own additions show (so that the comparisons below cannot pass on nothing)
    assertThat(registered(participants) - registered(before.getJsonObject("participants")))
        .isEqualTo(4 + 1 + 2);
    assertThat(arrived(participants) - arrived(before.getJsonObject("participants"))).isEqualTo(2);
    assertThat(
            registered(after.getJsonObject("delegations"))
                - registered(before.getJsonObject("delegations")))
        .isEqualTo(2);
    assertThat(after.getJsonNumber("menOnlyDelegations").longValue())
        .isEqualTo(before.getJsonNumber("menOnlyDelegations").longValue() + 1);

    // every figure as counted here
    assertThat(after.getJsonNumber("assemblyId").longValue()).isEqualTo(session);
    assertThat(registered(participants)).isEqualTo(count("SELECT COUNT(*)" + REGISTERED));
    assertThat(arrived(participants))
        .isEqualTo(count("SELECT COUNT(*)" + REGISTERED + HAS_ARRIVED));
    for (JsonValue value : after.getJsonArray("categories")) {
      JsonObject category = value.asJsonObject();
      String only = " AND p.category = '" + category.getString("category") + "'";
      assertThat(registered(category))
          .as(category.getString("category"))
          .isEqualTo(count("SELECT COUNT(*)" + REGISTERED + only));
      assertThat(arrived(category))
          .as(category.getString("category"))
          .isEqualTo(count("SELECT COUNT(*)" + REGISTERED + only + HAS_ARRIVED));
    }
    assertThat(after.getJsonArray("categories")).hasSize(4);

    String mp = " AND p.category = 'MEMBER_OF_PARLIAMENT'";
    String woman = " AND p.gender = 'FEMALE'";
    long mpsRegistered = count("SELECT COUNT(*)" + REGISTERED + mp);
    long mpsArrived = count("SELECT COUNT(*)" + REGISTERED + mp + HAS_ARRIVED);
    long womenRegistered = count("SELECT COUNT(*)" + REGISTERED + mp + woman);
    long womenArrived = count("SELECT COUNT(*)" + REGISTERED + mp + woman + HAS_ARRIVED);
    assertThat(registered(mps)).isEqualTo(mpsRegistered);
    assertThat(arrived(mps)).isEqualTo(mpsArrived);
    assertThat(registered(after.getJsonObject("womenMembersOfParliament")))
        .isEqualTo(womenRegistered);
    assertThat(arrived(after.getJsonObject("womenMembersOfParliament"))).isEqualTo(womenArrived);
    JsonObject share = after.getJsonObject("womenShare");
    assertThat(share.getJsonNumber("registered").bigDecimalValue())
        .isEqualByComparingTo(percent(womenRegistered, mpsRegistered));
    assertThat(share.getJsonNumber("arrived").bigDecimalValue())
        .isEqualByComparingTo(percent(womenArrived, mpsArrived));

    int youngAge = after.getInt("youngAge");
    assertThat(youngAge).isEqualTo(youngAgeSetting(session));
    String young =
        " AND p.born_on IS NOT NULL AND TIMESTAMPDIFF(YEAR, p.born_on, s.opens_on) < " + youngAge;
    assertThat(registered(after.getJsonObject("youngMembersOfParliament")))
        .isEqualTo(count("SELECT COUNT(*)" + REGISTERED + mp + young));
    assertThat(arrived(after.getJsonObject("youngMembersOfParliament")))
        .isEqualTo(count("SELECT COUNT(*)" + REGISTERED + mp + young + HAS_ARRIVED));

    String delegations =
        "SELECT COUNT(*) FROM delegation d JOIN assembly_session s ON s.id = d.session_id"
            + " WHERE s.is_current AND d.id IN (SELECT p.delegation_id"
            + REGISTERED
            + ")";
    String delegationArrived =
        " AND d.id IN (SELECT p.delegation_id" + REGISTERED + HAS_ARRIVED + ")";
    assertThat(registered(after.getJsonObject("delegations"))).isEqualTo(count(delegations));
    assertThat(arrived(after.getJsonObject("delegations")))
        .isEqualTo(count(delegations + delegationArrived));
    assertThat(after.getJsonNumber("delegationsNotArrived").longValue())
        .isEqualTo(count(delegations + " AND NOT" + delegationArrived.substring(4)));
    assertThat(after.getJsonNumber("womenOnlyDelegations").longValue())
        .isEqualTo(count(delegations + onlyOneSex("FEMALE", "MALE")));
    assertThat(after.getJsonNumber("menOnlyDelegations").longValue())
        .isEqualTo(count(delegations + onlyOneSex("MALE", "FEMALE")));

    JsonArray groups = after.getJsonArray("groups");
    assertThat(groups).hasSize(6);
    for (JsonValue value : groups) {
      JsonObject group = value.asJsonObject();
      String inGroup =
          " AND d.parliament_id IN (SELECT m.parliament_id FROM membership m JOIN"
              + " membership_geo_group g ON g.membership_id = m.id WHERE m.session_id = s.id"
              + " AND g.geo_group = '"
              + group.getString("group")
              + "')";
      assertThat(registered(group))
          .as(group.getString("group"))
          .isEqualTo(count(delegations + inGroup));
      assertThat(arrived(group))
          .as(group.getString("group"))
          .isEqualTo(count(delegations + inGroup + delegationArrived));
    }
    String inNoGroup =
        " AND d.parliament_id NOT IN (SELECT m.parliament_id FROM membership m JOIN"
            + " membership_geo_group g ON g.membership_id = m.id WHERE m.session_id = s.id)";
    assertThat(registered(after.getJsonObject("delegationsInNoGroup")))
        .isEqualTo(count(delegations + inNoGroup));
    assertThat(arrived(after.getJsonObject("delegationsInNoGroup")))
        .isEqualTo(count(delegations + inNoGroup + delegationArrived));

    JsonArray days = after.getJsonArray("days");
    assertThat(days).isNotEmpty();
    LocalDate previous = null;
    for (JsonValue value : days) {
      JsonObject day = value.asJsonObject();
      LocalDate date = LocalDate.parse(day.getString("day"));
      if (previous != null) {
        assertThat(date).isAfter(previous);
      }
      previous = date;
      String checkIns =
          "SELECT COUNT(*) FROM check_in c JOIN participant p ON p.id = c.participant_id"
              + " JOIN delegation d ON d.id = p.delegation_id JOIN assembly_session s"
              + " ON s.id = d.session_id WHERE s.is_current"
              + " AND (d.state = 'APPROVED' OR p.accredited IS NOT NULL)"
              + " AND c.session_id = s.id AND c.kind = ";
      assertThat(day.getJsonNumber("attendance").longValue())
          .as("attendance on " + date)
          .isEqualTo(count(checkIns + "'DAY' AND c.day = ?", date));
      assertThat(day.getJsonNumber("plenary").longValue())
          .as("plenary entries on " + date)
          .isEqualTo(count(checkIns + "'PLENARY' AND c.day = ?", date));
      assertThat(day.getJsonNumber("arrivals").longValue())
          .as("arrivals on " + date + " at the venue")
          .isEqualTo(
              Database.strings(checkIns.replace("COUNT(*)", "c.at") + "'ARRIVAL'").stream()
                  .map(at -> LocalDateTime.parse(at.replace(' ', 'T')))
                  .filter(
                      at ->
                          at.atOffset(ZoneOffset.UTC)
                              .atZoneSameInstant(zone)
                              .toLocalDate()
                              .equals(date))
                  .count());
    }
    // the late arrival counts on the venue's day, not on its day in UTC
    LocalDate lateDay = lateArrival.atOffset(ZoneOffset.UTC).atZoneSameInstant(zone).toLocalDate();
    assertThat(days.stream().map(d -> d.asJsonObject().getString("day")))
        .contains(lateDay.toString(), firstDay.toString());
    long allArrivals =
        days.stream().mapToLong(d -> d.asJsonObject().getJsonNumber("arrivals").longValue()).sum();
    assertThat(allArrivals).isEqualTo(arrived(participants));
  }

  @Test
  void onlyTheSecretariatReadsTheStatistics() throws Exception {
    Fixtures.Parliament parliament = Plenary.parliament(4_000_000, 0);
    assertThat(Plenary.delegate(parliament.focalPoint()).get("/api/statistics").status())
        .isEqualTo(403);
    assertThat(Plenary.delegate(parliament.head()).get("/api/statistics").status()).isEqualTo(403);
    assertThat(Api.as("observer", Deployments.DEMO_PASSWORD).get("/api/statistics").status())
        .isEqualTo(403);
    assertThat(Api.anonymous().get("/api/statistics").status()).isEqualTo(401);
  }

  @Test
  void aScreenWithoutSignInReceivesTheFiguresAndNoName() throws Exception {
    Fixtures.Parliament parliament = Plenary.parliament(9_000_000, 1);
    BlockingQueue<String> frames = new LinkedBlockingQueue<>();
    WebSocket socket =
        HttpClient.newHttpClient()
            .newWebSocketBuilder()
            .buildAsync(
                URI.create(Deployments.base().toString().replace("http", "ws") + "/ws/statistics"),
                new Collector(frames))
            .get(10, TimeUnit.SECONDS);
    try {
      JsonObject joined = frame(frames, f -> true);
      JsonObject figures = figures();
      assertThat(joined.getString("type")).isEqualTo("statistics");
      assertThat(joined.getJsonObject("figures")).isEqualTo(figures);

      // the Secretariat places the parliament in a group: the screens get the figures again
      String path = "/api/parliaments/" + parliament.id() + "/membership";
      JsonObject membership =
          SECRETARIAT.get(path.replace("/membership", "")).expect(200).json().asJsonObject();
      SECRETARIAT
          .put(
              path,
              Json.createObjectBuilder()
                  .add("version", membership.getJsonNumber("version").longValue())
                  .add("status", "MEMBER")
                  .add("suspended", false)
                  .add("population", 9_000_000L)
                  .add("groups", Json.createArrayBuilder().add("EURASIA"))
                  .build()
                  .toString())
          .expect(200);
      long eurasia = group(figures, "EURASIA");
      JsonObject moved =
          frame(frames, f -> group(f.getJsonObject("figures"), "EURASIA") == eurasia + 1);
      assertThat(moved.getJsonObject("figures")).isEqualTo(figures());
      assertThat(moved.getJsonNumber("seq").longValue())
          .isGreaterThan(joined.getJsonNumber("seq").longValue());

      // counts only: no name, no date of birth, not even the parliament's
      String raw = frames.isEmpty() ? moved.toString() : moved.toString() + frames;
      for (String name :
          Database.strings(
              "SELECT CONCAT(p.family_name, '|', p.given_names) FROM participant p"
                  + " JOIN delegation d ON d.id = p.delegation_id WHERE d.parliament_id = ?",
              parliament.id())) {
        for (String part : name.split("\\|")) {
          assertThat(raw).doesNotContain(part);
        }
      }
      assertThat(raw)
          .doesNotContain("\"" + parliament.countryCode() + "\"")
          .doesNotContain(parliament.name());
    } finally {
      socket.abort();
    }
  }

  private static long group(JsonObject figures, String group) {
    return figures.getJsonArray("groups").stream()
        .map(JsonValue::asJsonObject)
        .filter(g -> g.getString("group").equals(group))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("registered")
        .longValue();
  }

  private static JsonObject frame(BlockingQueue<String> frames, Predicate<JsonObject> wanted)
      throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (System.nanoTime() < deadline) {
      String text = frames.poll(100, TimeUnit.MILLISECONDS);
      if (text != null) {
        JsonObject frame = Json.createReader(new StringReader(text)).readObject();
        if (wanted.test(frame)) {
          return frame;
        }
      }
    }
    throw new AssertionError("no such frame within 10 s");
  }

  /** Collects whole text frames. */
  private static final class Collector implements WebSocket.Listener {
    private final BlockingQueue<String> frames;
    private final StringBuilder partial = new StringBuilder();

    Collector(BlockingQueue<String> frames) {
      this.frames = frames;
    }

    @Override
    public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        frames.add(partial.toString());
        partial.setLength(0);
      }
      socket.request(1);
      return null;
    }
  }

  private static String onlyOneSex(String all, String none) {
    String ofD =
        "SELECT 1 FROM participant q WHERE q.delegation_id = d.id"
            + " AND (d.state = 'APPROVED' OR q.accredited IS NOT NULL)"
            + " AND q.category = 'MEMBER_OF_PARLIAMENT' AND q.gender = '";
    return " AND EXISTS (" + ofD + all + "') AND NOT EXISTS (" + ofD + none + "')";
  }

  private static JsonObject figures() throws Exception {
    return SECRETARIAT.get("/api/statistics").expect(200).json().asJsonObject();
  }

  private static long registered(JsonObject figure) {
    return figure.getJsonNumber("registered").longValue();
  }

  private static long arrived(JsonObject figure) {
    return figure.getJsonNumber("arrived").longValue();
  }

  private static BigDecimal percent(long part, long whole) {
    return BigDecimal.valueOf(part)
        .multiply(BigDecimal.valueOf(100))
        .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
  }

  private static int youngAgeSetting(long session) throws Exception {
    List<String> set =
        Database.strings(
            "SELECT v.value FROM assembly_setting v JOIN assembly_settings a"
                + " ON a.id = v.settings_id WHERE a.session_id = ? AND v.name = 'delegation.young-age'",
            session);
    return set.isEmpty() ? 45 : Integer.parseInt(set.get(0));
  }

  private static void checkIn(
      long session, String participant, String kind, LocalDate day, LocalDateTime atUtc)
      throws Exception {
    Database.update(
        "INSERT INTO check_in (session_id, participant_id, kind, day, at, place, officer)"
            + " VALUES (?, ?, ?, ?, ?, 'Test desk', 'secretariat')",
        session,
        Long.parseLong(participant),
        kind,
        day,
        Timestamp.valueOf(atUtc));
  }

  private static long currentSession() throws Exception {
    return Long.parseLong(one("SELECT id FROM assembly_session WHERE is_current"));
  }

  private static String one(String sql, Object... parameters) throws Exception {
    return Database.strings(sql, parameters).get(0);
  }

  private static long count(String sql, Object... parameters) throws Exception {
    return Long.parseLong(one(sql, parameters));
  }
}

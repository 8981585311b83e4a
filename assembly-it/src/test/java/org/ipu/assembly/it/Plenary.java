package org.ipu.assembly.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipu.assembly.it.Deployments.DEMO_PASSWORD;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.stream.Collectors;
import org.ipu.assembly.testkit.Fixtures;

/**
 * The plenary as tests set it up: parliaments and accounts of a test's own (test kit {@link
 * Fixtures}), then through the API delegates present, votes created and opened.
 */
public final class Plenary {

  public static final Api SECRETARIAT = Api.as("secretariat", DEMO_PASSWORD);

  private static final Fixtures FIXTURES = new Fixtures(Plenary::connect);

  private Plenary() {}

  /**
   * A Member parliament of the test's own (a country the demo Assembly does not have), with a focal
   * point, a head of delegation and {@code otherDelegates} more delegates, every account with the
   * demo password, its delegation approved (so they are accredited); nobody present yet.
   */
  public static Fixtures.Parliament parliament(long population, int otherDelegates)
      throws Exception {
    return FIXTURES.memberParliament(population, otherDelegates);
  }

  /**
   * A Member parliament of the test's own whose focal point has not registered its delegation yet
   * (its head's account is accredited by nothing).
   */
  public static Fixtures.Parliament toRegister(long population) throws Exception {
    return FIXTURES.memberParliamentToRegister(population);
  }

  /** The same, with every delegate present. */
  public static Fixtures.Parliament presentParliament(long population, int otherDelegates)
      throws Exception {
    Fixtures.Parliament parliament = parliament(population, otherDelegates);
    present(parliament);
    return parliament;
  }

  /**
   * Seats the parliament's delegate on a Standing Committee as its registration's committee lists
   * would ({@code seat}: MEMBER or SUBSTITUTE).
   */
  public static void seat(
      Fixtures.Parliament parliament, String username, String committee, String seat)
      throws Exception {
    FIXTURES.seat(parliament, username, committee, seat);
  }

  /** Marks every delegate of the parliament present. */
  public static void present(Fixtures.Parliament parliament) throws Exception {
    Fixtures.present(SECRETARIAT.caller(), parliament);
  }

  private static Connection connect() throws SQLException {
    try {
      return Database.connect();
    } catch (SQLException e) {
      throw e;
    } catch (Exception e) {
      throw new SQLException(e);
    }
  }

  /**
   * Changes the current Assembly's settings as the Secretariat, on the version it reads: {@code
   * values} is the JSON object of keys and values ({@code null}: back to the default).
   */
  public static void settings(String values) throws Exception {
    long version =
        SECRETARIAT.get("/api/settings").json().asJsonObject().getJsonNumber("version").longValue();
    SECRETARIAT
        .put("/api/settings", "{\"version\": " + version + ", \"values\": " + values + "}")
        .expect(200);
  }

  public static Api delegate(String username) {
    return Api.as(username, DEMO_PASSWORD);
  }

  /** Account ids by user name. */
  public static Map<String, Long> accounts() throws Exception {
    return SECRETARIAT
        .get("/api/accounts")
        .json()
        .asJsonArray()
        .getValuesAs(JsonObject.class)
        .stream()
        .collect(
            Collectors.toMap(a -> a.getString("username"), a -> a.getJsonNumber("id").longValue()));
  }

  /** Marks the delegates present (the Secretariat's confirmation). */
  public static void present(String... usernames) throws Exception {
    mark("PRESENT", usernames);
  }

  public static void mark(String state, String... usernames) throws Exception {
    Map<String, Long> ids = accounts();
    for (String username : usernames) {
      Api.Answer answer =
          SECRETARIAT.put(
              "/api/plenary/presence/" + ids.get(username), "{\"state\": \"" + state + "\"}");
      assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    }
  }

  /** Creates a vote and returns its id. */
  public static long create(String subject, String method, String majority) throws Exception {
    Api.Answer created =
        SECRETARIAT.post(
            "/api/votes",
            "{\"subject\": \"%s\", \"method\": \"%s\", \"majority\": \"%s\"}"
                .formatted(subject, method, majority));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().asJsonObject().getJsonNumber("id").longValue();
  }

  /** Creates and opens a vote and returns its id. */
  public static long open(String subject, String method, String majority) throws Exception {
    long id = create(subject, method, majority);
    Api.Answer opened = SECRETARIAT.post("/api/votes/" + id + "/open", "");
    assertThat(opened.status()).as(opened.body()).isEqualTo(200);
    return id;
  }

  public static String ballot(int yes, int no, int abstain, String key) {
    return "{\"yes\": %d, \"no\": %d, \"abstain\": %d, \"idempotencyKey\": \"%s\"}"
        .formatted(yes, no, abstain, key);
  }

  public static JsonObject snapshot(long voteId) throws Exception {
    return Api.anonymous().get("/api/public/votes/" + voteId).json().asJsonObject();
  }

  /** The board entry of a delegation (by ISO code) in a snapshot. */
  public static JsonObject board(JsonObject snapshot, String countryCode) {
    return snapshot.getJsonArray("board").getValuesAs(JsonObject.class).stream()
        .filter(e -> countryCode.equals(e.getString("countryCode", null)))
        .findFirst()
        .orElseThrow();
  }

  /**
   * Closes what other classes left open in the current Assembly (a vote, or an emergency item
   * selection's votes): the screens show an open vote before any closed one, and open votes hold
   * the current Assembly.
   */
  public static void closeEveryOpenVote() throws Exception {
    for (JsonObject v :
        SECRETARIAT
            .get("/api/votes")
            .expect(200)
            .json()
            .asJsonArray()
            .getValuesAs(JsonObject.class)) {
      if ("OPEN".equals(v.getString("state"))) {
        String close =
            !v.containsKey("emergencySelectionId") || v.isNull("emergencySelectionId")
                ? "/api/votes/" + v.getJsonNumber("id") + "/close"
                : "/api/emergency-selections/" + v.getJsonNumber("emergencySelectionId") + "/close";
        SECRETARIAT.post(close, ""); // a timed vote may close itself meanwhile
      }
    }
  }
}

package org.ipu.assembly.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipu.assembly.it.Plenary.SECRETARIAT;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.ipu.assembly.testkit.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * The Secretariat sets up Assemblies through {@code /api/assemblies}: a new one starts with the
 * last one's membership and settings; making another current waits for the open votes; the
 * delegations of Assemblies held before the system are entered and bring the gender sanction.
 */
class AssembliesIT extends IntegrationTest {

  private static final String ASSEMBLIES = "/api/assemblies";

  @Test
  void theNextAssemblyStartsWithTheMembershipAndSettingsOfTheCurrentOne() throws Exception {
    Fixtures.Parliament parliament = Plenary.parliament(33_000_000, 0);
    SECRETARIAT
        .put(
            "/api/parliaments/" + parliament.id() + "/membership",
            "{\"version\": "
                + membershipVersion(parliament)
                + ", \"status\": \"MEMBER\", \"suspended\": true,"
                + " \"suspensionReason\": \"Arrears of contributions\", \"population\": 33000000,"
                + " \"groups\": [\"ARAB\", \"AFRICAN\"]}")
        .expect(200);
    String opens = setting("registration.opens");
    JsonObject current = current();
    int year = 2900 + ThreadLocalRandom.current().nextInt(90);
    int number = ThreadLocalRandom.current().nextInt(2000, 9000);

    assertThat(SECRETARIAT.post(ASSEMBLIES, assembly(number, "", "CH", year)).code())
        .isEqualTo("assembly.city.invalid");
    assertThat(SECRETARIAT.post(ASSEMBLIES, assembly(number, "Geneva", "XX", year)).code())
        .isEqualTo("assembly.country.invalid");
    assertThat(
            SECRETARIAT
                .post(ASSEMBLIES, assembly(current.getInt("number"), "Geneva", "CH", year))
                .code())
        .isEqualTo("assembly.number.taken");
    assertThat(
            Plenary.delegate(parliament.focalPoint())
                .post(ASSEMBLIES, assembly(number, "Geneva", "CH", year))
                .status())
        .isEqualTo(403);
    JsonObject next =
        SECRETARIAT
            .post(
                ASSEMBLIES,
                assembly(number, "Nusa Dua", "id", year)
                    .replace("}", ", \"cityEs\": \" \", \"cityAr\": \" نوسا دوا \"}"))
            .expect(201)
            .json()
            .asJsonObject();
    assertThat(next.getString("countryCode")).isEqualTo("ID");
    assertThat(next.getString("cityAr")).isEqualTo("نوسا دوا");
    assertThat(next.getString("cityEs")).as("blank: shown in English").isEqualTo("Nusa Dua");
    assertThat(next.getString("cityFr")).isEqualTo("Nusa Dua");
    assertThat(next.getBoolean("current")).isFalse();
    assertThat(SECRETARIAT.post(ASSEMBLIES, assembly(number + 1, "Bali", "ID", year)).code())
        .as("the dates are those of Assembly no. " + number)
        .isEqualTo("assembly.dates.overlap");

    Plenary.closeEveryOpenVote();
    long vote = Plenary.open("Held while the Assembly changes", "ELECTRONIC", "SIMPLE");
    assertThat(makeCurrent(next).code()).isEqualTo("assembly.vote-open");
    SECRETARIAT.post("/api/votes/" + vote + "/close", "").expect(200);
    try {
      makeCurrent(next).expect(200);
      JsonObject copied =
          SECRETARIAT.get("/api/parliaments/" + parliament.id()).expect(200).json().asJsonObject();
      assertThat(copied.getJsonNumber("population").longValue()).isEqualTo(33_000_000);
      assertThat(copied.getBoolean("suspended")).isTrue();
      assertThat(copied.getString("suspensionReason")).isEqualTo("Arrears of contributions");
      assertThat(copied.getJsonArray("groups").getValuesAs(jakarta.json.JsonString.class))
          .extracting(jakarta.json.JsonString::getString)
          .containsExactly("AFRICAN", "ARAB");
      assertThat(
              SECRETARIAT.get("/api/settings").expect(200).json().asJsonObject().getInt("assembly"))
          .isEqualTo(number);
      assertThat(setting("registration.opens")).as("the demo's own setting").isEqualTo(opens);
    } finally {
      makeCurrent(byNumber(current.getInt("number"))).expect(200);
    }
    assertThat(current().getInt("number")).isEqualTo(current.getInt("number"));
    assertThat(
            Database.strings(
                "SELECT kind FROM audit_record WHERE subject = ? ORDER BY sequence",
                "assembly:" + next.getJsonNumber("id")))
        .containsExactly("assembly.created", "assembly.made-current");
    assertThat(
            Database.strings(
                "SELECT kind FROM audit_record WHERE subject = ?",
                "assembly-settings:" + next.getJsonNumber("id")))
        .as("the copied settings are in the new Assembly's settings chain")
        .containsExactly("settings.changed");
  }

  @Test
  void theDelegationsOfAssembliesBeforeTheSystemAreEnteredAndBringTheGenderSanction()
      throws Exception {
    Fixtures.Parliament parliament = Plenary.toRegister(4_000_000);
    int year = 1900 + ThreadLocalRandom.current().nextInt(80);
    int number = ThreadLocalRandom.current().nextInt(2000, 9000);
    List<JsonObject> earlier = new java.util.ArrayList<>();
    for (int n = 0; n < 3; n++) {
      earlier.add(
          SECRETARIAT
              .post(ASSEMBLIES, assembly(number + n, "Geneva", "CH", year + n * 2))
              .expect(201)
              .json()
              .asJsonObject());
    }
    String first = compositions(earlier.get(0)) + "/" + parliament.id();
    assertThat(SECRETARIAT.put(first, "{\"women\": -1, \"men\": 2}").code())
        .isEqualTo("history.count.invalid");
    assertThat(
            Plenary.delegate(parliament.focalPoint())
                .put(first, "{\"women\": 0, \"men\": 2}")
                .status())
        .isEqualTo(403);
    assertThat(
            SECRETARIAT
                .put(compositions(current()) + "/" + parliament.id(), "{\"women\": 0, \"men\": 2}")
                .code())
        .isEqualTo("history.not-earlier");
    for (JsonObject assembly : earlier) {
      SECRETARIAT
          .put(compositions(assembly) + "/" + parliament.id(), "{\"women\": 1, \"men\": 1}")
          .expect(200);
      JsonObject entered =
          SECRETARIAT
              .put(compositions(assembly) + "/" + parliament.id(), "{\"women\": 0, \"men\": 2}")
              .expect(200)
              .json()
              .asJsonObject();
      assertThat(entered.getString("source")).isEqualTo("ENTERED");
    }
    JsonObject shown =
        SECRETARIAT
            .get(compositions(earlier.get(2)))
            .expect(200)
            .json()
            .asJsonObject()
            .getJsonArray("compositions")
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(c -> c.getJsonNumber("parliamentId").longValue() == parliament.id())
            .findFirst()
            .orElseThrow();
    assertThat(shown.getInt("women")).isZero();
    assertThat(shown.getInt("men")).as("the second entry replaced the first").isEqualTo(2);

    JsonObject sheet = RetentionIT.startWithOneMan(parliament);
    assertThat(RetentionIT.codes(sheet)).contains("delegation.single-sex-sanction");
    assertThat(RetentionIT.votesRemovedBySanction(parliament)).isPositive();
  }

  private static String assembly(int number, String city, String country, int year) {
    return "{\"number\": %d, \"city\": \"%s\", \"countryCode\": \"%s\", \"opensOn\": \"%d-04-10\", \"closesOn\": \"%d-04-14\"}"
        .formatted(number, city, country, year, year);
  }

  private static String compositions(JsonObject assembly) {
    return ASSEMBLIES + "/" + assembly.getJsonNumber("id") + "/compositions";
  }

  private static Api.Answer makeCurrent(JsonObject assembly) throws Exception {
    return SECRETARIAT.post(
        ASSEMBLIES + "/" + assembly.getJsonNumber("id") + "/current",
        "{\"version\": " + assembly.getJsonNumber("version") + "}");
  }

  private static List<JsonObject> all() throws Exception {
    return SECRETARIAT
        .get(ASSEMBLIES)
        .expect(200)
        .json()
        .asJsonArray()
        .getValuesAs(JsonObject.class);
  }

  private static JsonObject current() throws Exception {
    return all().stream().filter(a -> a.getBoolean("current")).findFirst().orElseThrow();
  }

  private static JsonObject byNumber(int number) throws Exception {
    return all().stream().filter(a -> a.getInt("number") == number).findFirst().orElseThrow();
  }

  private static long membershipVersion(Fixtures.Parliament parliament) throws Exception {
    return SECRETARIAT
        .get("/api/parliaments/" + parliament.id())
        .expect(200)
        .json()
        .asJsonObject()
        .getJsonNumber("version")
        .longValue();
  }

  /** A setting's value in the current Assembly, as JSON text. */
  private static String setting(String key) throws Exception {
    return SECRETARIAT
        .get("/api/settings")
        .expect(200)
        .json()
        .asJsonObject()
        .getJsonArray("settings")
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(s -> s.getString("key").equals(key))
        .findFirst()
        .orElseThrow()
        .get("value")
        .toString();
  }
}

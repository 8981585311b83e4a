package org.ipu.assembly.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipu.assembly.it.Deployments.DEMO_PASSWORD;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The current Assembly's settings through {@code /api/settings}: read, changed (and used by the
 * vote weighting), bad input refused with a code per setting and nothing saved, a change on an old
 * version refused, parallel changes on one version: exactly one saved, each change audited. Every
 * test puts the settings back to their defaults.
 */
class SettingsIT extends IntegrationTest {

  private static final Api SECRETARIAT = Plenary.SECRETARIAT;

  @AfterEach
  void backToTheDefaults() throws Exception {
    Api.Answer reset =
        SECRETARIAT.put(
            "/api/settings",
            "{\"version\": "
                + version()
                + ", \"values\": {\"vote.minimum\": null, \"vote.population-brackets\": null,"
                + " \"vote.gender-sanction\": null, \"vote.max-per-delegate\": null,"
                + " \"invitation.lifetime\": null}}");
    assertThat(reset.status()).as(reset.body()).isEqualTo(200);
  }

  @Test
  void theSecretariatReadsEverySettingWithItsDefault() throws Exception {
    Api.Answer read = SECRETARIAT.get("/api/settings");

    assertThat(read.status()).as(read.body()).isEqualTo(200);
    JsonObject settings = read.json().asJsonObject();
    assertThat(settings.getInt("assembly")).isEqualTo(152);
    assertThat(setting(settings, "vote.minimum").getInt("value")).isEqualTo(10);
    assertThat(setting(settings, "vote.minimum").getInt("defaultValue")).isEqualTo(10);
    assertThat(setting(settings, "vote.minimum").getString("type")).isEqualTo("whole-number");
    assertThat(setting(settings, "vote.max-per-delegate").getInt("value")).isEqualTo(10);
    assertThat(setting(settings, "vote.gender-sanction").getInt("value")).isEqualTo(2);
    assertThat(setting(settings, "invitation.lifetime").getInt("value")).isEqualTo(7);
    assertThat(setting(settings, "invitation.lifetime").getString("type")).isEqualTo("days");
    var brackets = setting(settings, "vote.population-brackets").getJsonArray("value");
    assertThat(brackets).hasSize(14);
    assertThat(brackets.getJsonObject(13).getJsonNumber("fromPersons").longValue())
        .isEqualTo(300_000_000L);
    assertThat(brackets.getJsonObject(13).getInt("bonus")).isEqualTo(13);

    Api.Answer focal = Api.as("focal.fr", DEMO_PASSWORD).get("/api/settings");
    assertThat(focal.status()).isEqualTo(403);
    assertThat(focal.code()).isEqualTo("auth.forbidden");
  }

  @Test
  void aChangeIsSavedUsedByTheVoteWeightingAndAudited() throws Exception {
    long version = version();
    long auditedBefore = audited().size();

    Api.Answer changed =
        SECRETARIAT.put(
            "/api/settings",
            "{\"version\": "
                + version
                + ", \"values\": {\"vote.minimum\": 12, \"invitation.lifetime\": 14,"
                + " \"vote.population-brackets\": [{\"fromPersons\": 0, \"bonus\": 0},"
                + " {\"fromPersons\": 50000000, \"bonus\": 5}]}}");

    assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    JsonObject after = changed.json().asJsonObject();
    assertThat(after.getJsonNumber("version").longValue()).isGreaterThan(version);
    assertThat(after.getString("changedBy")).isEqualTo("secretariat");
    assertThat(setting(after, "vote.minimum").getInt("value")).isEqualTo(12);
    assertThat(setting(after, "vote.minimum").getBoolean("set")).isTrue();
    assertThat(setting(after, "invitation.lifetime").getInt("value")).isEqualTo(14);
    assertThat(setting(after, "vote.max-per-delegate").getBoolean("set")).isFalse();
    assertThat(SECRETARIAT.get("/api/settings").json().asJsonObject()).isEqualTo(after);

    JsonObject france = entitlement("FR");
    assertThat(france.getInt("minimumVotes")).isEqualTo(12);
    assertThat(france.getInt("populationBonus")).isEqualTo(5);
    assertThat(france.getJsonNumber("bracketFrom").longValue()).isEqualTo(50_000_000L);

    List<String[]> audit = audited();
    assertThat(audit).hasSize((int) auditedBefore + 1);
    String[] last = audit.get(audit.size() - 1);
    assertThat(last[0]).isEqualTo("settings.changed");
    assertThat(last[1]).isEqualTo("secretariat");
    assertThat(last[2])
        .contains(
            "\"key\":\"vote.minimum\"",
            "\"after\":\"12\"",
            "\"key\":\"invitation.lifetime\"",
            "\"after\":\"14\"",
            "\"after\":\"0:0,50000000:5\"")
        .doesNotContain("vote.max-per-delegate");

    Api.Answer again = SECRETARIAT.put("/api/settings", "{\"version\": " + version() + "}");
    assertThat(again.status()).isEqualTo(200);
    assertThat(audited()).as("a change of nothing is not recorded").hasSize(audit.size());
  }

  @Test
  void badInputIsRefusedWithTheSettingsCodeAndNothingIsSaved() throws Exception {
    long version = version();
    long audited = audited().size();

    assertRefused(400, "settings.vote.minimum.invalid", "{\"vote.minimum\": 0}", version);
    assertRefused(400, "settings.vote.minimum.invalid", "{\"vote.minimum\": 12.5}", version);
    assertRefused(400, "settings.vote.minimum.invalid", "{\"vote.minimum\": \"12\"}", version);
    assertRefused(
        400,
        "settings.vote.max-per-delegate.invalid",
        "{\"vote.minimum\": 11, \"vote.max-per-delegate\": 0}",
        version);
    assertRefused(
        400, "settings.invitation.lifetime.invalid", "{\"invitation.lifetime\": 365}", version);
    assertRefused(
        400,
        "settings.vote.population-brackets.not-increasing",
        "{\"vote.population-brackets\": [{\"fromPersons\": 0, \"bonus\": 0},"
            + " {\"fromPersons\": 5000000, \"bonus\": 1}, {\"fromPersons\": 5000000, \"bonus\": 2}]}",
        version);
    assertRefused(
        400,
        "settings.vote.population-brackets.first-bracket",
        "{\"vote.population-brackets\": []}",
        version);
    assertRefused(
        400,
        "settings.vote.population-brackets.invalid",
        "{\"vote.population-brackets\": \"0:0,1000000:1\"}",
        version);
    assertRefused(400, "settings.unknown", "{\"vote.maximum\": 3}", version);
    assertRefused(
        400,
        "settings.registration-window",
        "{\"registration.opens\": 20, \"registration.closes\": 21}",
        version);
    Api.Answer noVersion = SECRETARIAT.put("/api/settings", "{\"values\": {\"vote.minimum\": 11}}");
    assertThat(noVersion.status()).isEqualTo(400);
    assertThat(noVersion.code()).isEqualTo("settings.version.required");

    Api.Answer french =
        Api.as("secretariat", DEMO_PASSWORD)
            .inLanguage("fr")
            .put(
                "/api/settings",
                "{\"version\": " + version + ", \"values\": {\"vote.minimum\": 0}}");
    assertThat(french.message())
        .isEqualTo("Le nombre minimal de voix par Membre doit être un nombre entier de 1 à 100.");

    assertThat(version()).isEqualTo(version);
    assertThat(
            setting(SECRETARIAT.get("/api/settings").json().asJsonObject(), "vote.minimum")
                .getInt("value"))
        .isEqualTo(10);
    assertThat(audited()).hasSize((int) audited);
  }

  @Test
  void aChangeMadeOnAnOlderVersionIsRefusedAndTheOtherOfficersChangeStays() throws Exception {
    long read = version();
    Api.Answer first =
        SECRETARIAT.put(
            "/api/settings", "{\"version\": " + read + ", \"values\": {\"vote.minimum\": 11}}");
    assertThat(first.status()).as(first.body()).isEqualTo(200);

    Api.Answer second =
        SECRETARIAT.put(
            "/api/settings",
            "{\"version\": " + read + ", \"values\": {\"vote.gender-sanction\": 3}}");

    assertThat(second.status()).isEqualTo(409);
    assertThat(second.code()).isEqualTo("settings.changed-meanwhile");
    JsonObject now = SECRETARIAT.get("/api/settings").json().asJsonObject();
    assertThat(setting(now, "vote.minimum").getInt("value")).isEqualTo(11);
    assertThat(setting(now, "vote.gender-sanction").getInt("value")).isEqualTo(2);
  }

  @Test
  void parallelChangesOnOneVersionSaveExactlyOne() throws Exception {
    long read = version();
    long audited = audited().size();
    int officers = 8;
    ExecutorService pool = Executors.newFixedThreadPool(officers);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<Api.Answer>> answers = new ArrayList<>();
      for (int i = 0; i < officers; i++) {
        int minimum = 11 + i;
        Callable<Api.Answer> change =
            () -> {
              Api officer = Api.as("secretariat", DEMO_PASSWORD);
              start.await();
              return officer.put(
                  "/api/settings",
                  "{\"version\": " + read + ", \"values\": {\"vote.minimum\": " + minimum + "}}");
            };
        answers.add(pool.submit(change));
      }
      start.countDown();
      List<Integer> saved = new ArrayList<>();
      for (Future<Api.Answer> future : answers) {
        Api.Answer answer = future.get();
        if (answer.status() == 200) {
          saved.add(setting(answer.json().asJsonObject(), "vote.minimum").getInt("value"));
        } else {
          assertThat(answer.status()).as(answer.body()).isEqualTo(409);
          assertThat(answer.code()).isEqualTo("settings.changed-meanwhile");
        }
      }

      assertThat(saved).hasSize(1);
      JsonObject now = SECRETARIAT.get("/api/settings").json().asJsonObject();
      assertThat(setting(now, "vote.minimum").getInt("value")).isEqualTo(saved.get(0));
      assertThat(audited()).hasSize((int) audited + 1);
    } finally {
      pool.shutdownNow();
    }
  }

  private static void assertRefused(int status, String code, String values, long version)
      throws Exception {
    Api.Answer answer =
        SECRETARIAT.put(
            "/api/settings", "{\"version\": " + version + ", \"values\": " + values + "}");
    assertThat(answer.status()).as(values + " " + answer.body()).isEqualTo(status);
    assertThat(answer.code()).as(values).isEqualTo(code);
    assertThat(answer.message()).as(values).doesNotStartWith("error.");
  }

  private static long version() throws Exception {
    return SECRETARIAT
        .get("/api/settings")
        .json()
        .asJsonObject()
        .getJsonNumber("version")
        .longValue();
  }

  private static JsonObject setting(JsonObject settings, String key) {
    return settings.getJsonArray("settings").getValuesAs(JsonObject.class).stream()
        .filter(s -> s.getString("key").equals(key))
        .findFirst()
        .orElseThrow();
  }

  private static JsonObject entitlement(String countryCode) throws Exception {
    return SECRETARIAT
        .get("/api/plenary/entitlements")
        .json()
        .asJsonArray()
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(e -> countryCode.equals(e.getString("countryCode", null)))
        .findFirst()
        .orElseThrow();
  }

  /** The audit entries of the current Assembly's settings: kind, actor, payload, oldest first. */
  private static List<String[]> audited() throws Exception {
    List<String[]> entries = new ArrayList<>();
    try (Connection db = Database.connect();
        PreparedStatement s =
            db.prepareStatement(
                "SELECT r.kind, r.actor, r.payload FROM audit_record r"
                    + " JOIN assembly_session a ON r.subject = CONCAT('assembly-settings:', a.id)"
                    + " WHERE a.is_current ORDER BY r.sequence");
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        entries.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
      }
    }
    return entries;
  }
}

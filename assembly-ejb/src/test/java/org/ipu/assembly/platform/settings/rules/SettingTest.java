package org.ipu.assembly.platform.settings.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The catalog: defaults (the Statutes' values) in one place, and each setting's checks. */
class SettingTest {

  @Test
  void theDefaultsAreTheStatutesValues() {
    SettingValues defaults = SettingValues.defaults();

    assertThat(defaults.get(Setting.VOTE_MINIMUM)).isEqualTo(10);
    assertThat(defaults.get(Setting.VOTE_GENDER_SANCTION)).isEqualTo(2);
    assertThat(defaults.get(Setting.VOTE_MAX_PER_DELEGATE)).isEqualTo(10);
    assertThat(defaults.get(Setting.INVITATION_LIFETIME)).isEqualTo(Duration.ofDays(7));
    assertThat(defaults.get(Setting.REGISTRATION_PHOTO_MAX_SIZE)).as("5 MB").isEqualTo(5120);
    assertThat(defaults.get(Setting.VOTE_POPULATION_BRACKETS))
        .extracting(PopulationStep::fromPersons)
        .containsExactly(
            0L,
            1_000_000L,
            5_000_000L,
            10_000_000L,
            20_000_000L,
            30_000_000L,
            40_000_000L,
            50_000_000L,
            60_000_000L,
            80_000_000L,
            100_000_000L,
            150_000_000L,
            200_000_000L,
            300_000_000L);
    assertThat(defaults.get(Setting.VOTE_POPULATION_BRACKETS))
        .extracting(PopulationStep::bonus)
        .containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13);
  }

  @Test
  void everySettingHasADistinctKeyInAGroupAndIsFoundByIt() {
    assertThat(Setting.ALL).extracting(Setting::key).doesNotHaveDuplicates();
    for (Setting<?> setting : Setting.ALL) {
      assertThat(Setting.byKey(setting.key())).containsSame(setting);
      assertThat(setting.group()).isNotBlank();
      assertThat(setting.type().problems()).contains("invalid");
    }
    assertThat(Setting.byKey("vote.nothing")).isEmpty();
  }

  @Test
  void aWholeNumberIsReadExactlyWithinItsBounds() {
    assertThat(Setting.VOTE_MINIMUM.read(new BigDecimal("12"))).isEqualTo(12);
    assertThat(Setting.VOTE_MINIMUM.read(1)).isEqualTo(1);
    assertThat(Setting.VOTE_GENDER_SANCTION.read(0)).isZero();

    for (Object bad :
        new Object[] {0, -1, 101, new BigDecimal("12.5"), "12", null, new BigDecimal("1e309")}) {
      assertThatThrownBy(() -> Setting.VOTE_MINIMUM.read(bad))
          .as("minimum %s", bad)
          .isInstanceOfSatisfying(
              SettingRefused.class,
              refused -> {
                assertThat(refused.code()).isEqualTo("settings.vote.minimum.invalid");
                assertThat(refused.arguments()).containsExactly(1, 100);
              });
    }
    assertThatThrownBy(() -> Setting.VOTE_MAX_PER_DELEGATE.read(0))
        .hasMessage("settings.vote.max-per-delegate.invalid");
  }

  @Test
  void aBadgePhotoMayBeLimitedFrom100KilobytesTo20Megabytes() {
    assertThat(Setting.REGISTRATION_PHOTO_MAX_SIZE.read(100)).isEqualTo(100);
    assertThat(Setting.REGISTRATION_PHOTO_MAX_SIZE.read(20_480)).isEqualTo(20_480);
    assertThatThrownBy(() -> Setting.REGISTRATION_PHOTO_MAX_SIZE.read(99))
        .hasMessage("settings.registration.photo-max-size.invalid");
    assertThatThrownBy(() -> Setting.REGISTRATION_PHOTO_MAX_SIZE.read(20_481))
        .hasMessage("settings.registration.photo-max-size.invalid");
  }

  @Test
  void anInvitationLivesAWholeNumberOfDays() {
    assertThat(Setting.INVITATION_LIFETIME.read(14)).isEqualTo(Duration.ofDays(14));
    assertThat(Setting.INVITATION_LIFETIME.shown(Duration.ofDays(14))).isEqualTo(14L);
    assertThatThrownBy(() -> Setting.INVITATION_LIFETIME.read(0))
        .hasMessage("settings.invitation.lifetime.invalid");
    assertThatThrownBy(() -> Setting.INVITATION_LIFETIME.read(91))
        .hasMessage("settings.invitation.lifetime.invalid");
  }

  @Test
  void aPopulationTableStartsAtZeroAndStrictlyIncreases() {
    assertThat(Setting.VOTE_POPULATION_BRACKETS.read(rows(0, 0, 2_000_000, 1, 9_000_000, 1)))
        .containsExactly(
            new PopulationStep(0, 0),
            new PopulationStep(2_000_000, 1),
            new PopulationStep(9_000_000, 1));

    assertRefused(List.of(), "first-bracket");
    assertRefused(rows(1, 0, 5_000_000, 1), "first-bracket");
    assertRefused(rows(0, 0, 5_000_000, 1, 5_000_000, 2), "not-increasing", 3);
    assertRefused(rows(0, 0, 5_000_000, 1, 4_000_000, 2), "not-increasing", 3);
    assertRefused(rows(0, 0, 5_000_000, 3, 9_000_000, 2), "bonus-decreasing", 3);
    assertRefused(rows(0, -1), "invalid", 50, 10_000_000_000L, 100);
    assertRefused(rows(0, 101), "invalid", 50, 10_000_000_000L, 100);
    assertRefused(rows(-5, 0), "invalid", 50, 10_000_000_000L, 100);
    assertRefused(List.of(Map.of("fromPersons", 0)), "invalid", 50, 10_000_000_000L, 100);
    assertRefused(List.of("0:0"), "invalid", 50, 10_000_000_000L, 100);
    assertRefused("0:0,1000000:1", "invalid", 50, 10_000_000_000L, 100);
    assertRefused(
        List.of(Map.of("fromPersons", new BigDecimal("0.5"), "bonus", 0)),
        "invalid",
        50,
        10_000_000_000L,
        100);
    Object[] many = new Object[102];
    for (int i = 0; i < 51; i++) {
      many[2 * i] = i * 1_000_000L;
      many[2 * i + 1] = i;
    }
    assertRefused(rows(many), "invalid", 50, 10_000_000_000L, 100);
  }

  @Test
  void storedTextReadsBackToTheSameValueAndV2sFormIsRead() {
    for (Setting<?> setting : Setting.ALL) {
      Object value = setting.defaultValue();
      assertThat(setting.decode(setting.encode(value))).as(setting.key()).isEqualTo(value);
      assertThat(setting.read(setting.shown(value))).as(setting.key()).isEqualTo(value);
    }
    assertThat(
            Setting.VOTE_POPULATION_BRACKETS.decode(
                "0:0,1000000:1,5000000:2,10000000:3,20000000:4,30000000:5,40000000:6,50000000:7,"
                    + "60000000:8,80000000:9,100000000:10,150000000:11,200000000:12,300000000:13"))
        .isEqualTo(Setting.VOTE_POPULATION_BRACKETS.defaultValue());
    assertThat(Setting.VOTE_POPULATION_BRACKETS.decode(" 0:0, 5:1 ")).hasSize(2);
    assertThatThrownBy(() -> Setting.VOTE_POPULATION_BRACKETS.decode("0:0,x"))
        .hasMessage("settings.vote.population-brackets.invalid");
    assertThatThrownBy(() -> Setting.VOTE_MINIMUM.decode("ten"))
        .hasMessage("settings.vote.minimum.invalid");
  }

  private static List<Map<String, Object>> rows(Object... fromAndBonus) {
    java.util.ArrayList<Map<String, Object>> rows = new java.util.ArrayList<>();
    for (int i = 0; i < fromAndBonus.length; i += 2) {
      rows.add(
          Map.of(
              "fromPersons",
              new BigDecimal(fromAndBonus[i].toString()),
              "bonus",
              new BigDecimal(fromAndBonus[i + 1].toString())));
    }
    return rows;
  }

  private static void assertRefused(Object table, String problem, Object... arguments) {
    assertThatThrownBy(() -> Setting.VOTE_POPULATION_BRACKETS.read(table))
        .as("%s", table)
        .isInstanceOfSatisfying(
            SettingRefused.class,
            refused -> {
              assertThat(refused.code()).isEqualTo("settings.vote.population-brackets." + problem);
              assertThat(refused.arguments()).containsExactly(arguments);
            });
  }
}

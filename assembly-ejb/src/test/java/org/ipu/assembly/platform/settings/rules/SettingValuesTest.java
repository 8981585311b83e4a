package org.ipu.assembly.platform.settings.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An Assembly's values: what was set, defaults for the rest, changes checked as a whole. */
class SettingValuesTest {

  @Test
  void whatWasNotSetIsTheDefault() {
    SettingValues values = SettingValues.decode(Map.of("vote.minimum", "12"));

    assertThat(values.get(Setting.VOTE_MINIMUM)).isEqualTo(12);
    assertThat(values.isSet(Setting.VOTE_MINIMUM)).isTrue();
    assertThat(values.get(Setting.VOTE_MAX_PER_DELEGATE)).isEqualTo(10);
    assertThat(values.isSet(Setting.VOTE_MAX_PER_DELEGATE)).isFalse();
    assertThat(values.encode()).containsExactly(Map.entry("vote.minimum", "12"));
  }

  @Test
  void aChangeSetsValuesAndNullGoesBackToTheDefault() {
    SettingValues before = SettingValues.decode(Map.of("vote.minimum", "12"));
    Map<String, Object> change = new HashMap<>();
    change.put("vote.minimum", null);
    change.put("invitation.lifetime", new BigDecimal("3"));

    SettingValues after = before.with(change);

    assertThat(after.get(Setting.VOTE_MINIMUM)).isEqualTo(10);
    assertThat(after.isSet(Setting.VOTE_MINIMUM)).isFalse();
    assertThat(after.get(Setting.INVITATION_LIFETIME)).isEqualTo(Duration.ofDays(3));
    assertThat(after.encode()).containsExactly(Map.entry("invitation.lifetime", "3"));
    assertThat(after.differencesFrom(before))
        .containsExactly(Setting.VOTE_MINIMUM, Setting.INVITATION_LIFETIME);
    assertThat(before.get(Setting.VOTE_MINIMUM)).as("unchanged").isEqualTo(12);
  }

  @Test
  void settingTheDefaultsValueExplicitlyIsADifference() {
    SettingValues explicit = SettingValues.defaults().with(Map.of("vote.minimum", 10));

    assertThat(explicit.differencesFrom(SettingValues.defaults()))
        .containsExactly(Setting.VOTE_MINIMUM);
    assertThat(SettingValues.defaults().differencesFrom(SettingValues.defaults())).isEmpty();
  }

  @Test
  void anUnknownKeyOrABadValueRefusesTheWholeChange() {
    assertThatThrownBy(() -> SettingValues.defaults().with(Map.of("vote.maximum", 3)))
        .isInstanceOfSatisfying(
            SettingRefused.class,
            refused -> {
              assertThat(refused.code()).isEqualTo("settings.unknown");
              assertThat(refused.arguments()).containsExactly("vote.maximum");
            });
    assertThatThrownBy(
            () ->
                SettingValues.defaults()
                    .with(Map.of("invitation.lifetime", 3, "vote.gender-sanction", -1)))
        .hasMessage("settings.vote.gender-sanction.invalid");
  }

  @Test
  void storedTextNoSettingAcceptsAnyMoreFallsBackToTheDefault() {
    SettingValues values =
        SettingValues.decode(Map.of("vote.minimum", "0", "retired.setting", "1"));

    assertThat(values.get(Setting.VOTE_MINIMUM)).isEqualTo(10);
    assertThat(values.isSet(Setting.VOTE_MINIMUM)).isFalse();
    assertThat(values.encode()).isEmpty();
  }

  @Test
  void registrationOpensBeforeItClosesAndLateChangesEndAfterItCloses() {
    SettingValues defaults = SettingValues.defaults();

    assertThatThrownBy(() -> defaults.with(Map.of("registration.opens", new BigDecimal("21"))))
        .isInstanceOfSatisfying(
            SettingRefused.class,
            refused -> {
              assertThat(refused.code()).isEqualTo("settings.registration-window");
              assertThat(refused.arguments()).containsExactly(21L, 21L, 3L);
            });
    assertThatThrownBy(
            () -> defaults.with(Map.of("registration.late-changes", new BigDecimal("30"))))
        .isInstanceOf(SettingRefused.class);
    assertThat(
            defaults
                .with(
                    Map.of(
                        "registration.opens", new BigDecimal("30"),
                        "registration.closes", new BigDecimal("29"),
                        "registration.late-changes", new BigDecimal("29")))
                .get(Setting.REGISTRATION_CLOSES))
        .isEqualTo(Duration.ofDays(29));
  }
}

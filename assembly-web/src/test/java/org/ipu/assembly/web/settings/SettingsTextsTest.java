package org.ipu.assembly.web.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.ipu.assembly.platform.settings.rules.Setting;
import org.ipu.assembly.web.platform.i18n.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every setting of the catalog can be shown and refused in every language: its group, label, help,
 * and a message for each problem its type refuses with; and the API's general codes.
 */
class SettingsTextsTest {

  @ParameterizedTest
  @EnumSource(Language.class)
  void everySettingHasItsTextsInEveryLanguage(Language language) {
    ResourceBundle bundle =
        ResourceBundle.getBundle(
            Language.BUNDLE,
            language == Language.EN ? Locale.ROOT : language.locale(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
    List<String> needed =
        new ArrayList<>(
            List.of(
                "error.settings.changed-meanwhile",
                "error.settings.version.required",
                "error.settings.unknown"));
    for (Setting<?> setting : Setting.ALL) {
      needed.add("settings.group." + setting.group());
      needed.add("settings." + setting.key());
      needed.add("settings." + setting.key() + ".help");
      setting
          .type()
          .problems()
          .forEach(p -> needed.add("error.settings." + setting.key() + "." + p));
    }

    assertThat(bundle.keySet()).containsAll(needed);
  }
}

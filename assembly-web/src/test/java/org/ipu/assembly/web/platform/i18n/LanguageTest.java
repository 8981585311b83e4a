package org.ipu.assembly.web.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ResourceBundle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each language writes its numbers, in sentences, tables and dates, with Western digits only. */
class LanguageTest {

  private static final String ARABIC_INDIC = "[\\u0660-\\u0669\\u06F0-\\u06F9]";

  @ParameterizedTest
  @EnumSource(Language.class)
  void everyNumberIsWrittenInWesternDigits(Language language) {
    String written =
        new MessageFormat("{0} {1,number,integer} {2,number,percent}", language.locale())
                .format(new Object[] {1502, 1011, 0.67})
            + " "
            + NumberFormat.getInstance(language.locale()).format(1234.5)
            + " "
            + String.format(language.locale(), "%d", 42)
            + " "
            + DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(language.locale())
                .format(LocalDate.of(2027, 4, 12));

    assertThat(written).doesNotContainPattern(ARABIC_INDIC).contains("1", "5", "4", "2027");
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void theLanguageIsStillItsCodeAndItsBundle(Language language) {
    assertThat(language.code()).hasSize(2);
    assertThat(Language.byCode(language.code())).contains(language);
    assertThat(
            ResourceBundle.getBundle(Language.BUNDLE, language.locale()).getLocale().getLanguage())
        .isIn(language.code(), "");
  }
}

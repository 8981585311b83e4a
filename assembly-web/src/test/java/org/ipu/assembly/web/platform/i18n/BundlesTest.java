package org.ipu.assembly.web.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every word of every language: the four bundles have the same keys, and every page's keys exist.
 */
class BundlesTest {

  private static final Pattern PAGE_KEY = Pattern.compile("msg\\['([A-Za-z0-9_.-]+)'\\]");

  private static ResourceBundle bundle(Language language) {
    ResourceBundle.Control noFallback =
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT);
    return ResourceBundle.getBundle(
        Language.BUNDLE, language == Language.EN ? Locale.ROOT : language.locale(), noFallback);
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void eachLanguageHasEveryKeyOfTheEnglishBundle(Language language) {
    Set<String> english = bundle(Language.EN).keySet();
    ResourceBundle translated = bundle(language);

    assertThat(translated.getLocale().getLanguage())
        .isEqualTo(language == Language.EN ? "" : language.code());
    assertThat(translated.keySet()).containsExactlyInAnyOrderElementsOf(english);
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void everyPatternFormats(Language language) {
    ResourceBundle bundle = bundle(language);
    for (String key : bundle.keySet()) {
      String pattern = bundle.getString(key);
      if (pattern.contains("{0")) {
        assertThatCode(
                () ->
                    new MessageFormat(pattern, language.locale())
                        .format(new Object[] {1, 2, 3, 4, 5}))
            .as(language + " " + key)
            .doesNotThrowAnyException();
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void everyLiteralKeyOnAPageIsInTheBundle(Language language) throws IOException {
    Set<String> keys = bundle(language).keySet();
    try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
      pages
          .filter(p -> p.toString().endsWith(".xhtml"))
          .forEach(
              page -> {
                Matcher m = PAGE_KEY.matcher(read(page));
                while (m.find()) {
                  assertThat(keys).as(page + " uses " + m.group(1)).contains(m.group(1));
                }
              });
    }
  }

  private static String read(Path page) {
    try {
      return Files.readString(page);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

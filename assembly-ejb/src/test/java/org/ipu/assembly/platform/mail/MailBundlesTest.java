package org.ipu.assembly.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Date;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every mail bundle has the same keys in the four languages, and every pattern formats. */
class MailBundlesTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "org/ipu/assembly/accounts/control/mail",
        "org/ipu/assembly/registration/control/mail"
      })
  void everyLanguageHasTheSameKeysAndEveryPatternFormats(String bundle) throws Exception {
    Properties english = load(bundle + ".properties");
    assertThat(english).isNotEmpty();
    for (String language : new String[] {"fr", "es", "ar"}) {
      Properties other = load(bundle + "_" + language + ".properties");
      assertThat(other.keySet()).as(language).isEqualTo(english.keySet());
      for (String key : other.stringPropertyNames()) {
        String text =
            new MessageFormat(other.getProperty(key), Locale.forLanguageTag(language))
                .format(new Object[] {"Anna", "anna.s", 152, new Date(0), "comment"});
        assertThat(text).as(language + " " + key).doesNotContain("{").isNotBlank();
      }
    }
    if (!bundle.endsWith("accounts/control/mail")) {
      return;
    }
    String english0 =
        new MessageFormat(english.getProperty("invitation.body"), Locale.ENGLISH)
            .format(new Object[] {"Anna", "anna.s", "http://x/link", new Date(0)});
    assertThat(english0).contains("Union's Assembly", "anna.s", "http://x/link", "1970");
  }

  private static Properties load(String resource) throws Exception {
    Properties properties = new Properties();
    try (InputStream in = MailBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}

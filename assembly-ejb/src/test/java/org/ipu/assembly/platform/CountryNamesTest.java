package org.ipu.assembly.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class CountryNamesTest {

  @Test
  void namesACountryInEachInterpretationLanguage() {
    assertThat(CountryNames.of("FR", Locale.ENGLISH)).isEqualTo("France");
    assertThat(CountryNames.of("DE", Locale.FRENCH)).isEqualTo("Allemagne");
    assertThat(CountryNames.of("DE", new Locale("es"))).isEqualTo("Alemania");
    assertThat(CountryNames.of("FR", new Locale("ar"))).isEqualTo("فرنسا");
  }

  @Test
  void englishIsTheOpenDataName() {
    assertThat(CountryNames.english("KE")).isEqualTo("Kenya");
  }
}

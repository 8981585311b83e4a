package org.ipu.assembly.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.ipu.assembly.roster.entity.GeoGroup;
import org.ipu.assembly.roster.entity.Parliament;
import org.junit.jupiter.api.Test;

class ParliamentTest {

  @Test
  void aNationalParliamentIsNamedFromTheJdksLocaleDataInEachLanguage() {
    Parliament germany = Parliament.ofCountry("DE", Set.of(GeoGroup.TWELVE_PLUS));

    assertThat(germany.name(Locale.ENGLISH)).isEqualTo("Germany");
    assertThat(germany.name(Locale.FRENCH)).isEqualTo("Allemagne");
    assertThat(germany.name(Locale.forLanguageTag("es"))).isEqualTo("Alemania");
    assertThat(germany.name(Locale.forLanguageTag("ar"))).isEqualTo("ألمانيا");
  }

  @Test
  void aRegionalBodyUsesItsOwnNamesAndFallsBackToEnglish() {
    Parliament body = Parliament.ofBody(Map.of("en", "Arab Parliament", "ar", "البرلمان العربي"));

    assertThat(body.name(Locale.forLanguageTag("ar"))).isEqualTo("البرلمان العربي");
    assertThat(body.name(Locale.FRENCH)).isEqualTo("Arab Parliament");
  }

  @Test
  void aCountryCodeIsTwoUpperCaseLetters() {
    assertThatThrownBy(() -> Parliament.ofCountry("fra", Set.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

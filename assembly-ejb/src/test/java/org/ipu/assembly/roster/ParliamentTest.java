package org.ipu.assembly.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.ipu.assembly.roster.entity.AssemblySession;
import org.ipu.assembly.roster.entity.GeoGroup;
import org.ipu.assembly.roster.entity.Membership;
import org.ipu.assembly.roster.entity.MembershipStatus;
import org.ipu.assembly.roster.entity.Parliament;
import org.junit.jupiter.api.Test;

class ParliamentTest {

  @Test
  void aNationalParliamentIsNamedFromTheJdksLocaleDataInEachLanguage() {
    Parliament germany = Parliament.ofCountry("DE");

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
  void aMembershipCopiedToAnotherAssemblyKeepsItsStandingAndGroups() {
    AssemblySession before =
        new AssemblySession(
            151, "Geneva", "CH", LocalDate.of(2026, 10, 19), LocalDate.of(2026, 10, 23));
    AssemblySession next =
        new AssemblySession(
            152, "Geneva", "CH", LocalDate.of(2027, 4, 12), LocalDate.of(2027, 4, 16));
    Membership membership =
        new Membership(
            before, Parliament.ofCountry("SN"), MembershipStatus.MEMBER, false, 18_000_000);
    membership.placeIn(Set.of(GeoGroup.AFRICAN, GeoGroup.ARAB));
    membership.change(MembershipStatus.MEMBER, true, "Arrears of contributions", 18_500_000);

    Membership copy = membership.copiedTo(next);

    assertThat(copy.getSession()).isSameAs(next);
    assertThat(copy.getGroups()).containsExactlyInAnyOrder(GeoGroup.AFRICAN, GeoGroup.ARAB);
    assertThat(copy.isSuspended()).isTrue();
    assertThat(copy.getSuspensionReason()).isEqualTo("Arrears of contributions");
    assertThat(copy.getPopulation()).isEqualTo(18_500_000);
    assertThat(copy.isGenderSanction()).as("each Assembly derives its own").isFalse();
  }

  @Test
  void aCountryCodeIsTwoUpperCaseLetters() {
    assertThatThrownBy(() -> Parliament.ofCountry("fra"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

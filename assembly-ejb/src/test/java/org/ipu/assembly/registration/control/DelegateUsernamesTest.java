package org.ipu.assembly.registration.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A registered delegate's user name: plain ASCII from the names, then the country code. */
class DelegateUsernamesTest {

  @Test
  void accentsAndSpacesBecomePlainLettersAndHyphens() {
    assertThat(DelegateUsernames.suggest("Wanjikũ", "Kamau", "ke")).isEqualTo("wanjiku.kamau.ke");
    assertThat(DelegateUsernames.suggest("Jean-Éric", "de La Tour", "fr"))
        .isEqualTo("jean-eric.de-la-tour.fr");
  }

  @Test
  void namesWithoutLatinLettersStillGiveAValidUserName() {
    assertThat(DelegateUsernames.suggest("ليلى", "حداد", "jo")).isEqualTo("delegate.jo");
    assertThat(DelegateUsernames.suggest("ليلى", "Haddad", "jo")).isEqualTo("haddad.jo");
  }

  @Test
  void aLongNameIsCutSoThatTheWholeFitsTheAccountRule() {
    String name = DelegateUsernames.suggest("A".repeat(40), "B".repeat(40), "br");
    assertThat(name)
        .hasSizeLessThanOrEqualTo(49)
        .endsWith(".br")
        .matches("[a-z0-9][a-z0-9._-]{2,49}");
  }
}

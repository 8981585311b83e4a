package org.ipu.assembly.accreditation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipu.assembly.registration.rules.ParticipantCategory.ACCOMPANYING_PERSON;
import static org.ipu.assembly.registration.rules.ParticipantCategory.ADVISER;
import static org.ipu.assembly.registration.rules.ParticipantCategory.MEMBER_OF_PARLIAMENT;

import java.util.List;
import java.util.Locale;
import org.ipu.assembly.registration.rules.ListConsent;
import org.junit.jupiter.api.Test;

class ParticipantListOrderTest {

  @Test
  void thePublicListHoldsOnlyPublicConsentTheParticipantsListAlsoParticipants() {
    assertThat(ParticipantListOrder.listed(ListConsent.PUBLIC, ListConsent.PUBLIC)).isTrue();
    assertThat(ParticipantListOrder.listed(ListConsent.PARTICIPANTS, ListConsent.PUBLIC)).isFalse();
    assertThat(ParticipantListOrder.listed(ListConsent.NOBODY, ListConsent.PUBLIC)).isFalse();
    assertThat(ParticipantListOrder.listed(ListConsent.PUBLIC, ListConsent.PARTICIPANTS)).isTrue();
    assertThat(ParticipantListOrder.listed(ListConsent.PARTICIPANTS, ListConsent.PARTICIPANTS))
        .isTrue();
    assertThat(ParticipantListOrder.listed(ListConsent.NOBODY, ListConsent.PARTICIPANTS)).isFalse();
    assertThat(ParticipantListOrder.listed(ListConsent.PUBLIC, ListConsent.NOBODY))
        .as("no list is read by nobody")
        .isFalse();
    assertThat(ParticipantListOrder.listed(null, ListConsent.PUBLIC)).isFalse();
  }

  @Test
  void theHeadComesFirstThenMembersOfParliamentThenTheOtherCategoriesEachByName() {
    ListedParticipant adviser = new ListedParticipant(null, "Ana", "Zapata", ADVISER, false);
    ListedParticipant companion =
        new ListedParticipant(null, "Bea", "Abad", ACCOMPANYING_PERSON, false);
    ListedParticipant head =
        new ListedParticipant("Hon.", "Zoe", "Zamora", MEMBER_OF_PARLIAMENT, true);
    ListedParticipant mpB =
        new ListedParticipant("Hon.", "Luis", "Ébano", MEMBER_OF_PARLIAMENT, false);
    ListedParticipant mpA =
        new ListedParticipant("Hon.", "Rosa", "Durán", MEMBER_OF_PARLIAMENT, false);

    assertThat(
            ParticipantListOrder.participants(
                List.of(adviser, companion, mpB, head, mpA), Locale.forLanguageTag("es")))
        .containsExactly(head, mpA, mpB, adviser, companion);
    assertThat(head.name()).isEqualTo("Hon. Zoe Zamora");
    assertThat(adviser.name()).isEqualTo("Ana Zapata");
  }

  @Test
  void delegationsAreOrderedByNameInTheListsLanguageAndEmptyOnesLeftOut() {
    ListedParticipant someone = new ListedParticipant(null, "A", "B", MEMBER_OF_PARLIAMENT, false);
    List<ListedDelegation> french =
        List.of(
            new ListedDelegation("Égypte", "EG", List.of(someone)),
            new ListedDelegation("Zambie", "ZM", List.of(someone)),
            new ListedDelegation("Allemagne", "DE", List.of(someone)),
            new ListedDelegation("France", "FR", List.of()));

    assertThat(
            ParticipantListOrder.delegations(french, Locale.FRENCH).stream()
                .map(ListedDelegation::name))
        .as("É sorts with E, not after Z; a delegation with nobody listed is left out")
        .containsExactly("Allemagne", "Égypte", "Zambie");
  }
}

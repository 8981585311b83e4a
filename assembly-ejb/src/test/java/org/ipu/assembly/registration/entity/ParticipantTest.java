package org.ipu.assembly.registration.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.ipu.assembly.platform.InvalidRequest;
import org.ipu.assembly.registration.rules.Gender;
import org.ipu.assembly.registration.rules.ListConsent;
import org.ipu.assembly.registration.rules.ParticipantCategory;
import org.ipu.assembly.roster.entity.AssemblySession;
import org.ipu.assembly.roster.entity.Parliament;
import org.junit.jupiter.api.Test;

/** A participant's consent to the list and their visa-support letter, as the entity keeps them. */
class ParticipantTest {

  private static final LocalDateTime NOW = LocalDateTime.of(2027, 3, 1, 9, 0);

  private static Participant participant(ParticipantDetails details) {
    Delegation delegation =
        new Delegation(
            new AssemblySession(
                152, "Geneva", "CH", LocalDate.of(2027, 4, 12), LocalDate.of(2027, 4, 15)),
            Parliament.ofCountry("KE"),
            NOW);
    return new Participant(delegation, details.checked());
  }

  private static ParticipantDetails details(
      String family, String phone, boolean visaLetter, String consent) {
    return new ParticipantDetails(
        family,
        "Grace",
        "Hon.",
        Gender.FEMALE,
        LocalDate.of(1975, 5, 4),
        ParticipantCategory.MEMBER_OF_PARLIAMENT,
        true,
        List.of(),
        List.of(),
        null,
        phone,
        "en",
        null,
        null,
        null,
        visaLetter,
        consent,
        null);
  }

  @Test
  void theConsentIsCheckedByNameInAnyCaseAndNoneMeansNotListed() {
    assertThat(participant(details("Odhiambo", null, false, " participants ")).getListConsent())
        .isEqualTo(ListConsent.PARTICIPANTS);
    assertThat(participant(details("Odhiambo", null, false, null)).getListConsent())
        .isEqualTo(ListConsent.NOBODY);
    assertThat(participant(details("Odhiambo", null, false, "PUBLIC")).comparable())
        .containsEntry("listConsent", "PUBLIC");
    assertThatThrownBy(() -> details("Odhiambo", null, false, "everyone").checked())
        .isInstanceOfSatisfying(
            InvalidRequest.class,
            invalid ->
                assertThat(invalid.getProblems())
                    .anySatisfy(
                        p -> assertThat(p.code()).isEqualTo("participant.list-consent.invalid")));
  }

  @Test
  void aSignedOffLetterStaysThroughOtherChangesAndGoesWithANewNameOrTheRequestWithdrawn() {
    Participant participant = participant(details("Odhiambo", null, true, "PUBLIC"));
    assertThat(participant.getVisaLetterSignedAt()).isEmpty();

    participant.signVisaLetter("secretariat", NOW);
    participant.signVisaLetter("someone.else", NOW.plusDays(1));
    assertThat(participant.getVisaLetterSignedAt()).contains(NOW);
    assertThat(participant.getVisaLetterSignedBy()).isEqualTo("secretariat");

    participant.change(details("Odhiambo", "+254 20 123 456", true, "PUBLIC").checked());
    assertThat(participant.getVisaLetterSignedAt()).as("a new phone number").contains(NOW);

    participant.change(details("Odhiambo-Otieno", "+254 20 123 456", true, "PUBLIC").checked());
    assertThat(participant.getVisaLetterSignedAt()).as("a new name").isEmpty();

    participant.signVisaLetter("secretariat", NOW);
    participant.change(details("Odhiambo-Otieno", "+254 20 123 456", false, "PUBLIC").checked());
    assertThat(participant.getVisaLetterSignedAt()).as("no letter asked for any more").isEmpty();
    assertThatThrownBy(() -> participant.signVisaLetter("secretariat", NOW))
        .isInstanceOf(IllegalStateException.class);
  }
}

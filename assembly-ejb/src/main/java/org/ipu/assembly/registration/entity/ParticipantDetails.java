package org.ipu.assembly.registration.entity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.ipu.assembly.platform.AssemblyException;
import org.ipu.assembly.platform.EnumName;
import org.ipu.assembly.platform.PlainText;
import org.ipu.assembly.platform.RequestCheck;
import org.ipu.assembly.registration.rules.Committee;
import org.ipu.assembly.registration.rules.Gender;
import org.ipu.assembly.registration.rules.ListConsent;
import org.ipu.assembly.registration.rules.ParticipantCategory;

/**
 * What a focal point fills in for one participant: names as in the passport, and everything the
 * Secretariat and the badge need. Each constraint's message is the stable code of its refusal.
 *
 * @param committeeMember the Standing Committees on which this delegate is the member
 * @param committeeSubstitute those on which this delegate is the substitute
 * @param listConsent who may read the participant's name in the list of participants ({@link
 *     ListConsent}'s name; none: {@code NOBODY})
 * @param version the version read, when changing a participant (null when adding one)
 */
public record ParticipantDetails(
    @NotBlank(message = "participant.family-name.invalid")
        @Size(max = 100, message = "participant.family-name.invalid")
        @Pattern(regexp = PlainText.REGEX, message = "participant.family-name.invalid")
        String familyName,
    @NotBlank(message = "participant.given-names.invalid")
        @Size(max = 100, message = "participant.given-names.invalid")
        @Pattern(regexp = PlainText.REGEX, message = "participant.given-names.invalid")
        String givenNames,
    @Size(max = 50, message = "participant.title.invalid")
        @Pattern(regexp = PlainText.REGEX, message = "participant.title.invalid")
        String title,
    @NotNull(message = "participant.gender.required") Gender gender,
    @Past(message = "participant.born-on.invalid") LocalDate bornOn,
    @NotNull(message = "participant.category.required") ParticipantCategory category,
    boolean head,
    List<Committee> committeeMember,
    List<Committee> committeeSubstitute,
    @Size(max = 200, message = "participant.email.invalid")
        @Pattern(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "participant.email.invalid")
        String email,
    @Size(max = 40, message = "participant.phone.invalid")
        @Pattern(regexp = "\\+?[0-9 ().\\-/]{5,40}", message = "participant.phone.invalid")
        String phone,
    @NotNull(message = "participant.language.invalid")
        @Pattern(regexp = "en|fr|es|ar", message = "participant.language.invalid")
        String workingLanguage,
    LocalDate arrivesOn,
    LocalDate departsOn,
    @Size(max = 1000, message = "participant.accessibility.invalid")
        @Pattern(regexp = PlainText.REGEX, message = "participant.accessibility.invalid")
        String accessibilityNeeds,
    boolean visaLetter,
    @EnumName(value = ListConsent.class, message = "participant.list-consent.invalid")
        String listConsent,
    Long version) {

  public ParticipantDetails {
    committeeMember = committeeMember == null ? List.of() : List.copyOf(committeeMember);
    committeeSubstitute =
        committeeSubstitute == null ? List.of() : List.copyOf(committeeSubstitute);
  }

  /**
   * The details trimmed (empty optional texts become null; English when no language is given),
   * checked field by field ({@link org.ipu.assembly.platform.InvalidRequest}), then as a whole.
   */
  public ParticipantDetails checked() {
    ParticipantDetails details =
        RequestCheck.check(
            new ParticipantDetails(
                trim(familyName),
                trim(givenNames),
                trim(title),
                gender,
                bornOn,
                category,
                head,
                committeeMember,
                committeeSubstitute,
                trim(email),
                trim(phone),
                workingLanguage == null || workingLanguage.isBlank()
                    ? "en"
                    : workingLanguage.trim().toLowerCase(Locale.ROOT),
                arrivesOn,
                departsOn,
                trim(accessibilityNeeds),
                visaLetter,
                listConsent == null || listConsent.isBlank()
                    ? ListConsent.NOBODY.name()
                    : listConsent.trim().toUpperCase(Locale.ROOT),
                version));
    if (arrivesOn != null && departsOn != null && departsOn.isBefore(arrivesOn)) {
      throw AssemblyException.invalid("participant.stay.invalid");
    }
    if (head && !category.isDelegate()) {
      throw AssemblyException.invalid("participant.head.not-delegate");
    }
    if (!category.isDelegate()
        && !(details.committeeMember.isEmpty() && details.committeeSubstitute.isEmpty())) {
      throw AssemblyException.invalid("participant.committee.not-delegate");
    }
    if (details.committeeMember.stream().anyMatch(details.committeeSubstitute::contains)) {
      throw AssemblyException.invalid("participant.committee.both");
    }
    return details;
  }

  /**
   * The same person registered again for another Assembly: without the travel dates and the visa
   * letter of this one.
   */
  public ParticipantDetails forNextAssembly() {
    return new ParticipantDetails(
        familyName,
        givenNames,
        title,
        gender,
        bornOn,
        category,
        head,
        committeeMember,
        committeeSubstitute,
        email,
        phone,
        workingLanguage,
        null,
        null,
        accessibilityNeeds,
        false,
        listConsent,
        null);
  }

  /** The consent to the list of participants (checked details: never null). */
  public ListConsent consent() {
    return listConsent == null ? ListConsent.NOBODY : ListConsent.valueOf(listConsent);
  }

  private static String trim(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }
}

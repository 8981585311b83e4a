package org.ipu.assembly.web.accreditation;

import java.time.LocalDateTime;
import org.ipu.assembly.accreditation.boundary.VisaLetters;
import org.ipu.assembly.registration.rules.ParticipantCategory;
import org.ipu.assembly.web.platform.i18n.Language;

/**
 * A request for a visa-support letter as the API and the pages show it.
 *
 * @param parliament the parliament's name in the reader's language
 * @param name the participant's title, given names and family name
 * @param signedAt when the Secretariat signed the letter off (UTC; null: not yet)
 * @param signedBy who did (user name; null: not yet)
 * @param letter the letter's path under the API ({@code /api/visa-letters/{id}/letter.pdf}), null
 *     until it is signed off
 */
public record VisaRequestView(
    long participantId,
    long parliamentId,
    String parliament,
    String name,
    ParticipantCategory category,
    String workingLanguage,
    LocalDateTime signedAt,
    String signedBy,
    String letter) {

  static VisaRequestView of(VisaLetters.VisaRequest request, Language language) {
    return new VisaRequestView(
        request.participantId(),
        request.parliament().getId(),
        request.parliament().name(language.locale()),
        request.name(),
        request.category(),
        request.workingLanguage(),
        request.signedAt(),
        request.signedBy(),
        request.signed() ? letterPath(request.participantId()) : null);
  }

  /** Where the signed-off letter is downloaded. */
  static String letterPath(long participantId) {
    return "/api/visa-letters/" + participantId + "/letter.pdf";
  }

  public boolean signed() {
    return signedAt != null;
  }
}

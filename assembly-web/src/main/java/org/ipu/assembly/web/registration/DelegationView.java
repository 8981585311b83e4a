package org.ipu.assembly.web.registration;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.ipu.assembly.registration.control.DelegationSheet;
import org.ipu.assembly.registration.control.ParticipantLine;
import org.ipu.assembly.registration.rules.Change;
import org.ipu.assembly.registration.rules.Finding;
import org.ipu.assembly.registration.rules.RegistrationState;
import org.ipu.assembly.web.platform.i18n.Language;

/**
 * A delegation's registration as the API shows it to its focal points and the Secretariat, with the
 * composition rules' findings worded in the client's language.
 *
 * @param version send it back with a submission, approval or return
 * @param delegates the members of parliament registered, against {@code delegateLimit}
 * @param findings breaches (block submission) first, then warnings
 * @param changesSinceApproval what changed since the Secretariat last approved it
 * @param mayChange whether the caller may change it now (state and registration window)
 */
public record DelegationView(
    long id,
    long version,
    long parliamentId,
    String parliamentName,
    int assemblyNumber,
    RegistrationState state,
    String returnComment,
    LocalDateTime submittedAt,
    LocalDateTime decidedAt,
    String decidedBy,
    int delegates,
    int delegateLimit,
    List<FindingView> findings,
    List<ParticipantLine> participants,
    List<Change> changesSinceApproval,
    Instant registrationOpens,
    Instant registrationCloses,
    Instant lateChangesUntil,
    boolean mayChange) {

  /**
   * One finding of the composition rules: its stable code, and its text in the reader's language.
   */
  public record FindingView(String code, boolean breach, String message) {

    static FindingView of(Finding finding, Language language) {
      return new FindingView(
          finding.code(),
          finding.breach(),
          language.text("error." + finding.code(), finding.values().toArray()));
    }
  }

  static DelegationView of(DelegationSheet sheet, Language language) {
    return new DelegationView(
        sheet.id(),
        sheet.version(),
        sheet.parliament().getId(),
        sheet.parliament().name(language.locale()),
        sheet.assemblyNumber(),
        sheet.state(),
        sheet.returnComment(),
        sheet.submittedAt(),
        sheet.decidedAt(),
        sheet.decidedBy(),
        sheet.composition().delegates(),
        sheet.composition().delegateLimit(),
        sheet.composition().findings().stream().map(f -> FindingView.of(f, language)).toList(),
        sheet.participants(),
        sheet.changesSinceApproval(),
        sheet.window().opens(),
        sheet.window().closes(),
        sheet.window().changesUntil(),
        sheet.mayChange());
  }
}

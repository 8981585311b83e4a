package org.ipu.assembly.web.registration;

import java.io.Serializable;
import java.util.List;
import org.ipu.assembly.registration.control.DelegationSheet;
import org.ipu.assembly.registration.control.ParticipantLine;
import org.ipu.assembly.registration.rules.RegistrationState;
import org.ipu.assembly.web.platform.i18n.Language;

/**
 * A delegation's registration as the registration pages show it, worded in the page's language and
 * held by value (a view-scoped bean is kept with the session; the sheet holds an entity).
 *
 * @param version the delegation's version read: a submission, approval or return names it
 * @param state a {@link RegistrationState} name
 * @param returnComment the Secretariat's reason, when it returned the delegation
 * @param opens when registration opens, and when it closes, and until when a submitted delegation
 *     may still change: each in UTC, the zone named
 * @param findings the composition findings, breaches first
 * @param changes what changed since the Secretariat last approved it, worded
 * @param groups the parliament's geopolitical groups ({@code GeoGroup} names)
 * @param mayChange whether the reader may change it now (state and registration window)
 */
public record ShownDelegation(
    long parliamentId,
    String parliament,
    List<String> groups,
    long version,
    String state,
    String returnComment,
    String submittedAt,
    String decidedAt,
    String decidedBy,
    String opens,
    String closes,
    String changesUntil,
    int delegates,
    int delegateLimit,
    List<Notice> findings,
    List<Line> participants,
    List<String> changes,
    boolean mayChange)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A composition finding in plain words: a breach blocks submission, a warning does not. */
  public record Notice(String text, boolean breach) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /**
   * A participant's row.
   *
   * @param committees the seats on the Standing Committees, worded
   * @param account the user name of the person's account (null before an invitation)
   * @param signsIn the person has set a password
   * @param invitable a member of parliament with an address who does not sign in yet
   * @param photo whether the participant has a badge photo
   * @param form the participant as read, to copy into the form when changing it
   */
  public record Line(
      long id,
      long version,
      String name,
      String category,
      String gender,
      boolean head,
      boolean young,
      List<String> committees,
      String language,
      String account,
      boolean signsIn,
      boolean invitable,
      boolean photo,
      ParticipantForm form)
      implements Serializable {

    private static final long serialVersionUID = 1L;

    static Line of(ParticipantLine line, Language language) {
      var details = line.details();
      return new Line(
          line.id(),
          details.version() == null ? 0 : details.version(),
          RegistrationWords.name(details),
          details.category().name(),
          details.gender().name(),
          details.head(),
          line.young(),
          RegistrationWords.committees(details, language),
          RegistrationWords.languageName(details.workingLanguage()),
          line.account(),
          line.signsIn(),
          details.category().isDelegate() && details.email() != null && !line.signsIn(),
          line.photo(),
          ParticipantForm.of(details));
    }
  }

  public ShownDelegation {
    groups = List.copyOf(groups);
    findings = List.copyOf(findings);
    participants = List.copyOf(participants);
    changes = List.copyOf(changes);
  }

  static ShownDelegation of(DelegationSheet sheet, Language language) {
    return new ShownDelegation(
        sheet.parliament().getId(),
        sheet.parliament().name(language.locale()),
        sheet.groups().stream().map(Enum::name).sorted().toList(),
        sheet.version(),
        sheet.state().name(),
        sheet.returnComment(),
        RegistrationWords.moment(sheet.submittedAt(), language),
        RegistrationWords.moment(sheet.decidedAt(), language),
        sheet.decidedBy(),
        RegistrationWords.moment(sheet.window().opens(), language),
        RegistrationWords.moment(sheet.window().closes(), language),
        RegistrationWords.moment(sheet.window().changesUntil(), language),
        sheet.composition().delegates(),
        sheet.composition().delegateLimit(),
        sheet.composition().findings().stream()
            .map(f -> new Notice(RegistrationWords.finding(f, language), f.breach()))
            .toList(),
        sheet.participants().stream().map(line -> Line.of(line, language)).toList(),
        sheet.changesSinceApproval().stream()
            .map(change -> RegistrationWords.change(change, language))
            .toList(),
        sheet.mayChange());
  }

  /** Whether a broken rule blocks submission. */
  public boolean blocksSubmission() {
    return findings.stream().anyMatch(Notice::breach);
  }

  public long breaches() {
    return findings.stream().filter(Notice::breach).count();
  }

  public long warnings() {
    return findings.size() - breaches();
  }

  /** Whether the reader may submit it now (rules aside). */
  public boolean maySubmit() {
    return mayChange && RegistrationState.valueOf(state).maySubmit();
  }

  /** Whether it waits for the Secretariat's decision. */
  public boolean waiting() {
    return RegistrationState.valueOf(state).mayDecide();
  }

  /** The participant with this id, if it is still in the delegation. */
  java.util.Optional<Line> line(long participantId) {
    return participants.stream().filter(p -> p.id() == participantId).findFirst();
  }
}

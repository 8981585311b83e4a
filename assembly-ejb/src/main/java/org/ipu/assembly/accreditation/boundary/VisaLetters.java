package org.ipu.assembly.accreditation.boundary;

import static org.ipu.assembly.platform.Roles.FOCAL_POINT;
import static org.ipu.assembly.platform.Roles.SECRETARIAT;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.ipu.assembly.accounts.boundary.Accounts;
import org.ipu.assembly.accounts.entity.Account;
import org.ipu.assembly.accreditation.control.ApprovedParticipants;
import org.ipu.assembly.accreditation.control.VisaLetterAudit;
import org.ipu.assembly.platform.AssemblyException;
import org.ipu.assembly.platform.Timestamps;
import org.ipu.assembly.platform.audit.AuditTrail;
import org.ipu.assembly.registration.entity.Participant;
import org.ipu.assembly.registration.rules.ParticipantCategory;
import org.ipu.assembly.roster.entity.AssemblySession;
import org.ipu.assembly.roster.entity.Parliament;

/**
 * Visa-support letters for the participants of the current Assembly's approved delegations who
 * asked for one: the Secretariat lists the requests and signs each letter off (audited in the
 * delegation's chain); then the letter can be downloaded by the Secretariat and by the parliament's
 * own focal points (anyone else: 403), never before ({@code visa-letter.not-signed}).
 */
@Stateless
@DeclareRoles({SECRETARIAT, FOCAL_POINT})
@RolesAllowed(SECRETARIAT)
public class VisaLetters {

  /**
   * A participant's request for a visa-support letter.
   *
   * @param name title, given names and family name
   * @param workingLanguage the language the letter is written in (en, fr, es, ar)
   * @param signedAt when the Secretariat signed it off (UTC; null: not yet)
   * @param signedBy who did (user name; null: not yet)
   */
  public record VisaRequest(
      long participantId,
      Parliament parliament,
      String name,
      ParticipantCategory category,
      String workingLanguage,
      LocalDateTime signedAt,
      String signedBy) {

    public boolean signed() {
      return signedAt != null;
    }
  }

  /**
   * What a signed-off letter says.
   *
   * @param participant title, given names and family name
   * @param workingLanguage the language the letter is written in
   * @param signedAt when the Secretariat signed it off (UTC)
   * @param officer the name of the officer who signed it off
   */
  public record VisaLetter(
      long participantId,
      String participant,
      String workingLanguage,
      Parliament parliament,
      AssemblySession assembly,
      LocalDateTime signedAt,
      String officer) {}

  @PersistenceContext private EntityManager em;
  @Inject private ApprovedParticipants approved;
  @Inject private Accounts accounts;
  @Inject private AuditTrail trail;
  @Inject private Clock clock;

  /** Every request of the current Assembly's approved delegations, by delegation. */
  public List<VisaRequest> requests() {
    return approved.visaRequests(approved.assembly(null)).stream()
        .map(VisaLetters::request)
        .toList();
  }

  /**
   * The requests of one parliament's approved delegation to the current Assembly, for its focal
   * points and the Secretariat.
   */
  @RolesAllowed({SECRETARIAT, FOCAL_POINT})
  public List<VisaRequest> requestsOf(long parliamentId) {
    accounts.requireMayActFor(parliamentId);
    return approved.visaRequests(approved.assembly(null)).stream()
        .filter(p -> p.getDelegation().getParliament().getId() == parliamentId)
        .map(VisaLetters::request)
        .toList();
  }

  /**
   * Signs off the participant's letter ({@code visa-letter.not-found} unless they asked for one in
   * an approved delegation of the current Assembly). Signing off a letter signed off already
   * changes nothing.
   */
  public VisaRequest signOff(long participantId) {
    Participant participant = approved.requireVisaRequest(approved.participant(participantId));
    if (participant.getVisaLetterSignedAt().isEmpty()) {
      participant.signVisaLetter(accounts.callerName(), Timestamps.now(clock));
      trail.append(
          VisaLetterAudit.subject(participant.getDelegation().getId()),
          VisaLetterAudit.SIGNED,
          new VisaLetterAudit.Signed(participantId));
    }
    return request(participant);
  }

  /**
   * The participant's signed-off letter, for the Secretariat and the parliament's own focal points
   * (403 for anyone else); {@code visa-letter.not-signed} (409) before the Secretariat signs it
   * off.
   */
  @RolesAllowed({SECRETARIAT, FOCAL_POINT})
  public VisaLetter letter(long participantId) {
    Participant participant = approved.participant(participantId);
    accounts.requireMayActFor(participant.getDelegation().getParliament().getId());
    approved.requireVisaRequest(participant);
    LocalDateTime signedAt =
        participant
            .getVisaLetterSignedAt()
            .orElseThrow(() -> AssemblyException.conflict("visa-letter.not-signed"));
    return new VisaLetter(
        participantId,
        name(participant),
        participant.getWorkingLanguage(),
        participant.getDelegation().getParliament(),
        participant.getDelegation().getSession(),
        signedAt,
        officer(participant.getVisaLetterSignedBy()));
  }

  private String officer(String username) {
    return em.createNamedQuery(Account.BY_USERNAME, Account.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst()
        .map(Account::getFullName)
        .filter(name -> !name.isBlank())
        .orElse(username);
  }

  private static VisaRequest request(Participant p) {
    return new VisaRequest(
        p.getId(),
        p.getDelegation().getParliament(),
        name(p),
        p.getCategory(),
        p.getWorkingLanguage(),
        p.getVisaLetterSignedAt().orElse(null),
        p.getVisaLetterSignedBy());
  }

  private static String name(Participant p) {
    String name = p.getGivenNames() + " " + p.getFamilyName();
    return p.getTitle() == null || p.getTitle().isBlank() ? name : p.getTitle() + " " + name;
  }
}

package org.ipu.assembly.registration.boundary;

import static org.ipu.assembly.platform.Roles.FOCAL_POINT;
import static org.ipu.assembly.platform.Roles.SECRETARIAT;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import org.ipu.assembly.accounts.boundary.Accounts;
import org.ipu.assembly.accounts.entity.Account;
import org.ipu.assembly.accounts.entity.Role;
import org.ipu.assembly.platform.AssemblyException;
import org.ipu.assembly.platform.Timestamps;
import org.ipu.assembly.platform.audit.AuditTrail;
import org.ipu.assembly.platform.images.SquarePhoto;
import org.ipu.assembly.platform.settings.rules.Setting;
import org.ipu.assembly.registration.control.DelegationChanges;
import org.ipu.assembly.registration.control.DelegationSheet;
import org.ipu.assembly.registration.control.DelegationSheets;
import org.ipu.assembly.registration.control.Delegations;
import org.ipu.assembly.registration.control.ParticipantLine;
import org.ipu.assembly.registration.control.ParticipantPhotos;
import org.ipu.assembly.registration.control.RegistrationAudit;
import org.ipu.assembly.registration.control.RegistrationMail;
import org.ipu.assembly.registration.entity.Delegation;
import org.ipu.assembly.registration.entity.Participant;
import org.ipu.assembly.registration.entity.ParticipantDetails;
import org.ipu.assembly.registration.entity.ParticipantPhoto;
import org.ipu.assembly.registration.rules.Composition;
import org.ipu.assembly.registration.rules.Finding;
import org.ipu.assembly.registration.rules.RegistrationWindow;
import org.ipu.assembly.roster.boundary.Roster;
import org.ipu.assembly.roster.entity.AssemblySession;
import org.ipu.assembly.roster.entity.Parliament;

/**
 * Delegation registration at the current Assembly. A parliament's focal points read, change and
 * submit its delegation (within the registration window), the Secretariat any delegation at any
 * time; the Secretariat's decisions are {@link RegistrationQueue}'s. Each change takes the
 * delegation's row lock (so the size limit holds under concurrency) and names the version it was
 * made on (so two people editing at once get a conflict, not a silent overwrite); each transition
 * is audited and mailed to the focal points. A participant's badge photo is theirs to upload,
 * replace and remove under the same rules, and only they and the Secretariat see it.
 */
@Stateless
@DeclareRoles({SECRETARIAT, FOCAL_POINT})
@RolesAllowed({SECRETARIAT, FOCAL_POINT})
public class Registrations {

  @PersistenceContext private EntityManager em;
  @Inject private Accounts accounts;
  @Inject private Roster roster;
  @Inject private Delegations delegations;
  @Inject private DelegationSheets sheets;
  @Inject private DelegationChanges changes;
  @Inject private ParticipantPhotos photos;
  @Inject private AuditTrail trail;
  @Inject private RegistrationMail mail;
  @Inject private Clock clock;

  /** The parliament's delegation to the current Assembly ({@code registration.none} if none). */
  public DelegationSheet sheet(long parliamentId) {
    return sheetOf(existing(parliamentId));
  }

  /**
   * Starts the parliament's delegation, empty or with the participants of its latest earlier one
   * (without their travel dates, with their badge photos).
   */
  public DelegationSheet start(long parliamentId, boolean fromEarlierAssembly) {
    Account caller = accounts.requireMayActFor(parliamentId);
    AssemblySession session = delegations.session();
    Parliament parliament = em.find(Parliament.class, parliamentId);
    if (parliament == null) {
      throw AssemblyException.notFound("parliament.not-found", parliamentId);
    }
    roster.currentMembership(parliamentId);
    if (delegations.of(session, parliamentId).isPresent()) {
      throw AssemblyException.conflict("registration.exists");
    }
    RegistrationWindow window = window(session);
    if (caller.getRole() != Role.SECRETARIAT
        && window.phase(clock.instant()) != RegistrationWindow.Phase.OPEN) {
      throw window.phase(clock.instant()) == RegistrationWindow.Phase.NOT_OPEN
          ? AssemblyException.conflict("registration.not-open", Date.from(window.opens()))
          : AssemblyException.conflict("registration.closed");
    }
    Delegation delegation = new Delegation(session, parliament, now());
    em.persist(delegation);
    if (fromEarlierAssembly) {
      em.createNamedQuery(Delegation.LATEST_BEFORE, Delegation.class)
          .setParameter("parliament", parliamentId)
          .setParameter("opensOn", session.getOpensOn())
          .setMaxResults(1)
          .getResultStream()
          .findFirst()
          .ifPresent(
              earlier ->
                  delegations
                      .participants(earlier)
                      .forEach(
                          p -> {
                            Participant copy = p.copyTo(delegation);
                            em.persist(copy);
                            em.flush();
                            photos.carryOver(p, copy);
                          }));
    }
    em.flush();
    trail.append(
        RegistrationAudit.subject(delegation.getId()),
        RegistrationAudit.STARTED,
        new RegistrationAudit.Started(parliamentId, session.getId(), fromEarlierAssembly));
    return sheetOf(delegation);
  }

  /**
   * Adds a participant. A delegate over the delegation's size limit is refused with the reason (the
   * row lock makes this hold for any number of focal points adding at once).
   */
  public ParticipantLine add(long parliamentId, ParticipantDetails given) {
    ParticipantDetails details = checked(given);
    Delegation delegation = changes.changeable(existing(parliamentId));
    if (details.category().isDelegate()) {
      delegations.requireRoomForOneMoreDelegate(delegation, delegations.participants(delegation));
    }
    Participant participant = new Participant(delegation, details);
    em.persist(participant);
    em.flush();
    changes.changed(delegation, participant, "added");
    return sheets.line(participant);
  }

  /** Changes a participant, as read at {@code details.version()}. */
  public ParticipantLine change(long participantId, ParticipantDetails given) {
    ParticipantDetails details = checked(given);
    Participant participant = participant(participantId);
    Delegation delegation = changes.changeable(participant.getDelegation());
    Delegations.requireVersion(participant, details.version());
    if (details.category().isDelegate() && !participant.getCategory().isDelegate()) {
      delegations.requireRoomForOneMoreDelegate(delegation, delegations.participants(delegation));
    }
    participant.change(details);
    em.flush();
    changes.changed(delegation, participant, "changed");
    return sheets.line(participant);
  }

  /** Removes a participant, as read at {@code version}. */
  public void remove(long participantId, long version) {
    Participant participant = participant(participantId);
    Delegation delegation = changes.changeable(participant.getDelegation());
    Delegations.requireVersion(participant, version);
    changes.changed(delegation, participant, "removed");
    em.remove(participant);
  }

  /**
   * The participant's badge photo, for the parliament's focal points and the Secretariat only
   * ({@code photo.none} if they have none).
   */
  public ParticipantPhoto photo(long participantId) {
    return photos
        .of(participant(participantId))
        .orElseThrow(() -> AssemblyException.notFound("photo.none", participantId));
  }

  /**
   * Takes an uploaded badge photo in place of the one the participant had: checked and made a
   * square JPEG without metadata ({@link SquarePhoto}; refused with {@code photo.*} otherwise),
   * within the Assembly's size limit. A change of the participant like any other: the delegation is
   * locked and must be changeable, an approved one needs approval again, and it is audited.
   */
  public ParticipantLine changePhoto(long participantId, byte[] upload) {
    Participant participant = participant(participantId);
    Delegation delegation = changes.changeable(participant.getDelegation());
    SquarePhoto photo = SquarePhoto.from(upload, photoMaxKilobytes(delegation.getSession()));
    photos.keep(participant, photo, accounts.callerName(), now());
    changes.changed(delegation, participant, "photo");
    return sheets.line(participant);
  }

  /** Removes the participant's badge photo ({@code photo.none} if they have none); audited. */
  public void removePhoto(long participantId) {
    Participant participant = participant(participantId);
    Delegation delegation = changes.changeable(participant.getDelegation());
    if (!photos.remove(participant)) {
      throw AssemblyException.notFound("photo.none", participantId);
    }
    changes.changed(delegation, participant, "photo-removed");
  }

  /**
   * The largest badge photo accepted now, in kilobytes: the current Assembly's setting (what the
   * upload forms and the API's body limit announce before anything is sent).
   */
  @PermitAll
  public int photoMaxKilobytes() {
    return roster
        .currentSession()
        .map(this::photoMaxKilobytes)
        .orElse(Setting.REGISTRATION_PHOTO_MAX_SIZE.defaultValue());
  }

  private int photoMaxKilobytes(AssemblySession session) {
    return delegations.settings(session).get(Setting.REGISTRATION_PHOTO_MAX_SIZE);
  }

  /**
   * Submits the delegation, as read at {@code version}, for the Secretariat's approval; refused
   * while a composition rule is broken (409 with the first breach's code, e.g. {@code
   * delegation.no-head}).
   */
  public DelegationSheet submit(long parliamentId, long version) {
    Delegation delegation = changes.changeable(existing(parliamentId));
    Delegations.requireVersion(delegation, version);
    if (!delegation.getState().maySubmit()) {
      throw AssemblyException.conflict("registration.not-submittable", delegation.getState());
    }
    List<Participant> participants = delegations.participants(delegation);
    Composition composition = delegations.composition(delegation, participants);
    if (composition.blocksSubmission()) {
      Finding first = composition.findings().get(0);
      throw AssemblyException.conflict(first.code(), first.values().toArray());
    }
    delegation.submit(now());
    trail.append(
        RegistrationAudit.subject(delegation.getId()),
        RegistrationAudit.SUBMITTED,
        new RegistrationAudit.Submitted(
            composition.delegates(),
            participants.size(),
            composition.findings().stream().map(Finding::code).toList()));
    mail.tellFocalPoints(delegation, RegistrationMail.SUBMITTED, composition.delegates(), null);
    return sheetOf(delegation);
  }

  private Delegation existing(long parliamentId) {
    accounts.requireMayActFor(parliamentId);
    return delegations.current(parliamentId);
  }

  private Participant participant(long participantId) {
    Participant participant = em.find(Participant.class, participantId);
    if (participant == null) {
      throw AssemblyException.notFound("participant.not-found", participantId);
    }
    accounts.requireMayActFor(participant.getDelegation().getParliament().getId());
    return participant;
  }

  private static ParticipantDetails checked(ParticipantDetails given) {
    if (given == null) {
      throw AssemblyException.invalid("request.body-missing");
    }
    return given.checked();
  }

  private DelegationSheet sheetOf(Delegation delegation) {
    return sheets.of(delegation, changes.mayChange(delegation));
  }

  private RegistrationWindow window(AssemblySession session) {
    return sheets.window(session);
  }

  private LocalDateTime now() {
    return Timestamps.now(clock);
  }
}

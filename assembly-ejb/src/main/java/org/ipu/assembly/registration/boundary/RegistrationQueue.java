package org.ipu.assembly.registration.boundary;

import static org.ipu.assembly.platform.Roles.SECRETARIAT;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.ipu.assembly.accounts.boundary.Accounts;
import org.ipu.assembly.platform.AssemblyException;
import org.ipu.assembly.platform.PlainText;
import org.ipu.assembly.platform.Timestamps;
import org.ipu.assembly.platform.audit.AuditTrail;
import org.ipu.assembly.registration.control.ApprovalChanged;
import org.ipu.assembly.registration.control.DelegationSheet;
import org.ipu.assembly.registration.control.DelegationSheets;
import org.ipu.assembly.registration.control.Delegations;
import org.ipu.assembly.registration.control.ParticipantPhotos;
import org.ipu.assembly.registration.control.RegistrationAudit;
import org.ipu.assembly.registration.control.RegistrationMail;
import org.ipu.assembly.registration.control.RegistrationReminders;
import org.ipu.assembly.registration.entity.Delegation;
import org.ipu.assembly.registration.entity.Participant;
import org.ipu.assembly.registration.rules.Composition;

/**
 * The Secretariat's side of registration: every delegation of the current Assembly, oldest
 * submission first, with what changed since it was last approved; approval (the delegation is
 * accredited) and return with a comment, each as read at a version, audited and mailed to the
 * parliament's focal points in their languages.
 */
@Stateless
@DeclareRoles(SECRETARIAT)
@RolesAllowed(SECRETARIAT)
public class RegistrationQueue {

  /** The longest comment on a returned delegation. */
  public static final int MAX_COMMENT = 2000;

  @PersistenceContext private EntityManager em;
  @Inject private Accounts accounts;
  @Inject private Delegations delegations;
  @Inject private DelegationSheets sheets;
  @Inject private ParticipantPhotos photos;
  @Inject private AuditTrail trail;
  @Inject private RegistrationMail mail;
  @Inject private RegistrationReminders reminders;
  @Inject private Clock clock;
  @Inject private Event<ApprovalChanged> approvalChanged;

  /** Every delegation of the current Assembly: submitted ones oldest first, then the others. */
  public List<DelegationSheet> all() {
    return em
        .createNamedQuery(Delegation.OF_SESSION, Delegation.class)
        .setParameter("session", delegations.session())
        .getResultList()
        .stream()
        .map(d -> sheets.of(d, d.getState().editable()))
        .toList();
  }

  /**
   * Approves a submitted delegation, as read at {@code version}: its members of parliament are
   * accredited for the plenary (see {@code Accreditations}).
   */
  public DelegationSheet approve(long parliamentId, long version) {
    Delegation delegation = decidable(parliamentId, version);
    List<Participant> participants = delegations.participants(delegation);
    Composition composition = delegations.composition(delegation, participants);
    participants.forEach(Participant::accredit);
    delegation.approve(
        accounts.callerName(),
        Timestamps.now(clock),
        Delegations.snapshot(participants, photos.uploaded(delegation)));
    trail.append(
        RegistrationAudit.subject(delegation.getId()),
        RegistrationAudit.APPROVED,
        new RegistrationAudit.Approved(composition.delegates(), participants.size()));
    mail.tellFocalPoints(delegation, RegistrationMail.APPROVED, composition.delegates(), null);
    approvalChanged.fire(new ApprovalChanged(delegation.getSession().getId(), delegation.getId()));
    return sheets.of(delegation, true);
  }

  /** Returns a submitted delegation, as read at {@code version}, with the reason (required). */
  public DelegationSheet returnWith(long parliamentId, long version, String comment) {
    String reason = comment == null ? "" : comment.strip();
    if (reason.isEmpty()
        || reason.length() > MAX_COMMENT
        || !PlainText.isPlain(reason.replaceAll("\\R", " "))) {
      throw AssemblyException.invalid("registration.comment.required", MAX_COMMENT);
    }
    Delegation delegation = decidable(parliamentId, version);
    delegation.returnWith(reason, accounts.callerName(), Timestamps.now(clock));
    trail.append(
        RegistrationAudit.subject(delegation.getId()),
        RegistrationAudit.RETURNED,
        RegistrationAudit.Returned.of(reason));
    mail.tellFocalPoints(
        delegation,
        RegistrationMail.RETURNED,
        delegations.composition(delegation, delegations.participants(delegation)).delegates(),
        reason);
    return sheets.of(delegation, true);
  }

  /**
   * Sends the registration reminder due now (if any) to the focal points of the parliaments that
   * have not submitted and were not reminded of it yet; the hourly timer does the same.
   */
  public Optional<RegistrationReminders.Sent> sendDueReminders() {
    return reminders.sendDue(delegations.session());
  }

  private Delegation decidable(long parliamentId, long version) {
    Delegation delegation = delegations.lock(delegations.current(parliamentId));
    Delegations.requireVersion(delegation, version);
    if (!delegation.getState().mayDecide()) {
      throw AssemblyException.conflict("registration.not-submitted", delegation.getState());
    }
    return delegation;
  }
}

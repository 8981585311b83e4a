package org.ipu.assembly.registration.boundary;

import static org.ipu.assembly.platform.Roles.DELEGATE;
import static org.ipu.assembly.platform.Roles.FOCAL_POINT;
import static org.ipu.assembly.platform.Roles.SECRETARIAT;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.ipu.assembly.accounts.boundary.Accounts;
import org.ipu.assembly.accounts.boundary.NewAccount;
import org.ipu.assembly.accounts.entity.Account;
import org.ipu.assembly.platform.AssemblyException;
import org.ipu.assembly.registration.control.DelegateUsernames;
import org.ipu.assembly.registration.control.DelegationChanges;
import org.ipu.assembly.registration.control.DelegationSheets;
import org.ipu.assembly.registration.control.Delegations;
import org.ipu.assembly.registration.control.OwnRegistration;
import org.ipu.assembly.registration.control.ParticipantLine;
import org.ipu.assembly.registration.entity.Delegation;
import org.ipu.assembly.registration.entity.Participant;

/**
 * Login accounts for registered delegates: the focal point (or the Secretariat) invites a member of
 * parliament of its delegation; the person gets a single-use link by mail, in their working
 * language, and sets their own password (the accounts component's invitation). The registered
 * person reads their own registration data.
 */
@Stateless
@DeclareRoles({SECRETARIAT, FOCAL_POINT, DELEGATE})
public class DelegateAccounts {

  @PersistenceContext private EntityManager em;
  @Inject private Accounts accounts;
  @Inject private Delegations delegations;
  @Inject private DelegationSheets sheets;
  @Inject private DelegateUsernames usernames;
  @Inject private DelegationChanges changes;

  /**
   * Invites the registered member of parliament to open their account, or mails a new link if they
   * have not set their password yet. Once the delegation is approved, the account checks in and
   * casts as the approval accredits the person (delegate or head of delegation).
   */
  @RolesAllowed({SECRETARIAT, FOCAL_POINT})
  public ParticipantLine invite(long participantId) {
    Participant participant = em.find(Participant.class, participantId);
    if (participant == null) {
      throw AssemblyException.notFound("participant.not-found", participantId);
    }
    Delegation delegation = participant.getDelegation();
    long parliamentId = delegation.getParliament().getId();
    accounts.requireMayActFor(parliamentId);
    delegations.lock(delegation);
    em.refresh(participant);
    if (!participant.getCategory().isDelegate()) {
      throw AssemblyException.conflict("participant.invite.not-delegate");
    }
    if (participant.getEmail() == null) {
      throw AssemblyException.invalid("participant.invite.email-required");
    }
    Account account = participant.getAccount();
    if (account != null && account.hasPassword()) {
      throw AssemblyException.conflict("participant.invite.signs-in", account.getUsername());
    }
    if (account != null) {
      accounts.inviteAgain(account.getUsername());
    } else {
      participant.linkTo(
          accounts.openDelegateAccount(
              new NewAccount(
                  usernames.freeFor(participant),
                  participant.getGivenNames() + " " + participant.getFamilyName(),
                  participant.getEmail(),
                  participant.getWorkingLanguage(),
                  parliamentId)));
    }
    changes.recorded(delegation, participant, "invited");
    return sheets.line(participant);
  }

  /** The signed-in person's own registrations, latest Assembly first. */
  @RolesAllowed(DELEGATE)
  public List<OwnRegistration> mine() {
    return em
        .createNamedQuery(Participant.OF_ACCOUNT, Participant.class)
        .setParameter("account", accounts.caller())
        .getResultList()
        .stream()
        .map(
            p ->
                new OwnRegistration(
                    p.getDelegation().getSession().getNumber(),
                    p.getDelegation().getParliament().getId(),
                    p.getDelegation().getParliament().getCountryCode(),
                    p.getDelegation().getState(),
                    p.details()))
        .toList();
  }
}

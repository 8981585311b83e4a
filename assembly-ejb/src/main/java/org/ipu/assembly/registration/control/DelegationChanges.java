package org.ipu.assembly.registration.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import org.ipu.assembly.accounts.boundary.Accounts;
import org.ipu.assembly.accounts.entity.Role;
import org.ipu.assembly.platform.AssemblyException;
import org.ipu.assembly.platform.Timestamps;
import org.ipu.assembly.platform.audit.AuditTrail;
import org.ipu.assembly.registration.entity.Delegation;
import org.ipu.assembly.registration.entity.Participant;
import org.ipu.assembly.registration.rules.RegistrationState;

/**
 * Who may change a delegation now, and what a change of its participants does: the delegation is
 * locked and checked (not while it waits for the Secretariat; for a focal point, only within the
 * registration window), then marked changed (an approved delegation needs approval again) and the
 * change audited. Every change of a participant, their badge photo included, goes through here.
 */
@Dependent
public class DelegationChanges {

  @Inject private Accounts accounts;
  @Inject private Delegations delegations;
  @Inject private DelegationSheets sheets;
  @Inject private AuditTrail trail;
  @Inject private Clock clock;
  @Inject private Event<ApprovalChanged> approvalChanged;

  /**
   * Locks the delegation and refuses unless the caller may change it now: {@code
   * registration.waiting} while it waits for the Secretariat, {@code registration.closed} for a
   * focal point outside the registration window.
   */
  public Delegation changeable(Delegation delegation) {
    delegations.lock(delegation);
    if (!delegation.getState().editable()) {
      throw AssemblyException.conflict("registration.waiting");
    }
    if (!mayChange(delegation)) {
      throw AssemblyException.conflict("registration.closed");
    }
    return delegation;
  }

  /** Whether the caller may change the delegation now (state and registration window). */
  public boolean mayChange(Delegation delegation) {
    return delegation.getState().editable()
        && (accounts.caller().getRole() == Role.SECRETARIAT
            || sheets
                .window(delegation.getSession())
                .mayChange(clock.instant(), delegation.isEverSubmitted()));
  }

  /**
   * A participant of the (locked) delegation was added, changed or removed, or their photo: the
   * delegation changes state and version, and its audit chain says what happened.
   *
   * @param change what happened ({@code added}, {@code changed}, {@code removed}, {@code photo},
   *     {@code photo-removed})
   */
  public void changed(Delegation delegation, Participant participant, String change) {
    RegistrationState before = delegation.getState();
    delegation.changed(Timestamps.now(clock));
    audit(delegation, participant, change, before);
    if (before == RegistrationState.APPROVED && delegation.getState() != before) {
      approvalChanged.fire(
          new ApprovalChanged(delegation.getSession().getId(), delegation.getId()));
    }
  }

  /**
   * Something happened to a participant that leaves the registration as it is ({@code invited}):
   * only its audit chain says so.
   */
  public void recorded(Delegation delegation, Participant participant, String change) {
    audit(delegation, participant, change, delegation.getState());
  }

  private void audit(
      Delegation delegation, Participant participant, String change, RegistrationState before) {
    trail.append(
        RegistrationAudit.subject(delegation.getId()),
        RegistrationAudit.PARTICIPANT,
        new RegistrationAudit.ParticipantChanged(
            participant.getId(), change, before + "->" + delegation.getState()));
  }
}

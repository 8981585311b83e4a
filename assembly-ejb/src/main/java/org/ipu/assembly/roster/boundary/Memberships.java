package org.ipu.assembly.roster.boundary;

import static org.ipu.assembly.platform.Roles.SECRETARIAT;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.ipu.assembly.platform.AssemblyException;
import org.ipu.assembly.platform.audit.AuditTrail;
import org.ipu.assembly.roster.entity.AssemblySession;
import org.ipu.assembly.roster.entity.Membership;

/**
 * The Secretariat keeps the Assembly's membership: each parliament's status, suspension (with its
 * reason), population figure and geopolitical groups at the current Assembly, validated, made on
 * the version read, audited, and fired as a CDI event ({@link MembershipChanged}) for the
 * components whose figures depend on it.
 */
@Stateless
@DeclareRoles(SECRETARIAT)
@RolesAllowed(SECRETARIAT)
public class Memberships {

  @PersistenceContext private EntityManager em;
  @Inject private Roster roster;
  @Inject private AuditTrail trail;
  @Inject private Event<MembershipChanged> membershipChanged;

  /** Changes the parliament's standing at the current Assembly. */
  public Membership change(long parliamentId, MembershipChange given) {
    if (given == null) {
      throw AssemblyException.invalid("request.body-missing");
    }
    MembershipChange change = given.checked();
    Membership membership = roster.currentMembership(parliamentId);
    em.refresh(membership, LockModeType.PESSIMISTIC_WRITE);
    if (change.version() != membership.getVersion()) {
      throw AssemblyException.conflict("membership.changed-meanwhile");
    }
    MembershipChanged.Standing before = MembershipChanged.Standing.of(membership);
    membership.change(
        change.status(), change.suspended(), change.suspensionReason(), change.persons());
    if (change.groups() != null) {
      membership.placeIn(change.groups());
    }
    MembershipChanged.Standing after = MembershipChanged.Standing.of(membership);
    if (!after.equals(before)) {
      em.flush();
      AssemblySession session = membership.getSession();
      MembershipChanged changed =
          new MembershipChanged(parliamentId, session.getId(), before, after);
      trail.append(MembershipChanged.subject(membership.getId()), MembershipChanged.KIND, changed);
      membershipChanged.fire(changed);
    }
    return membership;
  }
}

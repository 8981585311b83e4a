package org.ipu.assembly.roster.boundary;

import static org.ipu.assembly.accounts.entity.Roles.DELEGATE;
import static org.ipu.assembly.accounts.entity.Roles.FOCAL_POINT;
import static org.ipu.assembly.accounts.entity.Roles.OBSERVER;
import static org.ipu.assembly.accounts.entity.Roles.SECRETARIAT;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.ipu.assembly.accounts.boundary.Accounts;
import org.ipu.assembly.platform.AssemblyException;
import org.ipu.assembly.roster.entity.AssemblySession;
import org.ipu.assembly.roster.entity.Membership;

/** Reads the current Assembly and the parliaments taking part in it. */
@Stateless
@DeclareRoles({SECRETARIAT, FOCAL_POINT, DELEGATE, OBSERVER})
public class Roster {

  @PersistenceContext private EntityManager em;

  @Inject private Accounts accounts;

  /** The Assembly now being prepared or held, if one is set up. */
  @PermitAll
  public Optional<AssemblySession> currentSession() {
    return em.createNamedQuery(AssemblySession.CURRENT, AssemblySession.class)
        .getResultStream()
        .findFirst();
  }

  /** Every parliament taking part in the current Assembly (Secretariat only). */
  @RolesAllowed(SECRETARIAT)
  public List<Membership> currentMemberships() {
    return em.createNamedQuery(Membership.OF_SESSION, Membership.class)
        .setParameter("session", requireCurrentSession())
        .getResultList();
  }

  /** One parliament's standing at the current Assembly, for whoever may act for it. */
  @RolesAllowed({SECRETARIAT, FOCAL_POINT, DELEGATE})
  public Membership currentMembership(long parliamentId) {
    accounts.requireMayActFor(parliamentId);
    return em.createNamedQuery(Membership.OF_PARLIAMENT, Membership.class)
        .setParameter("session", requireCurrentSession())
        .setParameter("parliament", parliamentId)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> AssemblyException.notFound("parliament.not-found", parliamentId));
  }

  private AssemblySession requireCurrentSession() {
    return currentSession().orElseThrow(() -> AssemblyException.notFound("session.none"));
  }
}

package org.ipu.assembly.roster.boundary;

import static org.ipu.assembly.platform.Roles.DELEGATE;
import static org.ipu.assembly.platform.Roles.FOCAL_POINT;
import static org.ipu.assembly.platform.Roles.OBSERVER;
import static org.ipu.assembly.platform.Roles.SECRETARIAT;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ipu.assembly.platform.AssemblyException;
import org.ipu.assembly.platform.ParliamentAccess;
import org.ipu.assembly.roster.entity.AssemblySession;
import org.ipu.assembly.roster.entity.Membership;

/** Reads the current Assembly and the parliaments taking part in it. */
@Stateless
@DeclareRoles({SECRETARIAT, FOCAL_POINT, DELEGATE, OBSERVER})
public class Roster {

  @PersistenceContext private EntityManager em;

  @Inject private ParliamentAccess access;

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
    access.requireMayActFor(parliamentId);
    return em.createNamedQuery(Membership.OF_PARLIAMENT, Membership.class)
        .setParameter("session", requireCurrentSession())
        .setParameter("parliament", parliamentId)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> AssemblyException.notFound("parliament.not-found", parliamentId));
  }

  /** Every parliament's standing at the given Assembly (for the other components). */
  @PermitAll
  public List<Membership> memberships(AssemblySession session) {
    return em.createNamedQuery(Membership.OF_SESSION, Membership.class)
        .setParameter("session", session)
        .getResultList();
  }

  /** Parliament id to ISO country code, for the parliaments of an Assembly that have one. */
  @PermitAll
  public Map<Long, String> countryCodes(long sessionId) {
    Map<Long, String> codes = new HashMap<>();
    em.createQuery(
            "SELECT m.parliament.id, m.parliament.countryCode FROM Membership m"
                + " WHERE m.session.id = :session AND m.parliament.countryCode IS NOT NULL",
            Object[].class)
        .setParameter("session", sessionId)
        .getResultList()
        .forEach(row -> codes.put((Long) row[0], (String) row[1]));
    return codes;
  }

  /** The current Assembly ({@code session.none}, not found, when none is set up). */
  @PermitAll
  public AssemblySession requireCurrentSession() {
    return currentSession().orElseThrow(() -> AssemblyException.notFound("session.none"));
  }
}

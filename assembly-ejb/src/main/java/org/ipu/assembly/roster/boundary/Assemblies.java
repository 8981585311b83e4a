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
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.ipu.assembly.platform.AssemblyException;
import org.ipu.assembly.platform.audit.AuditTrail;
import org.ipu.assembly.platform.settings.boundary.AssemblySettings;
import org.ipu.assembly.roster.entity.AssemblySession;
import org.ipu.assembly.roster.entity.Membership;

/**
 * The Secretariat sets up Assemblies: the next one, whose membership (each parliament's status,
 * suspension and population) and settings start as the last Assembly's, or an earlier one held
 * before the system, to enter its delegations' compositions; and makes one current (registration,
 * voting and the pages then work on it). Audited.
 */
@Stateless
@DeclareRoles(SECRETARIAT)
@RolesAllowed(SECRETARIAT)
public class Assemblies {

  @PersistenceContext private EntityManager em;
  @Inject private AuditTrail trail;
  @Inject private AssemblySettings settings;
  @Inject private Roster roster;
  @Inject private Event<CurrentAssemblyChanging> changing;

  /** Every Assembly, the latest first. */
  public List<AssemblySession> all() {
    return em.createQuery(
            "SELECT s FROM AssemblySession s ORDER BY s.opensOn DESC", AssemblySession.class)
        .getResultList();
  }

  /**
   * Sets up an Assembly; its membership and settings are copied from the latest Assembly with a
   * membership before it (or the earliest after it, for one held before every other).
   */
  public AssemblySession create(NewAssembly given) {
    if (given == null) {
      throw AssemblyException.invalid("request.body-missing");
    }
    NewAssembly request = given.checked();
    // One Assembly is set up at a time: the current one's row is the lock.
    em.createNamedQuery(AssemblySession.CURRENT, AssemblySession.class)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList();
    List<AssemblySession> all = all();
    int number = request.number().intValue();
    if (all.stream().anyMatch(s -> s.getNumber() == number)) {
      throw AssemblyException.conflict("assembly.number.taken", number);
    }
    Optional<AssemblySession> overlapping =
        all.stream()
            .filter(
                s ->
                    !s.getOpensOn().isAfter(request.closesOn())
                        && !s.getClosesOn().isBefore(request.opensOn()))
            .findFirst();
    if (overlapping.isPresent()) {
      throw AssemblyException.conflict("assembly.dates.overlap", overlapping.get().getNumber());
    }
    AssemblySession assembly =
        new AssemblySession(
            number, request.city(), request.countryCode(), request.opensOn(), request.closesOn());
    assembly.nameCity(request.cityFr(), request.cityEs(), request.cityAr());
    em.persist(assembly);
    em.flush();
    List<AssemblySession> withMembers =
        em.createQuery(
                "SELECT DISTINCT m.session FROM Membership m WHERE m.session <> :created",
                AssemblySession.class)
            .setParameter("created", assembly)
            .getResultList();
    Optional<AssemblySession> source =
        withMembers.stream()
            .filter(s -> s.getOpensOn().isBefore(request.opensOn()))
            .max(Comparator.comparing(AssemblySession::getOpensOn))
            .or(() -> withMembers.stream().min(Comparator.comparing(AssemblySession::getOpensOn)));
    int copied = source.map(s -> copy(s, assembly)).orElse(0);
    trail.append(
        AssemblyAudit.subject(assembly.getId()),
        AssemblyAudit.CREATED,
        new AssemblyAudit.Created(
            number, source.map(AssemblySession::getNumber).orElse(null), copied));
    return assembly;
  }

  /**
   * Makes the Assembly current, as read at {@code version}; refused while the current one cannot
   * let go (a vote still open).
   */
  public AssemblySession makeCurrent(long assemblyId, long version) {
    AssemblySession next =
        em.find(AssemblySession.class, assemblyId, LockModeType.PESSIMISTIC_WRITE);
    if (next == null) {
      throw AssemblyException.notFound("assembly.not-found", assemblyId);
    }
    if (next.getVersion() != version) {
      throw AssemblyException.conflict("assembly.changed-meanwhile");
    }
    if (next.isCurrent()) {
      return next;
    }
    Optional<AssemblySession> current =
        em.createNamedQuery(AssemblySession.CURRENT, AssemblySession.class)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultStream()
            .findFirst();
    current.ifPresent(
        c -> {
          changing.fire(new CurrentAssemblyChanging(c.getId(), next.getId()));
          c.stopBeingCurrent();
        });
    em.flush();
    next.makeCurrent();
    trail.append(
        AssemblyAudit.subject(next.getId()),
        AssemblyAudit.MADE_CURRENT,
        new AssemblyAudit.MadeCurrent(
            next.getNumber(), current.map(AssemblySession::getNumber).orElse(null)));
    return next;
  }

  /** Copies the membership and the settings of {@code from}; returns how many memberships. */
  private int copy(AssemblySession from, AssemblySession to) {
    List<Membership> memberships = roster.memberships(from);
    memberships.forEach(m -> em.persist(m.copiedTo(to)));
    settings.copy(from.getId(), to.getId());
    return memberships.size();
  }
}

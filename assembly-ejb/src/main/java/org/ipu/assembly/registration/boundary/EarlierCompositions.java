package org.ipu.assembly.registration.boundary;

import static org.ipu.assembly.platform.Roles.SECRETARIAT;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.ipu.assembly.accounts.boundary.Accounts;
import org.ipu.assembly.platform.AssemblyException;
import org.ipu.assembly.platform.Timestamps;
import org.ipu.assembly.platform.audit.AuditTrail;
import org.ipu.assembly.registration.control.RegistrationAudit;
import org.ipu.assembly.registration.entity.Delegation;
import org.ipu.assembly.registration.entity.DelegationCount;
import org.ipu.assembly.registration.rules.Gender;
import org.ipu.assembly.registration.rules.ParticipantCategory;
import org.ipu.assembly.registration.rules.ParticipationCount;
import org.ipu.assembly.registration.rules.RegistrationState;
import org.ipu.assembly.roster.boundary.Roster;
import org.ipu.assembly.roster.entity.AssemblySession;
import org.ipu.assembly.roster.entity.Membership;
import org.ipu.assembly.roster.entity.Parliament;

/**
 * The Secretariat enters the compositions of the Members' delegations at Assemblies held before the
 * system (women and men among the accredited delegates), so that the gender sanction is derived
 * from the whole history; an Assembly registered in the system shows what its registrations say.
 * Audited.
 */
@Stateless
@DeclareRoles(SECRETARIAT)
@RolesAllowed(SECRETARIAT)
public class EarlierCompositions {

  private static final ParticipantCategory DELEGATE = ParticipantCategory.MEMBER_OF_PARLIAMENT;

  @PersistenceContext private EntityManager em;
  @Inject private Roster roster;
  @Inject private Accounts accounts;
  @Inject private AuditTrail trail;
  @Inject private Clock clock;

  /** Each Member of the current Assembly's delegation at the earlier one, in the roster's order. */
  public List<EarlierComposition> of(long assemblyId) {
    AssemblySession assembly = earlier(assemblyId);
    Map<Long, int[]> registered = new HashMap<>();
    em.createQuery(
            "SELECT d.parliament.id, p.gender, COUNT(p) FROM Participant p JOIN p.delegation d"
                + " WHERE d.session = :assembly AND p.accredited IS NOT NULL"
                + " GROUP BY d.parliament.id, p.gender",
            Object[].class)
        .setParameter("assembly", assembly)
        .getResultList()
        .forEach(row -> add(registered, row[0], (Gender) row[1], ((Number) row[2]).intValue()));
    Set<Long> withParticipants =
        em.createQuery(
                "SELECT DISTINCT d.parliament.id FROM Participant p JOIN p.delegation d"
                    + " WHERE d.session = :assembly",
                Long.class)
            .setParameter("assembly", assembly)
            .getResultStream()
            .collect(Collectors.toSet());
    Map<Long, int[]> entered = new HashMap<>();
    em.createQuery(
            "SELECT d.parliament.id, c FROM DelegationCount c JOIN c.delegation d"
                + " WHERE d.session = :assembly AND d.state = :approved",
            Object[].class)
        .setParameter("assembly", assembly)
        .setParameter("approved", RegistrationState.APPROVED)
        .getResultList()
        .forEach(
            row -> {
              ParticipationCount count = ((DelegationCount) row[1]).count();
              if (count.category() == DELEGATE) {
                add(entered, row[0], count.gender(), count.participants());
              }
            });
    return members()
        .map(
            p ->
                withParticipants.contains(p.getId())
                    ? composition(
                        p, registered.get(p.getId()), EarlierComposition.Source.REGISTERED)
                    : composition(p, entered.get(p.getId()), EarlierComposition.Source.ENTERED))
        .toList();
  }

  /**
   * Enters the Member's composition at the earlier Assembly (replacing one entered before); refused
   * for a delegation registered in the system.
   */
  public EarlierComposition enter(long assemblyId, long parliamentId, CompositionEntry given) {
    if (given == null) {
      throw AssemblyException.invalid("request.body-missing");
    }
    CompositionEntry entry = given.checked();
    AssemblySession assembly = earlier(assemblyId);
    Parliament parliament =
        members()
            .filter(p -> p.getId() == parliamentId)
            .findFirst()
            .orElseThrow(() -> AssemblyException.notFound("parliament.not-found", parliamentId));
    LocalDateTime now = Timestamps.now(clock);
    Delegation delegation =
        em.createNamedQuery(Delegation.OF_PARLIAMENT, Delegation.class)
            .setParameter("session", assembly)
            .setParameter("parliament", parliamentId)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (delegation == null) {
      delegation = Delegation.entered(assembly, parliament, accounts.callerName(), now);
      try {
        em.persist(delegation);
        em.flush();
      } catch (PersistenceException entered) {
        // another officer entered the same delegation at the same moment (one per Assembly)
        throw AssemblyException.conflict("history.changed-meanwhile");
      }
    } else if (delegation.getState() != RegistrationState.APPROVED
        || em.createQuery(
                    "SELECT COUNT(p) FROM Participant p WHERE p.delegation = :delegation",
                    Long.class)
                .setParameter("delegation", delegation)
                .getSingleResult()
            > 0) {
      throw AssemblyException.conflict("history.registered", assembly.getNumber());
    }
    em.createQuery(
            "DELETE FROM DelegationCount c WHERE c.delegation = :delegation AND c.category = :mp")
        .setParameter("delegation", delegation)
        .setParameter("mp", DELEGATE)
        .executeUpdate();
    int women = entry.women().intValue();
    int men = entry.men().intValue();
    if (women > 0) {
      em.persist(
          new DelegationCount(
              delegation, new ParticipationCount(DELEGATE, Gender.FEMALE, women, 0)));
    }
    if (men > 0) {
      em.persist(
          new DelegationCount(delegation, new ParticipationCount(DELEGATE, Gender.MALE, men, 0)));
    }
    em.flush();
    trail.append(
        RegistrationAudit.subject(delegation.getId()),
        RegistrationAudit.ENTERED,
        new RegistrationAudit.Entered(assembly.getNumber(), women, men));
    return composition(parliament, new int[] {women, men}, EarlierComposition.Source.ENTERED);
  }

  /**
   * The parliaments whose history counts: today's, the current Assembly's (an earlier Assembly's
   * membership, copied when it was set up, may lack a later Member).
   */
  private Stream<Parliament> members() {
    return roster.currentMemberships().stream().map(Membership::getParliament);
  }

  /** The Assembly, which must open before the current one. */
  private AssemblySession earlier(long assemblyId) {
    AssemblySession assembly = em.find(AssemblySession.class, assemblyId);
    if (assembly == null) {
      throw AssemblyException.notFound("assembly.not-found", assemblyId);
    }
    AssemblySession current = roster.requireCurrentSession();
    if (!assembly.getOpensOn().isBefore(current.getOpensOn())) {
      throw AssemblyException.conflict("history.not-earlier", assembly.getNumber());
    }
    return assembly;
  }

  private static void add(Map<Long, int[]> counts, Object parliament, Gender gender, int n) {
    counts.computeIfAbsent((Long) parliament, k -> new int[2])[gender == Gender.FEMALE ? 0 : 1] +=
        n;
  }

  private static EarlierComposition composition(
      Parliament parliament, int[] counts, EarlierComposition.Source source) {
    if (counts == null || counts[0] + counts[1] == 0) {
      return new EarlierComposition(parliament, 0, 0, EarlierComposition.Source.NONE);
    }
    return new EarlierComposition(parliament, counts[0], counts[1], source);
  }
}

package org.ipu.assembly.registration.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ipu.assembly.platform.audit.AuditTrail;
import org.ipu.assembly.platform.settings.rules.Setting;
import org.ipu.assembly.registration.entity.Delegation;
import org.ipu.assembly.registration.entity.DelegationCount;
import org.ipu.assembly.registration.rules.Gender;
import org.ipu.assembly.registration.rules.ParticipantCategory;
import org.ipu.assembly.registration.rules.ParticipationCount;
import org.ipu.assembly.registration.rules.RetentionPeriod;
import org.ipu.assembly.registration.rules.YoungParliamentarian;
import org.ipu.assembly.roster.entity.AssemblySession;

/**
 * Deletes the personal data of a past Assembly's participants once its retention period is over
 * (its own {@link Setting#REGISTRATION_RETENTION}, the period announced while it was current): the
 * participants go (their committee seats with them), and so do the return comment and the approved
 * composition of each delegation, which name people. Each delegation keeps its row, parliament and
 * state, and the anonymous counts of its participants ({@link DelegationCount}). The current
 * Assembly is never touched.
 */
@Dependent
public class PersonalDataPurge {

  @PersistenceContext private EntityManager em;
  @Inject private Delegations delegations;
  @Inject private AuditTrail trail;

  /**
   * The past Assemblies whose retention period is over on {@code today} (UTC) and which still hold
   * personal data, the earliest closed first, with what of theirs would be deleted.
   */
  public List<AssemblyPersonalData> due(LocalDate today) {
    return em
        .createQuery(
            "SELECT s FROM AssemblySession s WHERE s.current = FALSE AND s.closesOn < :today"
                + " ORDER BY s.closesOn, s.number",
            AssemblySession.class)
        .setParameter("today", today)
        .getResultList()
        .stream()
        .filter(s -> isOver(s, today))
        .map(this::personalData)
        .filter(found -> found.delegations() > 0)
        .toList();
  }

  /**
   * Deletes the Assembly's personal data if its retention period is over at {@code at}: writes the
   * counts of each delegation's participants, deletes the participants, clears what the delegations
   * say of them and appends {@code registration.purged} to the audit trail, all in the caller's
   * transaction. Holds the Assembly's row locked, so that two purges at once delete once. Empty
   * when there was nothing (left) to delete.
   */
  public Optional<AssemblyPersonalData> purge(long assemblyId, LocalDateTime at) {
    AssemblySession session = em.find(AssemblySession.class, assemblyId);
    if (session == null) {
      return Optional.empty();
    }
    em.refresh(session, LockModeType.PESSIMISTIC_WRITE);
    if (!isOver(session, at.toLocalDate())) {
      return Optional.empty();
    }
    Map<Delegation, List<ParticipationCount.Counted>> counted = counted(session);
    counted.forEach(
        (delegation, people) ->
            ParticipationCount.of(people)
                .forEach(count -> em.persist(new DelegationCount(delegation, count))));
    int cleared = 0;
    for (Delegation delegation :
        em.createNamedQuery(Delegation.OF_SESSION, Delegation.class)
            .setParameter("session", session)
            .getResultList()) {
      if (counted.containsKey(delegation) || delegation.holdsPersonalData()) {
        delegation.forgetPersonalData(at);
        cleared++;
      }
    }
    if (cleared == 0) {
      return Optional.empty();
    }
    em.flush();
    int deleted =
        em.createNativeQuery(
                "DELETE FROM participant WHERE delegation_id IN"
                    + " (SELECT id FROM delegation WHERE session_id = ?)")
            .setParameter(1, session.getId())
            .executeUpdate();
    trail.append(
        RegistrationAudit.assembly(session.getId()),
        RegistrationAudit.PURGED,
        new RegistrationAudit.Purged(session.getNumber(), cleared, deleted));
    return Optional.of(
        new AssemblyPersonalData(
            session.getId(),
            session.getNumber(),
            session.getClosesOn(),
            period(session).keptUntil(session.getClosesOn()),
            cleared,
            deleted,
            true));
  }

  /** Each delegation's participants as counted: category, gender, young parliamentarian. */
  private Map<Delegation, List<ParticipationCount.Counted>> counted(AssemblySession session) {
    int youngAge = delegations.settings(session).get(Setting.DELEGATION_YOUNG_AGE);
    Map<Delegation, List<ParticipationCount.Counted>> counted = new LinkedHashMap<>();
    em.createQuery(
            "SELECT p.delegation, p.category, p.gender, p.bornOn FROM Participant p"
                + " WHERE p.delegation.session = :session ORDER BY p.delegation.id",
            Object[].class)
        .setParameter("session", session)
        .getResultList()
        .forEach(
            row -> {
              ParticipantCategory category = (ParticipantCategory) row[1];
              boolean young =
                  category.isDelegate()
                      && YoungParliamentarian.isYoung(
                          (LocalDate) row[3], session.getOpensOn(), youngAge);
              counted
                  .computeIfAbsent((Delegation) row[0], k -> new ArrayList<>())
                  .add(new ParticipationCount.Counted(category, (Gender) row[2], young));
            });
    return counted;
  }

  /** What of the Assembly's personal data is left. */
  private AssemblyPersonalData personalData(AssemblySession session) {
    long participants =
        em.createQuery(
                "SELECT COUNT(p) FROM Participant p WHERE p.delegation.session = :session",
                Long.class)
            .setParameter("session", session)
            .getSingleResult();
    long holding =
        em.createQuery(
                "SELECT COUNT(d) FROM Delegation d WHERE d.session = :session"
                    + " AND (d.returnComment IS NOT NULL OR d.approvedComposition IS NOT NULL"
                    + " OR EXISTS (SELECT p.id FROM Participant p WHERE p.delegation = d))",
                Long.class)
            .setParameter("session", session)
            .getSingleResult();
    return new AssemblyPersonalData(
        session.getId(),
        session.getNumber(),
        session.getClosesOn(),
        period(session).keptUntil(session.getClosesOn()),
        (int) holding,
        (int) participants,
        false);
  }

  private boolean isOver(AssemblySession session, LocalDate today) {
    return period(session).isOver(session.getClosesOn(), session.isCurrent(), today);
  }

  /** The Assembly's own retention period. */
  private RetentionPeriod period(AssemblySession session) {
    return new RetentionPeriod(delegations.settings(session).get(Setting.REGISTRATION_RETENTION));
  }
}

package org.ipu.assembly.registration.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ipu.assembly.registration.entity.DelegationCount;
import org.ipu.assembly.registration.rules.Attendance;
import org.ipu.assembly.registration.rules.Gender;
import org.ipu.assembly.registration.rules.GenderSanction;
import org.ipu.assembly.registration.rules.ParticipationCount;
import org.ipu.assembly.registration.rules.RegistrationState;
import org.ipu.assembly.roster.entity.AssemblySession;

/**
 * Each Member's delegations at the Assemblies before a given one, as the gender sanction counts
 * them: the genders of the members of parliament its approved registration accredited, or, once
 * their personal data was deleted, of the anonymous counts the retention purge kept (so the
 * sanction survives the purge). The Secretariat enters Assemblies held before the system as such
 * counts.
 */
@Dependent
public class GenderHistory {

  private static final String ACCREDITED =
      "SELECT d.parliament.id, d.session.id, p.gender FROM Participant p JOIN p.delegation d"
          + " WHERE p.accredited IS NOT NULL AND d.session.opensOn < :opensOn";
  private static final String COUNTED =
      "SELECT d.parliament.id, d.session.id, c FROM DelegationCount c JOIN c.delegation d"
          + " WHERE d.state = :approved AND d.session.opensOn < :opensOn";

  @PersistenceContext private EntityManager em;

  /**
   * The gender sanction the parliament's delegations before {@code session} bring (none if it never
   * sent one), with how many single-sex ones in a row.
   *
   * @param sanctionAfter single-sex Assemblies in a row that bring the sanction (a setting)
   */
  public GenderSanction of(AssemblySession session, long parliamentId, int sanctionAfter) {
    return GenderSanction.after(
        attendances(session, parliamentId).getOrDefault(parliamentId, List.of()), sanctionAfter);
  }

  /**
   * The parliaments under the gender sanction at {@code session}, derived from their history.
   *
   * @param sanctionAfter single-sex Assemblies in a row that bring the sanction (a setting)
   */
  public Set<Long> sanctioned(AssemblySession session, int sanctionAfter) {
    Set<Long> sanctioned = new HashSet<>();
    attendances(session, null)
        .forEach(
            (parliament, history) -> {
              if (GenderSanction.after(history, sanctionAfter).sanctioned()) {
                sanctioned.add(parliament);
              }
            });
    return sanctioned;
  }

  /** Attendances by parliament (one parliament's only, unless null). */
  private Map<Long, List<Attendance>> attendances(AssemblySession session, Long parliamentId) {
    List<AssemblySession> earlier =
        em.createQuery(
                "SELECT s FROM AssemblySession s WHERE s.opensOn < :opensOn ORDER BY s.opensOn",
                AssemblySession.class)
            .setParameter("opensOn", session.getOpensOn())
            .getResultList();
    Map<Long, Map<Long, Set<Gender>>> genders = new HashMap<>();
    query(ACCREDITED, session, parliamentId)
        .getResultList()
        .forEach(row -> genders(genders, row).add((Gender) row[2]));
    TypedQuery<Object[]> counted = query(COUNTED, session, parliamentId);
    counted.setParameter("approved", RegistrationState.APPROVED);
    counted
        .getResultList()
        .forEach(
            row ->
                genders(genders, row)
                    .addAll(
                        ParticipationCount.delegateGenders(
                            List.of(((DelegationCount) row[2]).count()))));
    Map<Long, List<Attendance>> attendances = new HashMap<>();
    genders.forEach(
        (parliament, byAssembly) -> {
          List<Attendance> history = new ArrayList<>();
          earlier.forEach(
              s -> history.add(Attendance.of(byAssembly.getOrDefault(s.getId(), Set.of()))));
          attendances.put(parliament, history);
        });
    return attendances;
  }

  private TypedQuery<Object[]> query(String jpql, AssemblySession session, Long parliamentId) {
    TypedQuery<Object[]> query =
        em.createQuery(
                jpql + (parliamentId == null ? "" : " AND d.parliament.id = :parliament"),
                Object[].class)
            .setParameter("opensOn", session.getOpensOn());
    return parliamentId == null ? query : query.setParameter("parliament", parliamentId);
  }

  private static Set<Gender> genders(Map<Long, Map<Long, Set<Gender>>> all, Object[] row) {
    return all.computeIfAbsent((Long) row[0], k -> new HashMap<>())
        .computeIfAbsent((Long) row[1], k -> EnumSet.noneOf(Gender.class));
  }
}

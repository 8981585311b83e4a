package org.ipu.assembly.voting.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ipu.assembly.registration.rules.Committee;
import org.ipu.assembly.voting.entity.PresenceState;
import org.ipu.assembly.voting.rules.CommitteeCasting;
import org.ipu.assembly.voting.rules.CommitteeCasting.Seated;

/**
 * Who sits on a Standing Committee for each Member at an Assembly, from the registration's
 * committee lists (the delegates the approved registration accredits, member or substitute), with
 * their confirmed presence in the plenary: what {@link CommitteeCasting} decides a committee vote
 * from.
 */
@Dependent
public class CommitteeSeats {

  private static final String SEATS =
      "SELECT d.parliament_id, pt.account_id, pc.seat, p.state FROM participant_committee pc"
          + " JOIN participant pt ON pt.id = pc.participant_id"
          + " JOIN delegation d ON d.id = pt.delegation_id"
          + " LEFT JOIN plenary_presence p ON p.session_id = d.session_id AND p.account_id = pt.account_id"
          + " WHERE d.session_id = ? AND pc.committee = ? AND pt.accredited IS NOT NULL"
          + " AND pt.account_id IS NOT NULL";

  @PersistenceContext private EntityManager em;

  /** Each Member's delegates seated on the committee, by parliament. */
  public Map<Long, List<Seated>> of(long sessionId, Committee committee) {
    Map<Long, List<Seated>> seats = new HashMap<>();
    rows(SEATS, sessionId, committee, null)
        .forEach(
            row ->
                seats
                    .computeIfAbsent(((Number) row[0]).longValue(), p -> new ArrayList<>())
                    .add(seated(row)));
    return seats;
  }

  /** One Member's delegates seated on the committee. */
  public List<Seated> of(long sessionId, Committee committee, long parliamentId) {
    return rows(SEATS + " AND d.parliament_id = ?", sessionId, committee, parliamentId).stream()
        .map(CommitteeSeats::seated)
        .toList();
  }

  private List<Object[]> rows(String sql, long sessionId, Committee committee, Long parliamentId) {
    var query =
        em.createNativeQuery(sql).setParameter(1, sessionId).setParameter(2, committee.name());
    if (parliamentId != null) {
      query.setParameter(3, parliamentId);
    }
    List<Object[]> rows = new ArrayList<>();
    for (Object row : query.getResultList()) {
      rows.add((Object[]) row);
    }
    return rows;
  }

  private static Seated seated(Object[] row) {
    return new Seated(
        ((Number) row[1]).longValue(),
        CommitteeCasting.Seat.valueOf((String) row[2]),
        PresenceState.PRESENT.name().equals(row[3]));
  }
}

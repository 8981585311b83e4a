package org.ipu.assembly.accreditation.control;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import org.ipu.assembly.registration.entity.Participant;
import org.ipu.assembly.registration.rules.RegistrationState;

/**
 * Who is accredited at an Assembly and so has a badge and checks in: the participants of
 * delegations whose registration is approved and, while a change to an approved delegation waits
 * for approval, its members of parliament as last approved.
 */
@Stateless
public class BadgeHolders {

  private static final String ACCREDITED =
      "SELECT p FROM Participant p JOIN FETCH p.delegation d JOIN FETCH d.parliament"
          + " WHERE d.session.id = :session AND (d.state = :approved OR p.accredited IS NOT NULL)";

  @PersistenceContext private EntityManager em;

  /** Every badge holder of the Assembly, by delegation. */
  public List<Participant> all(long sessionId) {
    return query(ACCREDITED + ORDER, sessionId).getResultList();
  }

  /** The badge holders of one parliament's delegation. */
  public List<Participant> ofParliament(long sessionId, long parliamentId) {
    return query(ACCREDITED + " AND d.parliament.id = :parliament" + ORDER, sessionId)
        .setParameter("parliament", parliamentId)
        .getResultList();
  }

  /** The participant, if a badge holder of the Assembly. */
  public java.util.Optional<Participant> one(long sessionId, long participantId) {
    return query(ACCREDITED + " AND p.id = :participant", sessionId)
        .setParameter("participant", participantId)
        .getResultStream()
        .findFirst();
  }

  /** Badge holders whose family or given names start with the text (at most {@code limit}). */
  public List<Participant> named(long sessionId, String text, int limit) {
    String like = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    return query(
            ACCREDITED
                + " AND (LOWER(p.familyName) LIKE LOWER(:like) OR LOWER(p.givenNames) LIKE"
                + " LOWER(:like) OR LOWER(CONCAT(p.givenNames, ' ', p.familyName)) LIKE LOWER(:like))"
                + " ORDER BY p.familyName, p.givenNames, p.id",
            sessionId)
        .setParameter("like", like)
        .setMaxResults(limit)
        .getResultList();
  }

  private static final String ORDER =
      " ORDER BY d.parliament.id, p.head DESC, p.category," + " p.familyName, p.givenNames, p.id";

  private TypedQuery<Participant> query(String jpql, long sessionId) {
    return em.createQuery(jpql, Participant.class)
        .setParameter("session", sessionId)
        .setParameter("approved", RegistrationState.APPROVED);
  }
}

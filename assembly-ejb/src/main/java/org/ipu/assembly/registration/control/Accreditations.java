package org.ipu.assembly.registration.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.ipu.assembly.registration.entity.Accreditation;
import org.ipu.assembly.registration.entity.Participant;
import org.ipu.assembly.roster.entity.Parliament;

/**
 * Who the approved registrations accredit for an Assembly's plenary: the members of parliament of
 * each approved delegation, with its head, as the Secretariat last approved them. Plenary voting
 * asks here who may check in, be designated and cast.
 */
@Dependent
public class Accreditations {

  /**
   * An accredited delegate who signs in with an account.
   *
   * @param head whether they head the delegation (cast its votes, designate who else may)
   */
  public record AccreditedDelegate(
      long accountId, String username, String name, Parliament parliament, boolean head) {

    static AccreditedDelegate of(Participant participant) {
      return new AccreditedDelegate(
          participant.getAccount().getId(),
          participant.getAccount().getUsername(),
          participant.getGivenNames() + " " + participant.getFamilyName(),
          participant.getDelegation().getParliament(),
          participant.getAccredited().orElseThrow() == Accreditation.HEAD);
    }
  }

  @PersistenceContext private EntityManager em;

  /** The account's accreditation for the Assembly, if an approved registration gives it one. */
  public Optional<AccreditedDelegate> of(long accountId, long sessionId) {
    return em.createNamedQuery(Participant.ACCREDITED_ACCOUNT, Participant.class)
        .setParameter("account", accountId)
        .setParameter("session", sessionId)
        .getResultStream()
        .findFirst()
        .map(AccreditedDelegate::of);
  }

  /** Every accredited delegate of the Assembly who has an account. */
  public List<AccreditedDelegate> all(long sessionId) {
    return em
        .createNamedQuery(Participant.ACCREDITED_ACCOUNTS, Participant.class)
        .setParameter("session", sessionId)
        .getResultList()
        .stream()
        .map(AccreditedDelegate::of)
        .toList();
  }
}

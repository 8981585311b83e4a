package org.ipu.assembly.voting.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.ipu.assembly.platform.AssemblyException;
import org.ipu.assembly.voting.entity.ElectorateEntry;
import org.ipu.assembly.voting.entity.EmergencySelection;
import org.ipu.assembly.voting.entity.Vote;

/**
 * The row locks every change to a vote takes, in this order: the vote's row (exclusively to set it
 * up, open, close, annul it or add a secret ballot; shared for a named ballot), then, for a named
 * ballot, its delegation's electorate row exclusively. A close therefore waits for the named
 * ballots in flight, and a ballot behind the close finds the vote closed. An emergency item
 * selection's changes first lock the selection's row exclusively, then its requests' votes in the
 * order of their ids; a ballot in it locks its requests' votes (shared) in that order too, never
 * the selection's row.
 */
@Dependent
public class VoteLocks {

  @PersistenceContext private EntityManager em;

  /** The vote's row, locked exclusively. */
  public Vote exclusive(long voteId) {
    Vote vote = em.find(Vote.class, voteId, LockModeType.PESSIMISTIC_WRITE);
    if (vote == null) {
      throw AssemblyException.notFound("vote.not-found", voteId);
    }
    return vote;
  }

  /** An emergency item selection's row, locked exclusively. */
  public EmergencySelection selection(long selectionId) {
    EmergencySelection selection =
        em.find(EmergencySelection.class, selectionId, LockModeType.PESSIMISTIC_WRITE);
    if (selection == null) {
      throw AssemblyException.notFound("emergency.not-found", selectionId);
    }
    return selection;
  }

  /**
   * The vote's row, locked shared: other ballots may hold it too, a close or an annulment waits.
   */
  public Vote shared(long voteId) {
    List<?> locked =
        em.createNativeQuery("SELECT * FROM vote WHERE id = ? LOCK IN SHARE MODE", Vote.class)
            .setParameter(1, voteId)
            .setHint("eclipselink.refresh", "true")
            .getResultList();
    if (locked.isEmpty()) {
      throw AssemblyException.notFound("vote.not-found", voteId);
    }
    return (Vote) locked.get(0);
  }

  /**
   * A delegation's row of the vote's frozen electorate, locked exclusively (it holds the head of
   * the delegation's audit chain); null if the delegation is not in the electorate.
   */
  public ElectorateEntry delegation(long voteId, long parliamentId) {
    return em.find(
        ElectorateEntry.class,
        new ElectorateEntry.Key(voteId, parliamentId),
        LockModeType.PESSIMISTIC_WRITE);
  }
}

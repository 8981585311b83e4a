package org.ipu.assembly.voting.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.ipu.assembly.voting.entity.Ballot;
import org.ipu.assembly.voting.entity.ElectorateEntry;
import org.ipu.assembly.voting.entity.SecretParticipation;
import org.ipu.assembly.voting.entity.Vote;
import org.ipu.assembly.voting.entity.VoteMethod;
import org.ipu.assembly.voting.entity.VoteState;

/**
 * A delegate's {@link CastingStanding} in a vote: read (two or three lookups by key), never locked;
 * it is asked when a tablet shows a vote, not on the ballot path.
 */
@Dependent
public class CastingStandings {

  @PersistenceContext private EntityManager em;

  /**
   * The standing of a delegate of {@code parliamentId} (null: accredited by no registration), with
   * their presence and whether they cast the delegation's ballot.
   */
  public CastingStanding of(Vote vote, Long parliamentId, String presence, boolean caster) {
    return of(vote, parliamentId, presence, caster, null);
  }

  /**
   * The standing as {@link #of(Vote, Long, String, boolean)} gives it; {@code committeeRefusal}:
   * why the delegate may not cast in a committee vote (null: they may, or not a committee vote),
   * told once they are present and the vote is open.
   */
  public CastingStanding of(
      Vote vote, Long parliamentId, String presence, boolean caster, String committeeRefusal) {
    if (parliamentId == null) {
      return new CastingStanding(
          vote.getId(),
          null,
          presence,
          false,
          null,
          "presence.not-accredited",
          null,
          vote.committee().isPresent());
    }
    ElectorateEntry entry =
        em.find(ElectorateEntry.class, new ElectorateEntry.Key(vote.getId(), parliamentId));
    Integer usable = entry == null ? null : entry.getUsableVotes();
    boolean secret = vote.getMethod() == VoteMethod.SECRET;
    SecretParticipation taken =
        secret
            ? em.find(
                SecretParticipation.class, new ElectorateEntry.Key(vote.getId(), parliamentId))
            : null;
    return new CastingStanding(
        vote.getId(),
        parliamentId,
        presence,
        caster,
        usable,
        Optional.ofNullable(refusal(vote, entry, presence, caster, taken))
            .or(
                () ->
                    vote.getState() == VoteState.OPEN
                        ? Optional.ofNullable(committeeRefusal)
                        : Optional.empty())
            .orElse(null),
        secret ? secretReceipt(taken) : current(vote.getId(), parliamentId),
        vote.committee().isPresent());
  }

  /** Why the delegate may not cast now, in the order a ballot is checked; null when they may. */
  private static String refusal(
      Vote vote,
      ElectorateEntry entry,
      String presence,
      boolean caster,
      SecretParticipation taken) {
    if (!"PRESENT".equals(presence)) {
      return "ballot.not-present";
    }
    if (vote.getMethod() == VoteMethod.ROLL_CALL) {
      return "ballot.roll-call";
    }
    if (vote.getState() != VoteState.OPEN) {
      return null;
    }
    if (entry == null) {
      return "ballot.not-in-electorate";
    }
    if (entry.getUsableVotes() <= 0) {
      return "ballot.no-usable-votes";
    }
    // In a secret vote any delegate present may cast their own share, unless the delegation's
    // whole ballot is cast.
    if (!caster && taken != null && !taken.isByShares()) {
      return "ballot.secret-whole-cast";
    }
    return null;
  }

  /** The delegation's ballot that counts: its highest version. */
  private BallotReceipt current(long voteId, long parliamentId) {
    return em.createQuery(
            "SELECT b FROM Ballot b WHERE b.voteId = :vote AND b.parliamentId = :parliament"
                + " ORDER BY b.ballotVersion DESC",
            Ballot.class)
        .setParameter("vote", voteId)
        .setParameter("parliament", parliamentId)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .map(b -> Receipts.of(b, false))
        .orElse(null);
  }

  /**
   * That the delegation took part in a secret vote with its whole ballot, with the audit reference;
   * never how. A delegation taking part delegate by delegate has no ballot of its own (its shares
   * say who took part).
   */
  private static BallotReceipt secretReceipt(SecretParticipation taken) {
    return taken == null || taken.isByShares()
        ? null
        : new BallotReceipt(
            null,
            taken.getVoteId(),
            taken.getParliamentId(),
            1,
            null,
            null,
            null,
            null,
            taken.getAuditSequence(),
            taken.getAuditHash(),
            false);
  }
}

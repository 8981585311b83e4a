package org.ipu.assembly.voting.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.ipu.assembly.platform.AssemblyException;
import org.ipu.assembly.roster.boundary.Roster;
import org.ipu.assembly.voting.entity.Ballot;
import org.ipu.assembly.voting.entity.ElectorateEntry;
import org.ipu.assembly.voting.entity.Vote;
import org.ipu.assembly.voting.entity.VoteMethod;
import org.ipu.assembly.voting.entity.VoteState;
import org.ipu.assembly.voting.rules.BallotSplit;
import org.ipu.assembly.voting.rules.Decision;
import org.ipu.assembly.voting.rules.Electorate;
import org.ipu.assembly.voting.rules.ResultsPage;
import org.ipu.assembly.voting.rules.Tally;

/**
 * Reads votes as stored, without locks: the current Assembly's votes, the one on the screens, a
 * vote's frozen electorate, the ballots that count and the running (or final) tally, and the
 * decision the rules draw from them.
 */
@Dependent
public class VoteReadModel {

  @PersistenceContext private EntityManager em;
  @Inject private Roster roster;

  /** The votes of the current Assembly, newest first. */
  public List<Vote> votes() {
    return roster
        .currentSession()
        .map(
            s ->
                em.createNamedQuery(Vote.OF_SESSION, Vote.class)
                    .setParameter("session", s.getId())
                    .getResultList())
        .orElse(List.of());
  }

  /** Whether a vote set up or open decides what {@code type}, {@code id} names. */
  public boolean pendingOn(String type, long id) {
    return em.createNamedQuery(Vote.DECIDING, Long.class)
            .setParameter("type", type)
            .setParameter("id", id)
            .setParameter("pending", List.of(VoteState.DRAFT, VoteState.OPEN))
            .getSingleResult()
        > 0;
  }

  /**
   * The current Assembly's votes as the Secretariat's console lists them, newest first: every draft
   * and open vote, then the {@code latestFinished} latest closed or annulled ones (the results page
   * has every closed one): what it reads does not grow with the Assembly's history.
   */
  public List<Vote> console(int latestFinished) {
    return roster
        .currentSession()
        .map(
            s -> {
              List<Vote> listed =
                  new ArrayList<>(
                      inStates(s.getId(), List.of(VoteState.DRAFT, VoteState.OPEN))
                          .getResultList());
              listed.addAll(
                  inStates(s.getId(), List.of(VoteState.CLOSED, VoteState.ANNULLED))
                      .setMaxResults(latestFinished)
                      .getResultList());
              listed.sort(Comparator.comparingLong(Vote::getId).reversed());
              return listed;
            })
        .orElse(List.of());
  }

  private TypedQuery<Vote> inStates(long sessionId, List<VoteState> states) {
    return em.createNamedQuery(Vote.IN_STATES, Vote.class)
        .setParameter("session", sessionId)
        .setParameter("states", states);
  }

  /** The vote, or a refusal if there is none with that id. */
  public Vote vote(long voteId) {
    Vote vote = em.find(Vote.class, voteId);
    if (vote == null) {
      throw AssemblyException.notFound("vote.not-found", voteId);
    }
    return vote;
  }

  /**
   * The vote now on the screens: the open one, else the latest one past its draft. Two reads of at
   * most one row each, through the index on the Assembly and the state: it costs the same whatever
   * the number of votes the Assembly has held.
   */
  public Optional<Vote> onScreen() {
    return roster.currentSession().flatMap(s -> onScreen(s.getId()));
  }

  /** The vote on the screens of the given Assembly (see {@link #onScreen()}). */
  public Optional<Vote> onScreen(long sessionId) {
    return first(
            em.createNamedQuery(Vote.IN_STATE, Vote.class)
                .setParameter("session", sessionId)
                .setParameter("state", VoteState.OPEN))
        .or(
            () ->
                first(
                    em.createNamedQuery(Vote.LATEST_SHOWN, Vote.class)
                        .setParameter("session", sessionId)
                        .setParameter("draft", VoteState.DRAFT)));
  }

  private static Optional<Vote> first(TypedQuery<Vote> query) {
    return query.setMaxResults(1).getResultStream().findFirst();
  }

  /**
   * A page of the current Assembly's closed votes, the latest closed first, and how many there are:
   * at most the page's size read, whatever the history.
   */
  public VotePage closed(ResultsPage page) {
    return roster
        .currentSession()
        .map(
            s ->
                new VotePage(
                    page,
                    em.createNamedQuery(Vote.CLOSED_COUNT, Long.class)
                        .setParameter("session", s.getId())
                        .setParameter("closed", VoteState.CLOSED)
                        .getSingleResult(),
                    em.createNamedQuery(Vote.CLOSED_NEWEST_FIRST, Vote.class)
                        .setParameter("session", s.getId())
                        .setParameter("closed", VoteState.CLOSED)
                        .setFirstResult(page.offset())
                        .setMaxResults(page.size())
                        .getResultList()))
        .orElse(new VotePage(page, 0, List.of()));
  }

  /** A vote anyone may read: it has been opened (a draft is not public, its subject neither). */
  public Vote publicVote(long voteId) {
    Vote vote = em.find(Vote.class, voteId);
    if (vote == null || !vote.isPublic()) {
      throw AssemblyException.notFound("vote.not-found", voteId);
    }
    return vote;
  }

  /** The frozen electorate of a vote (empty before it opens). */
  public List<ElectorateEntry> electorate(long voteId) {
    return em.createNamedQuery(ElectorateEntry.OF_VOTE, ElectorateEntry.class)
        .setParameter("vote", voteId)
        .getResultList();
  }

  /** The ballots that count now, one per delegation (named votes only). */
  public List<Ballot> currentBallots(long voteId) {
    return em.createNamedQuery(Ballot.CURRENT_OF_VOTE, Ballot.class)
        .setParameter("vote", voteId)
        .getResultList();
  }

  /** The running (or final) totals of a vote, from its ballots or its secret totals. */
  public Tally tally(Vote vote) {
    if (vote.getMethod() == VoteMethod.SECRET) {
      BallotSplit totals = vote.secretTotals();
      long voted =
          em.createQuery(
                  "SELECT COUNT(p) FROM SecretParticipation p WHERE p.voteId = :vote", Long.class)
              .setParameter("vote", vote.getId())
              .getSingleResult();
      return new Tally(totals.yes(), totals.no(), totals.abstain(), (int) voted);
    }
    return Tally.of(currentBallots(vote.getId()).stream().map(Ballot::split).toList());
  }

  /** What the rules decide from a tally under the vote's majority, quorum and electorate. */
  public static Decision decide(Vote vote, Tally tally, List<ElectorateEntry> electorate) {
    return Decision.decide(tally, vote.getMajorityRule(), vote.quorum(), electorateOf(electorate));
  }

  /** The electorate as the rules count it: delegations with votes and the sum of entitlements. */
  public static Electorate electorateOf(List<ElectorateEntry> electorate) {
    return new Electorate(
        (int) electorate.stream().filter(e -> e.getEntitlement() > 0).count(),
        electorate.stream().mapToInt(ElectorateEntry::getEntitlement).sum());
  }

  /** What a named ballot adds to a {@link LiveTally}. */
  public static CountedBallot counted(Ballot ballot) {
    return new CountedBallot(
        ballot.getParliamentId(),
        ballot.getBallotVersion(),
        ballot.split(),
        ballot.getAuditSequence());
  }
}

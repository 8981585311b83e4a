package org.ipu.assembly.voting.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.ipu.assembly.platform.Timestamps;
import org.ipu.assembly.roster.entity.AssemblySession;
import org.ipu.assembly.roster.entity.MembershipStatus;
import org.ipu.assembly.voting.entity.ElectorateEntry;
import org.ipu.assembly.voting.entity.Vote;
import org.ipu.assembly.voting.entity.VoteMethod;
import org.ipu.assembly.voting.rules.Decision;
import org.ipu.assembly.voting.rules.Entitlement;

/**
 * A vote's life: set up as a draft, opened (its electorate frozen: each Member's entitlement and
 * usable votes at that moment; a roll call's starting letter drawn by lot), closed (the decision
 * recorded and every delegation chain's head sealed into the vote's chain) or annulled (with a
 * reason, replaced by a new draft, never reopened). Each step locks the vote's row exclusively,
 * appends to the vote's audit chain and announces the change (screens hear of it after commit).
 */
@Dependent
public class VoteLifecycle {

  private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

  @PersistenceContext private EntityManager em;
  @Inject private VoteLocks locks;
  @Inject private VoteAudit audit;
  @Inject private VoteMethods methods;
  @Inject private VoteReadModel votes;
  @Inject private Entitlements entitlements;
  @Inject private Clock clock;
  @Inject private Event<VoteChanged> changes;

  private final SecureRandom lots = new SecureRandom();

  /** Sets up a draft vote in the given Assembly. */
  public Vote create(AssemblySession session, NewVote request) {
    LocalDateTime now = Timestamps.now(clock);
    Vote vote =
        new Vote(
            session.getId(),
            request.subject(),
            request.voteMethod(),
            request.majorityRule(),
            request.quorum(),
            now);
    em.persist(vote);
    em.flush();
    audit.append(
        vote,
        VoteAuditEntries.CREATED,
        new VoteAuditEntries.VoteCreated(
            vote.getSubject(), vote.getMethod(), vote.getMajorityRule(), vote.quorum(), null),
        now);
    changes.fire(VoteChanged.urgent(vote.getId()));
    return vote;
  }

  /** Opens the vote and freezes its electorate: each Member's entitlement and usable votes now. */
  public Vote open(long voteId) {
    Vote vote = locks.exclusive(voteId);
    LocalDateTime now = Timestamps.now(clock);
    vote.open(
        now,
        vote.getMethod() == VoteMethod.ROLL_CALL
            ? String.valueOf(ALPHABET.charAt(lots.nextInt(ALPHABET.length())))
            : null);
    int delegations = 0;
    int usable = 0;
    for (DelegationEntitlement d :
        entitlements.of(em.find(AssemblySession.class, vote.getSessionId()))) {
      if (d.membership().getStatus() == MembershipStatus.MEMBER) {
        Entitlement e = d.entitlement();
        em.persist(
            new ElectorateEntry(
                voteId,
                d.membership().getParliament().getId(),
                e.entitlement(),
                e.delegatesPresent(),
                e.usableVotes()));
        delegations++;
        usable += e.usableVotes();
      }
    }
    audit.append(
        vote,
        VoteAuditEntries.OPENED,
        new VoteAuditEntries.VoteOpened(delegations, usable, vote.getRollCallLetter()),
        now);
    changes.fire(VoteChanged.urgent(voteId));
    return vote;
  }

  /** Closes the vote with the decision the rules draw from its ballots and electorate. */
  public Vote close(long voteId) {
    Vote vote = locks.exclusive(voteId);
    vote.requireOpen();
    List<ElectorateEntry> electorate = votes.electorate(voteId);
    Decision decision = VoteReadModel.decide(vote, votes.tally(vote), electorate);
    LocalDateTime now = Timestamps.now(clock);
    vote.close(now, decision);
    audit.append(
        vote,
        VoteAuditEntries.CLOSED,
        new VoteAuditEntries.VoteClosed(
            decision.yes(),
            decision.no(),
            decision.abstain(),
            decision.cast(),
            decision.required(),
            decision.outcome(),
            VoteAuditEntries.seal(VoteAudit.heads(electorate))),
        now);
    methods.forget(voteId);
    changes.fire(VoteChanged.urgent(voteId));
    return vote;
  }

  /**
   * Annuls the vote with a recorded reason and sets up a new draft in its place (never a reopen);
   * returns the new draft.
   */
  public Vote annul(long voteId, String reason) {
    Vote vote = locks.exclusive(voteId);
    LocalDateTime now = Timestamps.now(clock);
    vote.annul(now, reason);
    audit.append(
        vote,
        VoteAuditEntries.ANNULLED,
        new VoteAuditEntries.VoteAnnulled(vote.getAnnulReason()),
        now);
    Vote replacement = vote.replacement(now);
    em.persist(replacement);
    em.flush();
    audit.append(
        replacement,
        VoteAuditEntries.CREATED,
        new VoteAuditEntries.VoteCreated(
            replacement.getSubject(),
            replacement.getMethod(),
            replacement.getMajorityRule(),
            replacement.quorum(),
            voteId),
        now);
    methods.forget(voteId);
    changes.fire(VoteChanged.urgent(voteId));
    changes.fire(VoteChanged.urgent(replacement.getId()));
    return replacement;
  }
}

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
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.ipu.assembly.platform.Timestamps;
import org.ipu.assembly.registration.rules.Committee;
import org.ipu.assembly.roster.entity.AssemblySession;
import org.ipu.assembly.roster.entity.MembershipStatus;
import org.ipu.assembly.voting.entity.ElectorateEntry;
import org.ipu.assembly.voting.entity.EmergencySelection;
import org.ipu.assembly.voting.entity.Vote;
import org.ipu.assembly.voting.entity.VoteMethod;
import org.ipu.assembly.voting.entity.VoteState;
import org.ipu.assembly.voting.rules.CommitteeCasting;
import org.ipu.assembly.voting.rules.CommitteeCasting.Seated;
import org.ipu.assembly.voting.rules.Decision;
import org.ipu.assembly.voting.rules.Entitlement;
import org.ipu.assembly.voting.rules.VotingRight;

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
  @Inject private CommitteeSeats seats;
  @Inject private Clock clock;
  @Inject private Event<VoteChanged> changes;
  @Inject private Event<VoteClosed> decided;

  private final SecureRandom lots = new SecureRandom();

  /** Sets up a draft vote in the given Assembly. */
  public Vote create(AssemblySession session, NewVote request) {
    return create(session, request, null, 0);
  }

  /**
   * Sets up a draft vote in the given Assembly that decides what another component keeps ({@code
   * type}, {@code id}; a null type: nothing): its close is announced as a {@link VoteClosed}.
   */
  public Vote create(AssemblySession session, NewVote request, String type, long id) {
    return create(session, request, type, id, null);
  }

  /**
   * Sets up a draft vote as {@link #create(AssemblySession, NewVote, String, long)} does; with a
   * committee, a vote of that Standing Committee: one vote per Member, cast by its member of the
   * committee present or else its substitute present ({@link CommitteeCasting}).
   */
  public Vote create(
      AssemblySession session, NewVote request, String type, long id, Committee committee) {
    LocalDateTime now = Timestamps.now(clock);
    Vote vote =
        new Vote(
            session.getId(),
            request.subject(),
            request.voteMethod(),
            request.majorityRule(),
            request.quorum(),
            now);
    vote.translateSubject(request.subjectFr(), request.subjectEs(), request.subjectAr());
    if (type != null) {
      vote.decides(type, id);
    }
    if (committee != null) {
      vote.ofCommittee(committee);
    }
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
    return open(voteId, null);
  }

  /**
   * Opens the vote as {@link #open(long)} does; with a duration (seconds) it closes by itself when
   * the time is up (the caller schedules that close from {@link Vote#getClosesAt()}).
   */
  public Vote open(long voteId, Long durationSeconds) {
    Vote vote = locks.exclusive(voteId);
    vote.requireOwnVote();
    open(vote, Timestamps.now(clock), drawLetter(vote.getMethod()), durationSeconds);
    return vote;
  }

  /** The letter a roll call starts from, drawn by lot; null for another method. */
  String drawLetter(VoteMethod method) {
    return method == VoteMethod.ROLL_CALL
        ? String.valueOf(ALPHABET.charAt(lots.nextInt(ALPHABET.length())))
        : null;
  }

  /**
   * Opens a vote whose row the caller holds locked, at the given moment: its electorate frozen, its
   * chain told, the screens told.
   */
  void open(Vote vote, LocalDateTime now, String rollCallLetter, Long durationSeconds) {
    long voteId = vote.getId();
    vote.open(now, rollCallLetter, durationSeconds);
    int delegations = 0;
    int usable = 0;
    Map<Long, List<Seated>> seated =
        vote.committee().map(c -> seats.of(vote.getSessionId(), c)).orElse(null);
    for (DelegationEntitlement d :
        entitlements.of(em.find(AssemblySession.class, vote.getSessionId()))) {
      if (d.membership().getStatus() == MembershipStatus.MEMBER && seated != null) {
        // A committee vote: one vote per Member with a voting right, its member of the committee
        // or else its substitute present to cast it.
        long parliament = d.membership().getParliament().getId();
        List<Seated> members = seated.getOrDefault(parliament, List.of());
        int votes =
            d.entitlement().votingRight() == VotingRight.VOTES
                ? CommitteeCasting.votes(members)
                : 0;
        int present = (int) members.stream().filter(Seated::present).count();
        em.persist(new ElectorateEntry(voteId, parliament, votes, present, votes));
        delegations++;
        usable += votes;
      } else if (d.membership().getStatus() == MembershipStatus.MEMBER) {
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
    if (vote.getClosesAt() != null) {
      audit.append(
          vote,
          VoteAuditEntries.TIMED,
          new VoteAuditEntries.VoteTimed(durationSeconds, vote.getClosesAt().toString()),
          now);
    }
    changes.fire(VoteChanged.urgent(voteId));
  }

  /** Gives an open timed vote more time, before its time is up. */
  public Vote extend(long voteId, long seconds) {
    Vote vote = locks.exclusive(voteId);
    vote.requireOwnVote();
    extend(vote, Timestamps.now(clock), seconds);
    return vote;
  }

  /** Extends a vote whose row the caller holds locked, at the given moment. */
  void extend(Vote vote, LocalDateTime now, long seconds) {
    LocalDateTime before = vote.extend(now, seconds);
    audit.append(
        vote,
        VoteAuditEntries.EXTENDED,
        new VoteAuditEntries.VoteExtended(
            seconds, before.toString(), vote.getClosesAt().toString()),
        now);
    changes.fire(VoteChanged.urgent(vote.getId()));
  }

  /**
   * Closes a timed vote whose time is up, exactly once: under the vote's row lock, a vote already
   * closed (by the Secretariat, or by an earlier run of this) or annulled is left as it is. Returns
   * when the vote closes by itself if that time is still to come (it was extended, or the timer
   * fired early), else empty.
   */
  public Optional<LocalDateTime> closeIfDue(long voteId) {
    Vote vote = locks.exclusive(voteId);
    if (vote.getState() != VoteState.OPEN || vote.getClosesAt() == null) {
      return Optional.empty();
    }
    vote.requireOwnVote();
    LocalDateTime now = Timestamps.now(clock);
    if (!vote.isDue(now)) {
      return Optional.of(vote.getClosesAt());
    }
    timeUp(vote, now);
    close(vote, now, true);
    return Optional.empty();
  }

  /**
   * The emergency item selection whose request the vote decides, if it is one (read without a lock:
   * a vote never changes selection).
   */
  public Optional<Long> selectionOf(long voteId) {
    return Optional.ofNullable(votes.vote(voteId).getEmergencySelectionId());
  }

  /**
   * Records, signed by the system, that a timed vote's time is up: the entry that closes it
   * follows.
   */
  void timeUp(Vote vote, LocalDateTime now) {
    // Signed by the system: nobody signed in closes it (a timer's callback may carry the principal
    // of an earlier request).
    audit.appendBySystem(
        vote,
        VoteAuditEntries.TIME_UP,
        new VoteAuditEntries.VoteTimeUp(vote.getClosesAt().toString()),
        now);
  }

  /** When the vote closes by itself, if it is open and timed (read without a lock). */
  public Optional<LocalDateTime> closesAt(long voteId) {
    Vote vote = em.find(Vote.class, voteId);
    return vote == null || vote.getState() != VoteState.OPEN
        ? Optional.empty()
        : Optional.ofNullable(vote.getClosesAt());
  }

  /** The open timed votes and when each closes by itself. */
  public Map<Long, LocalDateTime> timedOpenVotes() {
    Map<Long, LocalDateTime> due = new TreeMap<>();
    em.createNamedQuery(Vote.TIMED_OPEN, Vote.class)
        .setParameter("open", VoteState.OPEN)
        .getResultStream()
        .forEach(v -> due.put(v.getId(), v.getClosesAt()));
    return due;
  }

  /** Closes the vote with the decision the rules draw from its ballots and electorate. */
  public Vote close(long voteId) {
    Vote vote = locks.exclusive(voteId);
    vote.requireOwnVote();
    close(vote, Timestamps.now(clock), false);
    return vote;
  }

  /**
   * Closes a vote whose row the caller holds locked, at the given moment, signed by the caller or
   * by the system; returns its decision.
   */
  Decision close(Vote vote, LocalDateTime now, boolean bySystem) {
    long voteId = vote.getId();
    vote.requireOpen();
    List<ElectorateEntry> electorate = votes.electorate(voteId);
    Decision decision = VoteReadModel.decide(vote, votes.tally(vote), electorate);
    vote.close(now, decision);
    VoteAuditEntries.VoteClosed closed =
        new VoteAuditEntries.VoteClosed(
            decision.yes(),
            decision.no(),
            decision.abstain(),
            decision.cast(),
            decision.required(),
            decision.outcome(),
            VoteAuditEntries.seal(VoteAudit.heads(electorate)));
    if (bySystem) {
      audit.appendBySystem(vote, VoteAuditEntries.CLOSED, closed, now);
    } else {
      audit.append(vote, VoteAuditEntries.CLOSED, closed, now);
    }
    methods.forget(voteId);
    changes.fire(VoteChanged.urgent(voteId));
    if (vote.getDecidesType() != null) {
      decided.fire(
          new VoteClosed(
              voteId,
              vote.getDecidesType(),
              vote.getDecidesId(),
              decision.outcome(),
              decision.yes(),
              decision.no(),
              decision.abstain()));
    }
    return decision;
  }

  /**
   * Annuls the vote with a recorded reason and sets up a new draft in its place (never a reopen);
   * returns the new draft.
   */
  public Vote annul(long voteId, String reason) {
    Vote vote = locks.exclusive(voteId);
    vote.requireOwnVote();
    LocalDateTime now = Timestamps.now(clock);
    annul(vote, now, reason);
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
    changes.fire(VoteChanged.urgent(replacement.getId()));
    return replacement;
  }

  /**
   * Voids a closed vote's result after the fact, with the reason and the name of the Secretariat
   * officer who does it: the result stays published, marked void; the vote's chain records it.
   */
  public Vote voidResult(long voteId, String reason, String by) {
    Vote vote = locks.exclusive(voteId);
    vote.requireOwnVote();
    LocalDateTime now = Timestamps.now(clock);
    vote.voidResult(now, reason, by);
    audit.append(
        vote, VoteAuditEntries.VOIDED, new VoteAuditEntries.VoteVoided(vote.getVoidReason()), now);
    changes.fire(VoteChanged.urgent(voteId));
    return vote;
  }

  /** Annuls a vote whose row the caller holds locked, with the reason, and sets up no other. */
  void annul(Vote vote, LocalDateTime now, String reason) {
    vote.annul(now, reason);
    audit.append(
        vote,
        VoteAuditEntries.ANNULLED,
        new VoteAuditEntries.VoteAnnulled(vote.getAnnulReason()),
        now);
    methods.forget(vote.getId());
    changes.fire(VoteChanged.urgent(vote.getId()));
  }

  /**
   * Sets up the vote of a request of an emergency item selection (the selection's row is locked),
   * as a draft that the selection opens at once: two-thirds of the votes cast, the selection's
   * method, the request's title as its subject. Its chain records the selection and the request.
   */
  Vote createRequestVote(
      EmergencySelection selection, String request, String title, LocalDateTime now) {
    Vote vote =
        Vote.ofRequest(
            selection.getSessionId(),
            selection.getId(),
            request,
            title,
            selection.getMethod(),
            now);
    em.persist(vote);
    em.flush();
    audit.append(
        vote,
        VoteAuditEntries.CREATED,
        new VoteAuditEntries.VoteCreated(
            vote.getSubject(), vote.getMethod(), vote.getMajorityRule(), vote.quorum(), null),
        now);
    audit.append(
        vote,
        VoteAuditEntries.EMERGENCY_REQUEST,
        new VoteAuditEntries.EmergencyRequestVoted(selection.getId(), request),
        now);
    return vote;
  }
}

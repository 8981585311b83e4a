package org.ipu.assembly.voting.boundary;

import static org.ipu.assembly.accounts.entity.Roles.DELEGATE;
import static org.ipu.assembly.accounts.entity.Roles.FOCAL_POINT;
import static org.ipu.assembly.accounts.entity.Roles.OBSERVER;
import static org.ipu.assembly.accounts.entity.Roles.SECRETARIAT;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ipu.assembly.accounts.boundary.Accounts;
import org.ipu.assembly.platform.AssemblyException;
import org.ipu.assembly.roster.boundary.Roster;
import org.ipu.assembly.roster.entity.AssemblySession;
import org.ipu.assembly.roster.entity.MembershipStatus;
import org.ipu.assembly.voting.control.AuditChain;
import org.ipu.assembly.voting.control.BallotReceipt;
import org.ipu.assembly.voting.control.BallotRequest;
import org.ipu.assembly.voting.control.CountedBallot;
import org.ipu.assembly.voting.control.DelegationEntitlement;
import org.ipu.assembly.voting.control.LiveTally;
import org.ipu.assembly.voting.control.NewVote;
import org.ipu.assembly.voting.control.VoteChanged;
import org.ipu.assembly.voting.control.VoteSnapshot;
import org.ipu.assembly.voting.entity.AuditEntry;
import org.ipu.assembly.voting.entity.Ballot;
import org.ipu.assembly.voting.entity.ElectorateEntry;
import org.ipu.assembly.voting.entity.SecretParticipation;
import org.ipu.assembly.voting.entity.Vote;
import org.ipu.assembly.voting.entity.VoteMethod;
import org.ipu.assembly.voting.entity.VoteState;
import org.ipu.assembly.voting.rules.BallotCheck;
import org.ipu.assembly.voting.rules.BallotSplit;
import org.ipu.assembly.voting.rules.Decision;
import org.ipu.assembly.voting.rules.Electorate;
import org.ipu.assembly.voting.rules.Entitlement;
import org.ipu.assembly.voting.rules.Tally;
import org.ipu.assembly.voting.rules.VoteAllocation;

/**
 * The plenary's votes: the Secretariat sets them up, opens, closes and annuls them; delegations
 * cast (or, in a roll call, the Secretariat enters) weighted split ballots.
 *
 * <p>Locks: setting up, opening, closing and annulling lock the vote's row exclusively. A named
 * ballot holds it shared, so delegations cast in parallel, and locks its delegation's electorate
 * row, where the head of that delegation's audit chain lives; a close therefore waits for the
 * ballots in flight, and a ballot behind the close finds the vote closed: each is either counted
 * with a receipt or refused. A secret ballot adds to the vote's running totals and takes the vote's
 * row exclusively. Every change appends to an audit chain in the same transaction.
 */
@Stateless
@DeclareRoles({SECRETARIAT, FOCAL_POINT, DELEGATE, OBSERVER})
public class PlenaryVoting {

  private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

  @PersistenceContext private EntityManager em;
  @Inject private Accounts accounts;
  @Inject private Roster roster;
  @Inject private Presence presence;
  @Inject private Event<VoteChanged> changes;

  private final SecureRandom lots = new SecureRandom();

  /**
   * Each vote's method, read once: it never changes, and every ballot needs it before its first
   * lock.
   */
  private static final Map<Long, VoteMethod> METHODS = new ConcurrentHashMap<>();

  @RolesAllowed(SECRETARIAT)
  public Vote create(NewVote request) {
    AssemblySession session =
        roster.currentSession().orElseThrow(() -> AssemblyException.notFound("session.none"));
    Vote vote =
        new Vote(
            session.getId(),
            request.subject(),
            request.voteMethod(),
            request.majorityRule(),
            request.quorum(),
            now());
    em.persist(vote);
    em.flush();
    audit(
        vote,
        "CREATED",
        "subject="
            + vote.getSubject()
            + "|method="
            + vote.getMethod()
            + "|majority="
            + vote.getMajorityRule()
            + "|quorum="
            + vote.quorum(),
        now());
    changes.fire(VoteChanged.urgent(vote.getId()));
    return vote;
  }

  /** Opens the vote and freezes its electorate: each Member's entitlement and usable votes now. */
  @RolesAllowed(SECRETARIAT)
  public Vote open(long voteId) {
    Vote vote = lock(voteId);
    LocalDateTime now = now();
    vote.open(
        now,
        vote.getMethod() == VoteMethod.ROLL_CALL
            ? String.valueOf(ALPHABET.charAt(lots.nextInt(ALPHABET.length())))
            : null);
    int delegations = 0;
    int usable = 0;
    for (DelegationEntitlement d :
        entitlements(em.find(AssemblySession.class, vote.getSessionId()))) {
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
    audit(
        vote,
        "OPENED",
        "delegations="
            + delegations
            + "|usable="
            + usable
            + (vote.getRollCallLetter() == null
                ? ""
                : "|rollCallLetter=" + vote.getRollCallLetter()),
        now);
    changes.fire(VoteChanged.urgent(voteId));
    return vote;
  }

  /** Each parliament's votes now and why, with the delegates present now (Secretariat). */
  @RolesAllowed(SECRETARIAT)
  public List<DelegationEntitlement> entitlements() {
    return entitlements(
        roster.currentSession().orElseThrow(() -> AssemblyException.notFound("session.none")));
  }

  private List<DelegationEntitlement> entitlements(AssemblySession session) {
    VoteAllocation allocation = new VoteAllocation(session.voteAllocationSettings());
    Map<Long, Integer> present = presence.presentCounts(session.getId());
    return roster.memberships(session).stream()
        .map(
            m ->
                new DelegationEntitlement(
                    m,
                    allocation.entitlementOf(
                        m.delegationFacts(present.getOrDefault(m.getParliament().getId(), 0)))))
        .toList();
  }

  /**
   * A delegation's ballot from its tablet: the head of delegation or a delegate the head
   * designated.
   */
  @RolesAllowed(DELEGATE)
  public BallotReceipt cast(long voteId, BallotRequest request) {
    return ballot(voteId, presence.requireMayCast(voteId), request, false);
  }

  /** In a roll call, the Secretariat enters the split a delegation declares. */
  @RolesAllowed(SECRETARIAT)
  public BallotReceipt recordRollCall(long voteId, long parliamentId, BallotRequest request) {
    return ballot(voteId, parliamentId, request, true);
  }

  @RolesAllowed(SECRETARIAT)
  public Vote close(long voteId) {
    Vote vote = lock(voteId);
    vote.requireOpen();
    List<ElectorateEntry> electorate = electorate(voteId);
    Decision decision = decide(vote, tally(vote), electorate);
    LocalDateTime now = now();
    vote.close(now, decision);
    audit(
        vote,
        "CLOSED",
        "yes="
            + decision.yes()
            + "|no="
            + decision.no()
            + "|abstain="
            + decision.abstain()
            + "|cast="
            + decision.cast()
            + "|required="
            + decision.required()
            + "|outcome="
            + decision.outcome()
            + "|delegationChains="
            + AuditChain.digest(heads(electorate)),
        now);
    changes.fire(VoteChanged.urgent(voteId));
    return vote;
  }

  /**
   * Annuls the vote with a recorded reason and sets up a new draft in its place (never a reopen).
   */
  @RolesAllowed(SECRETARIAT)
  public Vote annul(long voteId, String reason) {
    Vote vote = lock(voteId);
    LocalDateTime now = now();
    vote.annul(now, reason);
    audit(vote, "ANNULLED", "reason=" + vote.getAnnulReason(), now);
    Vote replacement = vote.replacement(now);
    em.persist(replacement);
    em.flush();
    audit(
        replacement, "CREATED", "subject=" + replacement.getSubject() + "|replaces=" + voteId, now);
    changes.fire(VoteChanged.urgent(voteId));
    changes.fire(VoteChanged.urgent(replacement.getId()));
    return replacement;
  }

  /** The votes of the current Assembly, newest first. */
  @PermitAll
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

  @PermitAll
  public Vote vote(long voteId) {
    Vote vote = em.find(Vote.class, voteId);
    if (vote == null) {
      throw AssemblyException.notFound("vote.not-found", voteId);
    }
    return vote;
  }

  /** The vote now on the screens: the open one, else the latest one. */
  @PermitAll
  public Optional<Vote> onScreen() {
    List<Vote> votes = votes();
    return votes.stream()
        .filter(v -> v.getState() == VoteState.OPEN)
        .findFirst()
        .or(() -> votes.stream().filter(v -> v.getState() != VoteState.DRAFT).findFirst());
  }

  /** What every screen shows of the vote now, with the board of delegations. */
  @PermitAll
  public VoteSnapshot snapshot(long voteId) {
    return snapshot(vote(voteId), true);
  }

  /**
   * The same without the board, for the live frames sent several times a second: it spares the
   * board's queries, which those frames would throw away.
   */
  @PermitAll
  public VoteSnapshot liveSnapshot(long voteId) {
    return snapshot(vote(voteId), false);
  }

  /**
   * What a {@link LiveTally} of the vote starts from, while the vote is open and named (a secret
   * vote's running totals are kept in the database only).
   */
  @PermitAll
  public Optional<LiveTally.Base> liveBase(long voteId) {
    Vote vote = vote(voteId);
    if (vote.getState() != VoteState.OPEN || vote.getMethod() == VoteMethod.SECRET) {
      return Optional.empty();
    }
    List<ElectorateEntry> electorate = electorate(voteId);
    List<Ballot> current = currentBallots(voteId);
    return Optional.of(
        new LiveTally.Base(
            snapshot(vote, electorate, current, false),
            vote.quorum(),
            electorateOf(electorate),
            vote.getAuditSequence(),
            current.stream().map(PlenaryVoting::counted).toList()));
  }

  private static CountedBallot counted(Ballot ballot) {
    return new CountedBallot(
        ballot.getParliamentId(),
        ballot.getBallotVersion(),
        ballot.split(),
        ballot.getAuditSequence());
  }

  private VoteSnapshot snapshot(Vote vote, boolean withBoard) {
    List<ElectorateEntry> electorate = electorate(vote.getId());
    return snapshot(
        vote,
        electorate,
        vote.getMethod() == VoteMethod.SECRET ? List.of() : currentBallots(vote.getId()),
        withBoard);
  }

  private VoteSnapshot snapshot(
      Vote vote, List<ElectorateEntry> electorate, List<Ballot> current, boolean withBoard) {
    boolean secret = vote.getMethod() == VoteMethod.SECRET;
    Tally tally = secret ? tally(vote) : Tally.of(current.stream().map(Ballot::split).toList());
    boolean closed = vote.getState() == VoteState.CLOSED;
    boolean showTotals = !secret || closed;
    Decision running =
        vote.getState() == VoteState.OPEN || closed ? decide(vote, tally, electorate) : null;
    return new VoteSnapshot(
        vote.getId(),
        vote.getSubject(),
        vote.getMethod(),
        vote.getMajorityRule(),
        vote.getState(),
        vote.getRollCallLetter(),
        vote.getOpenedAt(),
        vote.getClosedAt(),
        vote.getAnnulReason(),
        vote.getReplacesVoteId(),
        (int) electorate.stream().filter(e -> e.getUsableVotes() > 0).count(),
        tally.delegationsVoted(),
        electorate.stream().mapToInt(ElectorateEntry::getUsableVotes).sum(),
        showTotals ? new VoteSnapshot.Totals(tally.yes(), tally.no(), tally.abstain()) : null,
        closed
            ? vote.getResultRequired()
            : (showTotals && running != null ? running.required() : null),
        closed ? vote.getResultOutcome() : null,
        vote.getAuditSequence()
            + electorate.stream().mapToInt(ElectorateEntry::getAuditSequence).sum(),
        withBoard ? board(vote, electorate, current) : null);
  }

  /**
   * Every delegation of the electorate, by country code: usable votes, whether and (named votes)
   * how it voted.
   */
  private List<VoteSnapshot.BoardEntry> board(
      Vote vote, List<ElectorateEntry> electorate, List<Ballot> current) {
    Map<Long, String> codes = roster.countryCodes(vote.getSessionId());
    Map<Long, Ballot> ballots =
        current.stream().collect(Collectors.toMap(Ballot::getParliamentId, Function.identity()));
    Set<Long> participated =
        vote.getMethod() != VoteMethod.SECRET
            ? Set.of()
            : em.createNamedQuery(SecretParticipation.OF_VOTE, SecretParticipation.class)
                .setParameter("vote", vote.getId())
                .getResultStream()
                .map(SecretParticipation::getParliamentId)
                .collect(Collectors.toSet());
    return electorate.stream()
        .sorted(Comparator.comparing(e -> codes.getOrDefault(e.getParliamentId(), "")))
        .map(
            e -> {
              Ballot b = ballots.get(e.getParliamentId());
              BallotSplit split = b == null ? null : b.split();
              return new VoteSnapshot.BoardEntry(
                  e.getParliamentId(),
                  codes.get(e.getParliamentId()),
                  e.getUsableVotes(),
                  b != null || participated.contains(e.getParliamentId()),
                  split == null ? null : split.yes(),
                  split == null ? null : split.no(),
                  split == null ? null : split.abstain());
            })
        .toList();
  }

  /** The frozen electorate of a vote (empty before it opens). */
  @PermitAll
  public List<ElectorateEntry> electorate(long voteId) {
    return em.createNamedQuery(ElectorateEntry.OF_VOTE, ElectorateEntry.class)
        .setParameter("vote", voteId)
        .getResultList();
  }

  /** The ballots that count now, one per delegation (named votes only). */
  @PermitAll
  public List<Ballot> currentBallots(long voteId) {
    return em.createNamedQuery(Ballot.CURRENT_OF_VOTE, Ballot.class)
        .setParameter("vote", voteId)
        .getResultList();
  }

  /** The running (or final) totals of a vote, from its ballots or its secret totals. */
  @PermitAll
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

  static Decision decide(Vote vote, Tally tally, List<ElectorateEntry> electorate) {
    return Decision.decide(tally, vote.getMajorityRule(), vote.quorum(), electorateOf(electorate));
  }

  private static Electorate electorateOf(List<ElectorateEntry> electorate) {
    return new Electorate(
        (int) electorate.stream().filter(e -> e.getEntitlement() > 0).count(),
        electorate.stream().mapToInt(ElectorateEntry::getEntitlement).sum());
  }

  /** Records a ballot, or answers a replay of one with its first receipt. */
  private BallotReceipt ballot(
      long voteId, long parliamentId, BallotRequest request, boolean rollCall) {
    // A vote's method never changes: it says which lock to take before any is taken.
    if (METHODS.computeIfAbsent(voteId, id -> vote(id).getMethod()) == VoteMethod.SECRET) {
      Vote vote = lock(voteId);
      Optional<BallotReceipt> replay = secretReplay(vote, parliamentId, request);
      if (replay.isPresent()) {
        return replay.get();
      }
      requireOpen(vote, rollCall);
      return recordSecret(vote, parliamentId, request);
    }
    Vote vote = lockShared(voteId);
    ElectorateEntry entry =
        em.find(
            ElectorateEntry.class,
            new ElectorateEntry.Key(voteId, parliamentId),
            LockModeType.PESSIMISTIC_WRITE);
    Optional<Ballot> replayed =
        request.idempotencyKey() == null
            ? Optional.empty()
            : em.createNamedQuery(Ballot.BY_KEY, Ballot.class)
                .setParameter("vote", voteId)
                .setParameter("key", request.idempotencyKey())
                .getResultStream()
                .findFirst();
    if (replayed.isPresent()) {
      Ballot b = replayed.get();
      requireSameDelegation(b.getParliamentId(), parliamentId);
      if (!b.split().equals(request.split())) {
        throw AssemblyException.conflict("ballot.key.reused");
      }
      return receipt(b, true);
    }
    requireOpen(vote, rollCall);
    BallotSplit split = checked(entry, request);
    // The delegation's audit chain holds its ballots and nothing else, and its row is locked: the
    // next version is the chain's length plus one (and uq_ballot_version guards it).
    int version = entry.getAuditSequence() + 1;
    LocalDateTime now = now();
    AuditEntry audit =
        new AuditEntry(
            voteId,
            parliamentId,
            version,
            version == 1 ? "BALLOT" : "BALLOT_CHANGED",
            "parliament="
                + parliamentId
                + "|version="
                + version
                + "|yes="
                + split.yes()
                + "|no="
                + split.no()
                + "|abstain="
                + split.abstain()
                + "|key="
                + request.idempotencyKey(),
            accounts.callerName(),
            now,
            entry.getAuditHead());
    em.persist(audit);
    entry.advanceAudit(audit);
    Ballot ballot =
        new Ballot(
            voteId,
            parliamentId,
            version,
            split,
            audit.getActor(),
            now,
            request.idempotencyKey(),
            audit.getSequence(),
            audit.getHash());
    em.persist(ballot);
    em.flush();
    changes.fire(VoteChanged.ballot(voteId, counted(ballot)));
    return receipt(ballot, false);
  }

  private static void requireOpen(Vote vote, boolean rollCall) {
    vote.requireOpen();
    if (rollCall && vote.getMethod() != VoteMethod.ROLL_CALL) {
      throw AssemblyException.conflict("vote.not-roll-call");
    }
    if (!rollCall && vote.getMethod() == VoteMethod.ROLL_CALL) {
      throw AssemblyException.conflict("ballot.roll-call");
    }
  }

  /**
   * The ballot's split, once it is within the delegation's usable votes of the frozen electorate.
   */
  private static BallotSplit checked(ElectorateEntry entry, BallotRequest request) {
    BallotSplit split = request.split();
    if (entry == null) {
      throw AssemblyException.forbidden("ballot.not-in-electorate");
    }
    BallotCheck check = BallotCheck.ofUsableVotes(split, entry.getUsableVotes());
    if (!check.accepted()) {
      throw AssemblyException.invalid(
          "ballot." + check.refusal().orElseThrow().name().toLowerCase().replace('_', '-'),
          check.votes(),
          check.limit());
    }
    return split;
  }

  private BallotReceipt recordSecret(Vote vote, long parliamentId, BallotRequest request) {
    BallotSplit split =
        checked(
            em.find(ElectorateEntry.class, new ElectorateEntry.Key(vote.getId(), parliamentId)),
            request);
    if (em.find(SecretParticipation.class, new ElectorateEntry.Key(vote.getId(), parliamentId))
        != null) {
      throw AssemblyException.conflict("ballot.secret-final");
    }
    LocalDateTime now = now();
    AuditEntry audit = audit(vote, "SECRET_BALLOT", "parliament=" + parliamentId, now);
    vote.addSecretBallot(split);
    em.persist(
        new SecretParticipation(
            vote.getId(),
            parliamentId,
            request.idempotencyKey(),
            audit.getSequence(),
            audit.getHash()));
    changes.fire(VoteChanged.secretBallot(vote.getId()));
    return new BallotReceipt(
        null,
        vote.getId(),
        parliamentId,
        1,
        split.yes(),
        split.no(),
        split.abstain(),
        now,
        audit.getSequence(),
        audit.getHash(),
        false);
  }

  private Optional<BallotReceipt> secretReplay(
      Vote vote, long parliamentId, BallotRequest request) {
    if (request.idempotencyKey() == null) {
      return Optional.empty();
    }
    return em.createNamedQuery(SecretParticipation.BY_KEY, SecretParticipation.class)
        .setParameter("vote", vote.getId())
        .setParameter("key", request.idempotencyKey())
        .getResultStream()
        .findFirst()
        .map(
            p -> {
              requireSameDelegation(p.getParliamentId(), parliamentId);
              BallotSplit split = request.split();
              // A secret ballot's counts are not stored: its replay cannot be compared, only
              // refused if new.
              return new BallotReceipt(
                  null,
                  vote.getId(),
                  parliamentId,
                  1,
                  split.yes(),
                  split.no(),
                  split.abstain(),
                  null,
                  p.getAuditSequence(),
                  p.getAuditHash(),
                  true);
            });
  }

  private static void requireSameDelegation(long recorded, long requested) {
    if (recorded != requested) {
      throw AssemblyException.conflict("ballot.key.reused");
    }
  }

  private static BallotReceipt receipt(Ballot b, boolean replay) {
    BallotSplit s = b.split();
    return new BallotReceipt(
        b.getId(),
        b.getVoteId(),
        b.getParliamentId(),
        b.getBallotVersion(),
        s.yes(),
        s.no(),
        s.abstain(),
        b.getCastAt(),
        b.getAuditSequence(),
        b.getAuditHash(),
        replay);
  }

  private Vote lock(long voteId) {
    Vote vote = em.find(Vote.class, voteId, LockModeType.PESSIMISTIC_WRITE);
    if (vote == null) {
      throw AssemblyException.notFound("vote.not-found", voteId);
    }
    return vote;
  }

  /**
   * The vote's row, locked shared: other ballots may hold it too, a close or an annulment waits.
   */
  private Vote lockShared(long voteId) {
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

  /** Each delegation chain's head, by parliament, for the entry that closes the vote. */
  static SortedMap<Long, AuditChain.Head> heads(List<ElectorateEntry> electorate) {
    SortedMap<Long, AuditChain.Head> heads = new TreeMap<>();
    electorate.stream()
        .filter(e -> e.getAuditSequence() > 0)
        .forEach(
            e ->
                heads.put(
                    e.getParliamentId(),
                    new AuditChain.Head(e.getAuditSequence(), e.getAuditHead())));
    return heads;
  }

  /** Appends to the vote's own chain. */
  private AuditEntry audit(Vote vote, String kind, String entry, LocalDateTime at) {
    String actor = accounts.callerName();
    AuditEntry appended =
        new AuditEntry(
            vote.getId(),
            0,
            vote.getAuditSequence() + 1,
            kind,
            entry,
            actor,
            at,
            vote.getAuditHead());
    em.persist(appended);
    vote.advanceAudit(appended.getSequence(), appended.getHash());
    return appended;
  }

  static LocalDateTime now() {
    return LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
  }
}

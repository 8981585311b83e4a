package org.ipu.assembly.voting.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ipu.assembly.platform.AssemblyException;
import org.ipu.assembly.platform.Timestamps;
import org.ipu.assembly.platform.audit.AuditRecord;
import org.ipu.assembly.platform.settings.boundary.AssemblySettings;
import org.ipu.assembly.platform.settings.rules.Setting;
import org.ipu.assembly.voting.entity.Ballot;
import org.ipu.assembly.voting.entity.DelegateShare;
import org.ipu.assembly.voting.entity.ElectorateEntry;
import org.ipu.assembly.voting.entity.SecretDelegateShare;
import org.ipu.assembly.voting.entity.SecretParticipation;
import org.ipu.assembly.voting.entity.Vote;
import org.ipu.assembly.voting.entity.VoteMethod;
import org.ipu.assembly.voting.rules.BallotCheck;
import org.ipu.assembly.voting.rules.BallotRefusal;
import org.ipu.assembly.voting.rules.BallotSplit;

/**
 * Records a delegation's ballot and hands out its receipt, or answers a replay (the same
 * idempotency key) with the first receipt, counted once.
 *
 * <p>A named ballot (electronic or roll call) locks the vote's row shared, so delegations cast in
 * parallel, and its delegation's electorate row exclusively; it appends to that delegation's audit
 * chain and stores a new version of the delegation's ballot (the last one counts). A secret ballot
 * locks the vote's row exclusively, adds its counts to the vote's running totals only, appends to
 * the vote's chain and records that the delegation took part, never how; it cannot be changed. A
 * delegation may instead take part in a secret vote delegate by delegate: each delegate's share is
 * final, takes the same exclusive lock, adds to the running totals only, and records who cast it
 * and how many votes it used; a delegation votes whole or by shares, never both. The vote's method,
 * which decides the lock, comes from {@link VoteMethods}, not the database.
 */
@Dependent
public class BallotBox {

  @PersistenceContext private EntityManager em;
  @Inject private VoteLocks locks;
  @Inject private VoteAudit audit;
  @Inject private VoteMethods methods;
  @Inject private VoteReadModel votes;
  @Inject private Clock clock;
  @Inject private AssemblySettings settings;
  @Inject private Event<VoteChanged> changes;

  /**
   * Records the delegation's ballot: from its tablet ({@code rollCall} false) or, in a roll call,
   * as the Secretariat enters it.
   */
  public BallotReceipt ballot(
      long voteId, long parliamentId, BallotRequest request, boolean rollCall) {
    if (methods.of(voteId, votes::vote) == VoteMethod.SECRET) {
      return secret(voteId, parliamentId, request, rollCall);
    }
    Vote vote = locks.shared(voteId);
    ElectorateEntry entry = locks.delegation(voteId, parliamentId);
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
      return Receipts.of(b, true);
    }
    requireOpen(vote, rollCall);
    return Receipts.of(record(entry, checked(entry, request), request.idempotencyKey()), false);
  }

  /**
   * Records a delegate's share of their delegation's votes, cast from their own tablet: the
   * delegation's ballot becomes the sum of every delegate's latest share, checked against the
   * delegation's usable votes, the delegates present (both frozen when the vote opened) and the
   * Assembly's limit of votes per delegate. The receipt is the delegation's new ballot. A share
   * sent again with the same key gets the same receipt, counted once. In a secret vote, see {@link
   * #secretShare}.
   */
  public BallotReceipt share(long voteId, DelegateCaster caster, BallotRequest request) {
    if (methods.of(voteId, votes::vote) == VoteMethod.SECRET) {
      return secretShare(voteId, caster, request);
    }
    BallotSplit split = request.split();
    Vote vote = locks.shared(voteId);
    ElectorateEntry entry = locks.delegation(voteId, caster.parliamentId());
    Optional<DelegateShare> replayed =
        em.createNamedQuery(DelegateShare.BY_KEY, DelegateShare.class)
            .setParameter("vote", voteId)
            .setParameter("key", request.idempotencyKey())
            .getResultStream()
            .findFirst();
    if (replayed.isPresent()) {
      DelegateShare s = replayed.get();
      if (s.getAccountId() != caster.accountId() || !s.split().equals(split)) {
        throw AssemblyException.conflict("ballot.key.reused");
      }
      return Receipts.of(em.find(Ballot.class, s.getBallotId()), true);
    }
    requireOpen(vote, false);
    if (entry == null) {
      throw AssemblyException.forbidden("ballot.not-in-electorate");
    }
    Map<Long, BallotSplit> shares = new LinkedHashMap<>();
    shares(voteId, caster.parliamentId()).forEach(s -> shares.put(s.getAccountId(), s.split()));
    shares.remove(caster.accountId());
    List<BallotSplit> checked = new ArrayList<>(shares.values());
    // The caster's own share last: a refusal over the per-delegate limit names theirs.
    checked.add(split);
    BallotCheck check =
        BallotCheck.ofDelegateShares(
            checked,
            entry.getUsableVotes(),
            entry.getDelegatesPresent(),
            settings.values(vote.getSessionId()).get(Setting.VOTE_MAX_PER_DELEGATE));
    refuseUnless(check);
    Ballot ballot = record(entry, BallotSplit.sum(checked), request.idempotencyKey());
    em.persist(
        new DelegateShare(
            voteId,
            caster.parliamentId(),
            caster.accountId(),
            ballot.getCastBy(),
            split,
            ballot.getId(),
            request.idempotencyKey(),
            ballot.getCastAt()));
    return Receipts.of(ballot, false);
  }

  /**
   * Who in the delegation has cast what share: in a named vote each delegate's latest split, in a
   * secret vote only who took part and the votes each used.
   */
  public DelegationShares delegationShares(long voteId, long parliamentId) {
    return methods.of(voteId, votes::vote) == VoteMethod.SECRET
        ? DelegationShares.ofSecret(parliamentId, secretShares(voteId, parliamentId))
        : DelegationShares.of(parliamentId, shares(voteId, parliamentId));
  }

  /** Every delegate's latest share of the delegation's votes, in the order they first cast. */
  public List<DelegateShare> shares(long voteId, long parliamentId) {
    Map<Long, DelegateShare> latest = new LinkedHashMap<>();
    em.createNamedQuery(DelegateShare.OF_DELEGATION, DelegateShare.class)
        .setParameter("vote", voteId)
        .setParameter("parliament", parliamentId)
        .getResultStream()
        .forEach(s -> latest.put(s.getAccountId(), s));
    return List.copyOf(latest.values());
  }

  /**
   * A new version of the delegation's named ballot, appended to its chain (its row is locked), and
   * announced to the screens.
   */
  private Ballot record(ElectorateEntry entry, BallotSplit split, String key) {
    long voteId = entry.getVoteId();
    long parliamentId = entry.getParliamentId();
    LocalDateTime now = Timestamps.now(clock);
    // The delegation's chain holds its ballots and nothing else, and its row is locked: the new
    // entry's sequence is the ballot's version (and uq_ballot_version guards it).
    int version = entry.getAuditSequence() + 1;
    AuditRecord appended =
        audit.appendBallot(
            entry,
            version == 1 ? VoteAuditEntries.BALLOT : VoteAuditEntries.BALLOT_CHANGED,
            new VoteAuditEntries.BallotCast(
                parliamentId, version, split.yes(), split.no(), split.abstain(), key),
            now);
    Ballot ballot =
        new Ballot(
            voteId,
            parliamentId,
            version,
            split,
            appended.getActor(),
            now,
            key,
            appended.getSequence(),
            appended.getHash());
    em.persist(ballot);
    em.flush();
    changes.fire(VoteChanged.ballot(voteId, VoteReadModel.counted(ballot)));
    return ballot;
  }

  /** The delegation's shares in a secret vote, in the order they were cast. */
  public List<SecretDelegateShare> secretShares(long voteId, long parliamentId) {
    return em.createNamedQuery(SecretDelegateShare.OF_DELEGATION, SecretDelegateShare.class)
        .setParameter("vote", voteId)
        .setParameter("parliament", parliamentId)
        .getResultList();
  }

  /**
   * A delegate's own share in a secret vote: cast once, final, like a secret ballot. Its split is
   * checked against the votes the delegation's other delegates already used, its usable votes and
   * delegates present (frozen at the open) and the Assembly's limit of votes per delegate, then
   * added to the vote's running totals and stored nowhere; what is recorded is that the delegation
   * took part (with its first share) and that this delegate cast a share using so many votes, on
   * the vote's chain. A delegation whose whole secret ballot is cast takes no share ({@code
   * ballot.secret-whole-cast}), and the same delegate casts no second share ({@code
   * ballot.secret-final}). The same key again gets the first receipt without counts, as a secret
   * ballot's replay does.
   */
  private BallotReceipt secretShare(long voteId, DelegateCaster caster, BallotRequest request) {
    long parliamentId = caster.parliamentId();
    Vote vote = locks.exclusive(voteId);
    Optional<SecretDelegateShare> replayed =
        request.idempotencyKey() == null
            ? Optional.empty()
            : em.createNamedQuery(SecretDelegateShare.BY_KEY, SecretDelegateShare.class)
                .setParameter("vote", voteId)
                .setParameter("key", request.idempotencyKey())
                .getResultStream()
                .findFirst();
    if (replayed.isPresent()) {
      SecretDelegateShare first = replayed.get();
      if (first.getAccountId() != caster.accountId()) {
        throw AssemblyException.conflict("ballot.key.reused");
      }
      return Receipts.secretShareReplay(first);
    }
    requireOpen(vote, false);
    ElectorateEntry entry =
        em.find(ElectorateEntry.class, new ElectorateEntry.Key(voteId, parliamentId));
    if (entry == null) {
      throw AssemblyException.forbidden("ballot.not-in-electorate");
    }
    SecretParticipation taken =
        em.find(SecretParticipation.class, new ElectorateEntry.Key(voteId, parliamentId));
    if (taken != null && !taken.isByShares()) {
      throw AssemblyException.conflict("ballot.secret-whole-cast");
    }
    List<SecretDelegateShare> cast = secretShares(voteId, parliamentId);
    if (cast.stream().anyMatch(s -> s.getAccountId() == caster.accountId())) {
      throw AssemblyException.conflict("ballot.secret-final");
    }
    BallotSplit split = request.split();
    refuseUnless(
        BallotCheck.ofSecretShare(
            cast.stream().map(SecretDelegateShare::getVotesUsed).toList(),
            split,
            entry.getUsableVotes(),
            entry.getDelegatesPresent(),
            settings.values(vote.getSessionId()).get(Setting.VOTE_MAX_PER_DELEGATE)));
    LocalDateTime now = Timestamps.now(clock);
    AuditRecord appended =
        audit.append(
            vote,
            VoteAuditEntries.SECRET_SHARE,
            new VoteAuditEntries.SecretShareCast(parliamentId, caster.accountId(), split.total()),
            now);
    vote.addSecretBallot(split);
    if (taken == null) {
      em.persist(
          SecretParticipation.byShares(
              voteId, parliamentId, appended.getSequence(), appended.getHash()));
      // The share's row refers to the participation's: insert that first.
      em.flush();
    }
    em.persist(
        new SecretDelegateShare(
            voteId,
            parliamentId,
            caster.accountId(),
            appended.getActor(),
            split.total(),
            request.idempotencyKey(),
            now,
            appended.getSequence(),
            appended.getHash()));
    changes.fire(VoteChanged.secretBallot(voteId));
    return Receipts.secret(voteId, parliamentId, split, now, appended, false);
  }

  private BallotReceipt secret(
      long voteId, long parliamentId, BallotRequest request, boolean rollCall) {
    Vote vote = locks.exclusive(voteId);
    Optional<BallotReceipt> replay = secretReplay(vote, parliamentId, request);
    if (replay.isPresent()) {
      return replay.get();
    }
    requireOpen(vote, rollCall);
    BallotSplit split =
        checked(
            em.find(ElectorateEntry.class, new ElectorateEntry.Key(vote.getId(), parliamentId)),
            request);
    SecretParticipation taken =
        em.find(SecretParticipation.class, new ElectorateEntry.Key(vote.getId(), parliamentId));
    if (taken != null) {
      // Delegates who cast their own shares have the delegation's votes: no whole ballot on top.
      throw AssemblyException.conflict(
          taken.isByShares() ? "ballot.secret-shares-cast" : "ballot.secret-final");
    }
    LocalDateTime now = Timestamps.now(clock);
    AuditRecord appended =
        audit.append(
            vote,
            VoteAuditEntries.SECRET_BALLOT,
            new VoteAuditEntries.SecretBallotCast(parliamentId),
            now);
    vote.addSecretBallot(split);
    em.persist(
        new SecretParticipation(
            vote.getId(),
            parliamentId,
            request.idempotencyKey(),
            appended.getSequence(),
            appended.getHash()));
    changes.fire(VoteChanged.secretBallot(vote.getId()));
    return Receipts.secret(vote.getId(), parliamentId, split, now, appended, false);
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
              // A secret ballot's counts are not stored: its replay cannot be compared, so its
              // receipt confirms the participation, never counts.
              return Receipts.secretReplay(vote.getId(), parliamentId, p);
            });
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
   * The ballot's split, once it is within the delegation's usable votes of the frozen electorate. A
   * delegation without a vote in this vote is refused the same way (forbidden) whether it is not in
   * the electorate at all (an Associate Member, an observer) or is in it with no usable votes (a
   * suspended Member, no delegate present); a split over the limit is invalid input.
   */
  static BallotSplit checked(ElectorateEntry entry, BallotRequest request) {
    BallotSplit split = request.split();
    if (entry == null) {
      throw AssemblyException.forbidden("ballot.not-in-electorate");
    }
    refuseUnless(BallotCheck.ofUsableVotes(split, entry.getUsableVotes()));
    return split;
  }

  /**
   * Refuses a ballot the rules refuse, with the numbers: forbidden without usable votes, else
   * invalid input.
   */
  private static void refuseUnless(BallotCheck check) {
    if (!check.accepted()) {
      BallotRefusal refusal = check.refusal().orElseThrow();
      String code = "ballot." + refusal.name().toLowerCase().replace('_', '-');
      throw refusal == BallotRefusal.NO_USABLE_VOTES
          ? AssemblyException.forbidden(code, check.votes(), check.limit())
          : AssemblyException.invalid(code, check.votes(), check.limit());
    }
  }

  private static void requireSameDelegation(long recorded, long requested) {
    if (recorded != requested) {
      throw AssemblyException.conflict("ballot.key.reused");
    }
  }
}

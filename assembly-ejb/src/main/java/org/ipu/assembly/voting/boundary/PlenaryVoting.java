package org.ipu.assembly.voting.boundary;

import static org.ipu.assembly.platform.Roles.DELEGATE;
import static org.ipu.assembly.platform.Roles.FOCAL_POINT;
import static org.ipu.assembly.platform.Roles.OBSERVER;
import static org.ipu.assembly.platform.Roles.SECRETARIAT;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.ipu.assembly.registration.rules.Committee;
import org.ipu.assembly.roster.boundary.Roster;
import org.ipu.assembly.roster.entity.AssemblySession;
import org.ipu.assembly.roster.entity.MembershipStatus;
import org.ipu.assembly.voting.control.BallotBox;
import org.ipu.assembly.voting.control.BallotReceipt;
import org.ipu.assembly.voting.control.BallotRequest;
import org.ipu.assembly.voting.control.DelegateCaster;
import org.ipu.assembly.voting.control.DelegationEntitlement;
import org.ipu.assembly.voting.control.DelegationShares;
import org.ipu.assembly.voting.control.EntitlementPreview;
import org.ipu.assembly.voting.control.Entitlements;
import org.ipu.assembly.voting.control.LiveTally;
import org.ipu.assembly.voting.control.NewVote;
import org.ipu.assembly.voting.control.VoteLifecycle;
import org.ipu.assembly.voting.control.VotePage;
import org.ipu.assembly.voting.control.VoteReadModel;
import org.ipu.assembly.voting.control.VoteSnapshot;
import org.ipu.assembly.voting.control.VoteSnapshots;
import org.ipu.assembly.voting.entity.Ballot;
import org.ipu.assembly.voting.entity.ElectorateEntry;
import org.ipu.assembly.voting.entity.Vote;
import org.ipu.assembly.voting.rules.ResultsPage;
import org.ipu.assembly.voting.rules.Tally;

/**
 * The plenary's votes, one transaction per call, and who may do what: the Secretariat sets votes
 * up, opens, closes and annuls them ({@link VoteLifecycle}) and enters a roll call's splits;
 * delegations cast weighted split ballots from their tablets ({@link BallotBox}, after {@link
 * Presence} has checked that the caller may cast for the delegation); anyone reads a vote as the
 * screens show it ({@link VoteReadModel}, {@link VoteSnapshots}). A timed vote closes by itself
 * when its time is up ({@link VoteCountdowns}).
 *
 * <p>Locks: setting up, opening, closing and annulling lock the vote's row exclusively. A named
 * ballot holds it shared, so delegations cast in parallel, and locks its delegation's electorate
 * row, where the head of that delegation's audit chain lives; a close therefore waits for the
 * ballots in flight, and a ballot behind the close finds the vote closed: each is either counted
 * with a receipt or refused. A secret ballot, or a delegate's share in a secret vote, adds to the
 * vote's running totals and takes the vote's row exclusively. Every change appends to an audit
 * chain in the same transaction.
 */
@Stateless
@DeclareRoles({SECRETARIAT, FOCAL_POINT, DELEGATE, OBSERVER})
public class PlenaryVoting {

  @Inject private Roster roster;
  @Inject private Presence presence;
  @Inject private VoteLifecycle lifecycle;
  @Inject private Entitlements entitlements;
  @Inject private BallotBox ballots;
  @Inject private VoteReadModel votes;
  @Inject private VoteSnapshots snapshots;
  @Inject private VoteCountdowns countdowns;
  @Resource private SessionContext context;

  /** Sets up a draft vote in the current Assembly. */
  @RolesAllowed(SECRETARIAT)
  public Vote create(NewVote request) {
    request.validate();
    return lifecycle.create(currentSession(), request);
  }

  /**
   * Sets up a draft vote in the current Assembly that decides what another component keeps ({@code
   * type}, {@code id}); its close is announced as a {@link
   * org.ipu.assembly.voting.control.VoteClosed} for that component to record.
   */
  @RolesAllowed(SECRETARIAT)
  public Vote createDeciding(NewVote request, String type, long id) {
    request.validate();
    return lifecycle.create(currentSession(), request, type, id);
  }

  /**
   * Sets up a draft vote of a Standing Committee in the current Assembly (one vote per Member, cast
   * by its member of the committee present or else its substitute present) that decides what
   * another component keeps ({@code type}, {@code id}), as {@link #createDeciding} does.
   */
  @RolesAllowed(SECRETARIAT)
  public Vote createCommitteeVote(NewVote request, Committee committee, String type, long id) {
    request.validate();
    return lifecycle.create(currentSession(), request, type, id, committee);
  }

  /**
   * Whether a vote set up or open decides what another component keeps ({@code type}, {@code id}).
   */
  @RolesAllowed(SECRETARIAT)
  public boolean pendingOn(String type, long id) {
    return votes.pendingOn(type, id);
  }

  /** Opens the vote and freezes its electorate: each Member's entitlement and usable votes now. */
  @RolesAllowed(SECRETARIAT)
  public Vote open(long voteId) {
    return lifecycle.open(voteId);
  }

  /**
   * Opens the vote as {@link #open(long)} does, with a countdown: it closes by itself when the
   * given seconds are up (the Secretariat may still close it early or extend it).
   */
  @RolesAllowed(SECRETARIAT)
  public Vote openTimed(long voteId, long durationSeconds) {
    Vote vote = lifecycle.open(voteId, durationSeconds);
    countdowns.schedule(voteId, vote.getClosesAt());
    return vote;
  }

  /** Gives an open timed vote more time, before its time is up. */
  @RolesAllowed(SECRETARIAT)
  public Vote extend(long voteId, long seconds) {
    Vote vote = lifecycle.extend(voteId, seconds);
    countdowns.schedule(voteId, vote.getClosesAt());
    return vote;
  }

  /** Closes the vote and records its decision. */
  @RolesAllowed(SECRETARIAT)
  public Vote close(long voteId) {
    return lifecycle.close(voteId);
  }

  /**
   * Annuls the vote with a recorded reason and sets up a new draft in its place (never a reopen).
   */
  @RolesAllowed(SECRETARIAT)
  public Vote annul(long voteId, String reason) {
    return lifecycle.annul(voteId, reason);
  }

  /**
   * Voids a closed vote's result after the fact, with the reason, signed by the Secretariat officer
   * signed in: the result stays published, marked void (a closed vote is never annulled).
   */
  @RolesAllowed(SECRETARIAT)
  public Vote voidResult(long voteId, String reason) {
    return lifecycle.voidResult(voteId, reason, context.getCallerPrincipal().getName());
  }

  /** Each parliament's votes now and why, with the delegates present now (Secretariat). */
  @RolesAllowed(SECRETARIAT)
  public List<DelegationEntitlement> entitlements() {
    return entitlements.of(currentSession());
  }

  /**
   * A parliament's votes now and with the standing given, before the Secretariat saves it (see
   * {@code roster.boundary.Memberships}).
   */
  @RolesAllowed(SECRETARIAT)
  public EntitlementPreview entitlementIf(
      long parliamentId, MembershipStatus status, boolean suspended, long population) {
    return entitlements.preview(
        roster.currentMembership(parliamentId), status, suspended, population);
  }

  /**
   * A delegation's ballot from its tablet: the head of delegation or a delegate the head
   * designated, confirmed present.
   */
  @RolesAllowed(DELEGATE)
  public BallotReceipt cast(long voteId, BallotRequest request) {
    return ballots.ballot(voteId, presence.requireMayCast(voteId), request, false);
  }

  /**
   * A delegate's own share of their delegation's votes, from their tablet: any delegate confirmed
   * present; the delegation's ballot becomes the sum of the delegates' latest shares. In a secret
   * vote each delegate's share is final and only adds to the running totals.
   */
  @RolesAllowed(DELEGATE)
  public BallotReceipt castShare(long voteId, BallotRequest request) {
    presence.requireNoCommittee(voteId);
    return ballots.share(voteId, presence.requirePresentDelegate(voteId), request);
  }

  /**
   * Who in the signed-in delegate's delegation has cast what share (their own delegation only); in
   * a secret vote who took part and the votes each used, never how.
   */
  @RolesAllowed(DELEGATE)
  public DelegationShares shares(long voteId) {
    DelegateCaster caster = presence.requirePresentDelegate(voteId);
    return ballots.delegationShares(voteId, caster.parliamentId());
  }

  /** In a roll call, the Secretariat enters the split a delegation declares. */
  @RolesAllowed(SECRETARIAT)
  public BallotReceipt recordRollCall(long voteId, long parliamentId, BallotRequest request) {
    return ballots.ballot(voteId, parliamentId, request, true);
  }

  /** The votes of the current Assembly, newest first. */
  @PermitAll
  public List<Vote> votes() {
    return votes.votes();
  }

  /**
   * The votes the Secretariat's console lists: every draft and open one, then the {@code
   * latestFinished} latest closed or annulled ones.
   */
  @RolesAllowed(SECRETARIAT)
  public List<Vote> console(int latestFinished) {
    return votes.console(latestFinished);
  }

  @PermitAll
  public Vote vote(long voteId) {
    return votes.vote(voteId);
  }

  /** The vote now on the screens: the open one, else the latest one. */
  @PermitAll
  public Optional<Vote> onScreen() {
    return votes.onScreen();
  }

  /**
   * The current Assembly's id and the vote on its screens (see {@link #onScreen()}), if there is a
   * current Assembly: what {@link PlenaryChannel} keeps until the plenary changes.
   */
  @PermitAll
  public Optional<OnScreen> onScreenNow() {
    return roster
        .currentSession()
        .map(s -> new OnScreen(s.getId(), votes.onScreen(s.getId()).map(Vote::getId)));
  }

  /** The Assembly whose screens show a vote, and that vote (none before the first opens). */
  public record OnScreen(long sessionId, Optional<Long> voteId) {}

  /** The id of the current Assembly, if one is current. */
  @PermitAll
  public Optional<Long> currentSessionId() {
    return roster.currentSession().map(AssemblySession::getId);
  }

  /**
   * A page of the current Assembly's closed votes, the latest closed first, with their number: what
   * is read never grows with the history.
   */
  @PermitAll
  public VotePage closed(ResultsPage page) {
    return votes.closed(page);
  }

  /** What anyone reads of a vote once it is opened; a draft is not public (not found). */
  @PermitAll
  public VoteSnapshot publicSnapshot(long voteId) {
    return snapshots.of(votes.publicVote(voteId), true);
  }

  /** What every screen shows of the vote now, with the board of delegations. */
  @PermitAll
  public VoteSnapshot snapshot(long voteId) {
    return snapshots.of(votes.vote(voteId), true);
  }

  /**
   * The same without the board, for the live frames sent several times a second: it spares the
   * board's queries, which those frames would throw away.
   */
  @PermitAll
  public VoteSnapshot liveSnapshot(long voteId) {
    return snapshots.of(votes.vote(voteId), false);
  }

  /**
   * What a {@link LiveTally} of the vote starts from, while the vote is open and named (a secret
   * vote's running totals are kept in the database only).
   */
  @PermitAll
  public Optional<LiveTally.Base> liveBase(long voteId) {
    return snapshots.liveBase(votes.vote(voteId));
  }

  /** The frozen electorate of a vote (empty before it opens). */
  @PermitAll
  public List<ElectorateEntry> electorate(long voteId) {
    return votes.electorate(voteId);
  }

  /** The ballots that count now, one per delegation (named votes only). */
  @PermitAll
  public List<Ballot> currentBallots(long voteId) {
    return votes.currentBallots(voteId);
  }

  /** The running (or final) totals of a vote, from its ballots or its secret totals. */
  @PermitAll
  public Tally tally(Vote vote) {
    return votes.tally(vote);
  }

  private AssemblySession currentSession() {
    return roster.requireCurrentSession();
  }
}

package org.ipu.assembly.voting.control;

import java.util.Map;
import org.ipu.assembly.platform.audit.AuditHashing;
import org.ipu.assembly.platform.audit.AuditHead;
import org.ipu.assembly.platform.audit.AuditKind;
import org.ipu.assembly.platform.audit.AuditSubject;
import org.ipu.assembly.voting.entity.VoteMethod;
import org.ipu.assembly.voting.rules.MajorityRule;
import org.ipu.assembly.voting.rules.Outcome;
import org.ipu.assembly.voting.rules.QuorumRule;

/**
 * What a vote writes to the platform's audit trail. Each vote has its own chain ({@code vote:42}:
 * set-up, open, close, annul, and who took part in a secret ballot, never how: a delegation's whole
 * ballot, or each delegate's share with the votes it used) and one chain per delegation that cast a
 * named ballot ({@code vote:42/delegation:7}: its ballots and changes); closing the vote seals the
 * delegation chains' heads into the vote's chain ({@link #seal}).
 */
public final class VoteAuditEntries {

  private VoteAuditEntries() {}

  public static AuditSubject vote(long voteId) {
    return AuditSubject.of("vote", voteId);
  }

  public static AuditSubject delegation(long voteId, long parliamentId) {
    return vote(voteId).then("delegation", parliamentId);
  }

  /** The subject type of a delegation's chain in a vote. */
  public static final String DELEGATION_TYPE = "vote/delegation";

  /** The digest of the delegation chains' heads that the closing entry records. */
  public static String seal(Map<AuditSubject, AuditHead> delegationHeads) {
    return AuditHashing.digest(delegationHeads);
  }

  /** A vote set up; {@code replaces} is the annulled vote a replacement stands for. */
  public record VoteCreated(
      String subject, VoteMethod method, MajorityRule majority, QuorumRule quorum, Long replaces) {}

  /**
   * A vote set up to decide a request of an emergency item selection (the entry after its
   * creation).
   */
  public record EmergencyRequestVoted(long selection, String request) {}

  /** A vote opened, its electorate frozen. */
  public record VoteOpened(int delegations, int usable, String rollCallLetter) {}

  /** A vote closed: its result and the seal over its delegation chains. */
  public record VoteClosed(
      int yes,
      int no,
      int abstain,
      int cast,
      int required,
      Outcome outcome,
      String delegationChains) {}

  /** A vote opened with a countdown: it closes by itself at {@code closesAt} (UTC, ISO-8601). */
  public record VoteTimed(long seconds, String closesAt) {}

  /** A timed vote given more time by the Secretariat before its time was up. */
  public record VoteExtended(long seconds, String closedAt, String closesAt) {}

  /** A timed vote's time was up: the entry that closes it follows. */
  public record VoteTimeUp(String closesAt) {}

  /** A vote annulled, with the reason recorded. */
  public record VoteAnnulled(String reason) {}

  /**
   * A closed vote's result voided after the fact, with the reason (the entry is signed by the
   * Secretariat officer who voided it); the result itself stays as closed.
   */
  public record VoteVoided(String reason) {}

  /** A delegation took part in a secret ballot (how it voted is never recorded). */
  public record SecretBallotCast(long parliament) {}

  /**
   * A delegate of the delegation cast their own share of its votes in a secret vote, using {@code
   * votes} of them (how they voted is never recorded); {@code delegate} is their account.
   */
  public record SecretShareCast(long parliament, long delegate, int votes) {}

  /** A version of a delegation's named ballot, with the idempotency key its tablet sent. */
  public record BallotCast(
      long parliament, int version, int yes, int no, int abstain, String key) {}

  public static final AuditKind<VoteCreated> CREATED =
      AuditKind.of("vote.created", VoteCreated.class);
  public static final AuditKind<EmergencyRequestVoted> EMERGENCY_REQUEST =
      AuditKind.of("vote.emergency-request", EmergencyRequestVoted.class);
  public static final AuditKind<VoteOpened> OPENED = AuditKind.of("vote.opened", VoteOpened.class);
  public static final AuditKind<VoteClosed> CLOSED = AuditKind.of("vote.closed", VoteClosed.class);
  public static final AuditKind<VoteTimed> TIMED = AuditKind.of("vote.timed", VoteTimed.class);
  public static final AuditKind<VoteExtended> EXTENDED =
      AuditKind.of("vote.extended", VoteExtended.class);
  public static final AuditKind<VoteTimeUp> TIME_UP =
      AuditKind.of("vote.time-up", VoteTimeUp.class);
  public static final AuditKind<VoteAnnulled> ANNULLED =
      AuditKind.of("vote.annulled", VoteAnnulled.class);
  public static final AuditKind<VoteVoided> VOIDED = AuditKind.of("vote.voided", VoteVoided.class);
  public static final AuditKind<SecretBallotCast> SECRET_BALLOT =
      AuditKind.of("vote.secret-ballot", SecretBallotCast.class);
  public static final AuditKind<SecretShareCast> SECRET_SHARE =
      AuditKind.of("vote.secret-share", SecretShareCast.class);
  public static final AuditKind<BallotCast> BALLOT = AuditKind.of("ballot.cast", BallotCast.class);
  public static final AuditKind<BallotCast> BALLOT_CHANGED =
      AuditKind.of("ballot.changed", BallotCast.class);
}

package org.ipu.assembly.voting.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.ipu.assembly.platform.audit.AuditHead;
import org.ipu.assembly.platform.audit.AuditKind;
import org.ipu.assembly.platform.audit.AuditRecord;
import org.ipu.assembly.platform.audit.AuditSubject;
import org.ipu.assembly.platform.audit.AuditTrail;
import org.ipu.assembly.voting.entity.ElectorateEntry;
import org.ipu.assembly.voting.entity.EmergencySelection;
import org.ipu.assembly.voting.entity.Vote;

/**
 * Appends to a vote's chains of the platform's audit trail ({@link VoteAuditEntries}), in the
 * caller's transaction: the vote's own chain (create, open, close, annul, secret ballots) and a
 * delegation's chain (its named ballots), each entry signed with the signed-in person's name; and
 * to an emergency item selection's own chain ({@link EmergencyAuditEntries}). The chain's head
 * lives on a row the caller holds locked (the vote's, the delegation's electorate row): it is
 * passed to the trail and moved to the appended entry, one insert per entry.
 */
@Dependent
public class VoteAudit {

  @Inject private AuditTrail trail;

  /** Appends to the vote's own chain (the vote's row is locked exclusively). */
  public <P extends Record> AuditRecord append(
      Vote vote, AuditKind<P> kind, P payload, LocalDateTime at) {
    AuditRecord appended =
        trail.append(
            VoteAuditEntries.vote(vote.getId()),
            new AuditHead(vote.getAuditSequence(), vote.getAuditHead()),
            kind,
            payload,
            at);
    vote.advanceAudit(appended.getSequence(), appended.getHash());
    return appended;
  }

  /**
   * Appends to the vote's own chain as {@link #append} does, signed by the system: what a timer
   * does (a timed vote closing by itself).
   */
  public <P extends Record> AuditRecord appendBySystem(
      Vote vote, AuditKind<P> kind, P payload, LocalDateTime at) {
    AuditRecord appended =
        trail.appendBySystem(
            VoteAuditEntries.vote(vote.getId()),
            new AuditHead(vote.getAuditSequence(), vote.getAuditHead()),
            kind,
            payload,
            at);
    vote.advanceAudit(appended.getSequence(), appended.getHash());
    return appended;
  }

  /**
   * Appends to an emergency item selection's own chain (its row is locked exclusively), signed by
   * the caller or, for what a timer does, by the system.
   */
  public <P extends Record> AuditRecord append(
      EmergencySelection selection,
      AuditKind<P> kind,
      P payload,
      LocalDateTime at,
      boolean bySystem) {
    AuditSubject subject = EmergencyAuditEntries.selection(selection.getId());
    AuditHead head = new AuditHead(selection.getAuditSequence(), selection.getAuditHead());
    AuditRecord appended =
        bySystem
            ? trail.appendBySystem(subject, head, kind, payload, at)
            : trail.append(subject, head, kind, payload, at);
    selection.advanceAudit(appended.getSequence(), appended.getHash());
    return appended;
  }

  /**
   * Appends a named ballot to its delegation's chain (the delegation's electorate row is locked).
   * The chain holds the delegation's ballots and nothing else: the entry's sequence is the ballot's
   * version.
   */
  public AuditRecord appendBallot(
      ElectorateEntry delegation,
      AuditKind<VoteAuditEntries.BallotCast> kind,
      VoteAuditEntries.BallotCast ballot,
      LocalDateTime at) {
    AuditRecord appended =
        trail.append(
            VoteAuditEntries.delegation(delegation.getVoteId(), delegation.getParliamentId()),
            new AuditHead(delegation.getAuditSequence(), delegation.getAuditHead()),
            kind,
            ballot,
            at);
    delegation.advanceAudit(appended.getSequence(), appended.getHash());
    return appended;
  }

  /** Each delegation chain's head, by subject, for the seal in the entry that closes the vote. */
  public static SortedMap<AuditSubject, AuditHead> heads(List<ElectorateEntry> electorate) {
    SortedMap<AuditSubject, AuditHead> heads = new TreeMap<>();
    electorate.stream()
        .filter(e -> e.getAuditSequence() > 0)
        .forEach(
            e ->
                heads.put(
                    VoteAuditEntries.delegation(e.getVoteId(), e.getParliamentId()),
                    new AuditHead(e.getAuditSequence(), e.getAuditHead())));
    return heads;
  }
}

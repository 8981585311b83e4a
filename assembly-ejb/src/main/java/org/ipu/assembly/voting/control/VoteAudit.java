package org.ipu.assembly.voting.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.ipu.assembly.accounts.boundary.Accounts;
import org.ipu.assembly.voting.entity.AuditEntry;
import org.ipu.assembly.voting.entity.ElectorateEntry;
import org.ipu.assembly.voting.entity.Vote;

/**
 * Appends to a vote's audit chains in the caller's transaction: the vote's own chain (create, open,
 * close, annul, secret ballots) and a delegation's chain (its named ballots), each entry signed
 * with the signed-in person's name. The caller holds the row the chain's head lives on.
 */
@Dependent
public class VoteAudit {

  @PersistenceContext private EntityManager em;
  @Inject private Accounts accounts;

  /** Appends to the vote's own chain (the vote's row is locked exclusively). */
  public AuditEntry append(Vote vote, String kind, String entry, LocalDateTime at) {
    AuditEntry appended =
        new AuditEntry(
            vote.getId(),
            0,
            vote.getAuditSequence() + 1,
            kind,
            entry,
            accounts.callerName(),
            at,
            vote.getAuditHead());
    em.persist(appended);
    vote.advanceAudit(appended.getSequence(), appended.getHash());
    return appended;
  }

  /**
   * Appends a named ballot to its delegation's chain (the delegation's electorate row is locked).
   * The chain holds the delegation's ballots and nothing else: the entry's sequence is the ballot's
   * version.
   */
  public AuditEntry appendBallot(
      ElectorateEntry delegation, String kind, String entry, LocalDateTime at) {
    AuditEntry appended =
        new AuditEntry(
            delegation.getVoteId(),
            delegation.getParliamentId(),
            delegation.getAuditSequence() + 1,
            kind,
            entry,
            accounts.callerName(),
            at,
            delegation.getAuditHead());
    em.persist(appended);
    delegation.advanceAudit(appended);
    return appended;
  }

  /** Each delegation chain's head, by parliament, for the entry that closes the vote. */
  public static SortedMap<Long, AuditChain.Head> heads(List<ElectorateEntry> electorate) {
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
}

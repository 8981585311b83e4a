package org.ipu.assembly.voting.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.ipu.assembly.platform.audit.AuditChains;
import org.ipu.assembly.platform.audit.AuditCheck;
import org.ipu.assembly.platform.audit.AuditFindings;
import org.ipu.assembly.platform.audit.AuditHashing;
import org.ipu.assembly.platform.audit.AuditHead;
import org.ipu.assembly.platform.audit.AuditRecord;
import org.ipu.assembly.platform.audit.AuditSubject;
import org.ipu.assembly.voting.control.VoteAuditEntries;
import org.ipu.assembly.voting.control.VoteReadModel;
import org.ipu.assembly.voting.entity.SecretDelegateShare;
import org.ipu.assembly.voting.entity.SecretParticipation;
import org.ipu.assembly.voting.entity.Vote;
import org.ipu.assembly.voting.entity.VoteMethod;
import org.ipu.assembly.voting.entity.VoteState;
import org.ipu.assembly.voting.rules.BallotSplit;
import org.ipu.assembly.voting.rules.Decision;
import org.ipu.assembly.voting.rules.Tally;

/**
 * What voting adds to the verification of the audit trail: the heads its vote and electorate rows
 * keep (so every chain of every vote must end there), and for every closed vote the seal of its
 * delegation chains and its result recomputed from the ballots table and from the audit entries
 * themselves (named votes), or from the secret totals (secret votes). For a secret vote, who took
 * part must agree with the vote's chain: each delegation's participation and each delegate's share
 * (with the votes it used) is the entry it names, the shares use no more than the delegation's
 * usable votes, and all the shares together no more than the totals. Reports, never throws.
 */
@ApplicationScoped
public class VoteAuditCheck implements AuditCheck {

  @PersistenceContext private EntityManager em;
  @Inject private PlenaryVoting voting;

  @Override
  public Map<AuditSubject, AuditHead> recordedHeads() {
    Map<AuditSubject, AuditHead> heads = new HashMap<>();
    for (Object[] v :
        em.createQuery("SELECT v.id, v.auditSequence, v.auditHead FROM Vote v", Object[].class)
            .getResultList()) {
      heads.put(VoteAuditEntries.vote((Long) v[0]), AuditHead.of((Integer) v[1], (String) v[2]));
    }
    for (Object[] e :
        em.createQuery(
                "SELECT e.voteId, e.parliamentId, e.auditSequence, e.auditHead"
                    + " FROM ElectorateEntry e WHERE e.auditSequence > 0",
                Object[].class)
            .getResultList()) {
      heads.put(
          VoteAuditEntries.delegation((Long) e[0], (Long) e[1]),
          AuditHead.of((Integer) e[2], (String) e[3]));
    }
    return heads;
  }

  @Override
  public void check(AuditChains trail, AuditFindings findings) {
    List<Vote> closed =
        em.createQuery("SELECT v FROM Vote v WHERE v.state = :closed ORDER BY v.id", Vote.class)
            .setParameter("closed", VoteState.CLOSED)
            .getResultList();
    for (Vote vote : closed) {
      AuditSubject subject = VoteAuditEntries.vote(vote.getId());
      try {
        SortedMap<AuditSubject, List<AuditRecord>> delegations = delegationChains(trail, subject);
        checkSeal(subject, trail.chain(subject), delegations, findings);
        checkResult(vote, subject, delegations, findings);
        if (vote.getMethod() == VoteMethod.SECRET) {
          checkSecret(vote, subject, trail.chain(subject), findings);
        }
        findings.recomputed("closedVotes");
      } catch (RuntimeException unexpected) {
        findings.problem(subject, "audit.check-failed", "could not check: " + unexpected);
      }
    }
  }

  private static SortedMap<AuditSubject, List<AuditRecord>> delegationChains(
      AuditChains trail, AuditSubject vote) {
    SortedMap<AuditSubject, List<AuditRecord>> delegations = new TreeMap<>();
    trail
        .within(vote)
        .forEach(
            (subject, chain) -> {
              if (subject.type().equals(VoteAuditEntries.DELEGATION_TYPE)) {
                delegations.put(subject, chain);
              }
            });
    return delegations;
  }

  /**
   * The closing entry sealed the delegation chains as they end now: nothing added or removed since.
   */
  private static void checkSeal(
      AuditSubject vote,
      List<AuditRecord> own,
      SortedMap<AuditSubject, List<AuditRecord>> delegations,
      AuditFindings findings) {
    Optional<String> sealed =
        own.stream()
            .filter(r -> r.is(VoteAuditEntries.CLOSED))
            .findFirst()
            .flatMap(r -> r.payload(VoteAuditEntries.CLOSED))
            .map(VoteAuditEntries.VoteClosed::delegationChains);
    Map<AuditSubject, AuditHead> heads = new TreeMap<>();
    delegations.forEach((s, chain) -> heads.put(s, chain.get(chain.size() - 1).head()));
    if (sealed.isEmpty()) {
      findings.problem(vote, "audit.seal", "no readable closing entry seals the delegation chains");
    } else if (!sealed.get().equals(AuditHashing.digest(heads))) {
      findings.problem(
          vote, "audit.seal", "the delegation chains differ from those sealed at close");
    }
  }

  /**
   * A secret vote's participation as stored against its chain: the delegations that took part
   * (whole ballot or shares) are those the chain names, each share row is its entry (delegate,
   * votes), and the votes the shares used fit the delegation's usable votes and the totals. The
   * splits themselves are stored nowhere, so nothing finer can be recomputed.
   */
  private void checkSecret(
      Vote vote, AuditSubject subject, List<AuditRecord> own, AuditFindings findings) {
    Map<Integer, AuditRecord> bySequence = new HashMap<>();
    Set<Long> named = new TreeSet<>();
    int shareEntries = 0;
    for (AuditRecord r : own) {
      bySequence.put(r.getSequence(), r);
      Optional<VoteAuditEntries.SecretBallotCast> whole = r.payload(VoteAuditEntries.SECRET_BALLOT);
      Optional<VoteAuditEntries.SecretShareCast> share = r.payload(VoteAuditEntries.SECRET_SHARE);
      whole.ifPresent(w -> named.add(w.parliament()));
      share.ifPresent(sh -> named.add(sh.parliament()));
      if (share.isPresent()) {
        shareEntries++;
      }
    }
    List<SecretParticipation> took =
        em.createNamedQuery(SecretParticipation.OF_VOTE, SecretParticipation.class)
            .setParameter("vote", vote.getId())
            .getResultList();
    Set<Long> stored = new TreeSet<>();
    for (SecretParticipation p : took) {
      stored.add(p.getParliamentId());
      AuditRecord entry = bySequence.get(p.getAuditSequence());
      long recorded =
          entry == null
              ? -1
              : p.isByShares()
                  ? entry
                      .payload(VoteAuditEntries.SECRET_SHARE)
                      .map(VoteAuditEntries.SecretShareCast::parliament)
                      .orElse(-1L)
                  : entry
                      .payload(VoteAuditEntries.SECRET_BALLOT)
                      .map(VoteAuditEntries.SecretBallotCast::parliament)
                      .orElse(-1L);
      if (recorded != p.getParliamentId() || !entry.getHash().equals(p.getAuditHash())) {
        findings.problem(
            subject,
            "secret.participation-differs-from-audit",
            "delegation " + p.getParliamentId() + ": entry " + p.getAuditSequence());
      }
    }
    if (!stored.equals(named)) {
      findings.problem(
          subject,
          "secret.participation-differs-from-audit",
          "took part " + stored + ", audit " + named);
    }
    List<SecretDelegateShare> shares =
        em.createQuery(
                "SELECT s FROM SecretDelegateShare s WHERE s.voteId = :vote",
                SecretDelegateShare.class)
            .setParameter("vote", vote.getId())
            .getResultList();
    if (shares.size() != shareEntries) {
      findings.problem(
          subject,
          "secret.shares-differ-from-audit",
          shares.size() + " shares, " + shareEntries + " audit entries");
    }
    Map<Long, Integer> usedBy = new HashMap<>();
    for (SecretDelegateShare sh : shares) {
      AuditRecord entry = bySequence.get(sh.getAuditSequence());
      Optional<VoteAuditEntries.SecretShareCast> cast =
          entry == null ? Optional.empty() : entry.payload(VoteAuditEntries.SECRET_SHARE);
      if (cast.isEmpty()
          || !cast.get()
              .equals(
                  new VoteAuditEntries.SecretShareCast(
                      sh.getParliamentId(), sh.getAccountId(), sh.getVotesUsed()))
          || !entry.getHash().equals(sh.getAuditHash())) {
        findings.problem(
            subject,
            "secret.shares-differ-from-audit",
            "share of account " + sh.getAccountId() + ": entry " + sh.getAuditSequence());
      }
      usedBy.merge(sh.getParliamentId(), sh.getVotesUsed(), Integer::sum);
    }
    Map<Long, Integer> usable = new HashMap<>();
    voting
        .electorate(vote.getId())
        .forEach(e -> usable.put(e.getParliamentId(), e.getUsableVotes()));
    usedBy.forEach(
        (parliament, used) -> {
          if (used > usable.getOrDefault(parliament, 0)) {
            findings.problem(
                subject,
                "secret.shares-exceed-usable-votes",
                "delegation " + parliament + ": " + used + " > " + usable.get(parliament));
          }
        });
    int allUsed = usedBy.values().stream().mapToInt(Integer::intValue).sum();
    if (allUsed > vote.secretTotals().total()) {
      findings.problem(
          subject,
          "secret.shares-exceed-totals",
          allUsed + " votes in shares, " + vote.secretTotals().total() + " in the totals");
    }
  }

  private void checkResult(
      Vote vote,
      AuditSubject subject,
      SortedMap<AuditSubject, List<AuditRecord>> delegations,
      AuditFindings findings) {
    Tally fromStore = voting.tally(vote);
    if (vote.getMethod() != VoteMethod.SECRET) {
      List<BallotSplit> lastBallots = new ArrayList<>();
      delegations.forEach(
          (delegation, chain) -> {
            AuditRecord last = chain.get(chain.size() - 1);
            Optional<VoteAuditEntries.BallotCast> ballot =
                last.payload(VoteAuditEntries.BALLOT)
                    .or(() -> last.payload(VoteAuditEntries.BALLOT_CHANGED));
            if (ballot.isEmpty()) {
              findings.problem(
                  delegation,
                  "audit.unreadable",
                  "entry " + last.getSequence() + " is not a readable ballot");
            } else {
              lastBallots.add(
                  new BallotSplit(ballot.get().yes(), ballot.get().no(), ballot.get().abstain()));
            }
          });
      Tally fromAudit = Tally.of(lastBallots);
      if (!fromAudit.equals(fromStore)) {
        findings.problem(
            subject,
            "result.ballots-differ-from-audit",
            "ballots " + fromStore + ", audit " + fromAudit);
      }
    }
    Decision recomputed = VoteReadModel.decide(vote, fromStore, voting.electorate(vote.getId()));
    if (recomputed.yes() != vote.getResultYes()
        || recomputed.no() != vote.getResultNo()
        || recomputed.abstain() != vote.getResultAbstain()
        || recomputed.required() != vote.getResultRequired()
        || recomputed.outcome() != vote.getResultOutcome()) {
      findings.problem(
          subject,
          "result.differs",
          "stored "
              + vote.getResultYes()
              + "/"
              + vote.getResultNo()
              + "/"
              + vote.getResultAbstain()
              + " "
              + vote.getResultOutcome()
              + ", recomputed "
              + recomputed);
    }
  }
}

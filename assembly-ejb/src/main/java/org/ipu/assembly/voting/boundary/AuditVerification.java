package org.ipu.assembly.voting.boundary;

import static org.ipu.assembly.platform.Roles.SECRETARIAT;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ipu.assembly.voting.control.AuditChain;
import org.ipu.assembly.voting.control.AuditReport;
import org.ipu.assembly.voting.control.AuditReport.Problem;
import org.ipu.assembly.voting.control.VoteReadModel;
import org.ipu.assembly.voting.entity.AuditEntry;
import org.ipu.assembly.voting.entity.ElectorateEntry;
import org.ipu.assembly.voting.entity.Vote;
import org.ipu.assembly.voting.entity.VoteMethod;
import org.ipu.assembly.voting.entity.VoteState;
import org.ipu.assembly.voting.rules.BallotSplit;
import org.ipu.assembly.voting.rules.Decision;
import org.ipu.assembly.voting.rules.Tally;

/**
 * Checks the audit trail: every chain of every vote (the vote's own, one per delegation that cast a
 * named ballot) links and hashes, ends at the head its vote or electorate row records, and for a
 * closed vote matches the delegation chains' digest sealed by the closing entry; and for every
 * closed vote the stored result against a recomputation from the ballots table and from the audit
 * entries themselves (named votes), or from the secret totals (secret votes).
 */
@Stateless
public class AuditVerification {

  private static final String SEAL = "delegationChains=";

  @PersistenceContext private EntityManager em;
  @Inject private PlenaryVoting voting;

  @RolesAllowed(SECRETARIAT)
  public AuditReport verify() {
    List<Problem> problems = new ArrayList<>();
    int entries = 0;
    int recomputed = 0;
    List<Vote> votes = voting.votes();
    for (Vote vote : votes) {
      List<AuditEntry> all =
          em.createNamedQuery(AuditEntry.OF_VOTE, AuditEntry.class)
              .setParameter("vote", vote.getId())
              .getResultList();
      entries += all.size();
      Map<Long, List<AuditEntry>> chains =
          all.stream()
              .collect(
                  Collectors.groupingBy(AuditEntry::getChain, TreeMap::new, Collectors.toList()));
      List<AuditEntry> own = chains.getOrDefault(0L, List.of());
      checkChain(vote.getId(), "vote", own, vote.getAuditSequence(), vote.getAuditHead(), problems);
      Map<Long, ElectorateEntry> electorate =
          voting.electorate(vote.getId()).stream()
              .collect(Collectors.toMap(ElectorateEntry::getParliamentId, Function.identity()));
      SortedMap<Long, AuditChain.Head> heads = new TreeMap<>();
      electorate
          .values()
          .forEach(
              e -> {
                List<AuditEntry> chain = chains.getOrDefault(e.getParliamentId(), List.of());
                checkChain(
                    vote.getId(),
                    "delegation " + e.getParliamentId(),
                    chain,
                    e.getAuditSequence(),
                    e.getAuditHead(),
                    problems);
                if (!chain.isEmpty()) {
                  AuditEntry last = chain.get(chain.size() - 1);
                  heads.put(
                      e.getParliamentId(), new AuditChain.Head(last.getSequence(), last.getHash()));
                }
              });
      chains.keySet().stream()
          .filter(c -> c != 0 && !electorate.containsKey(c))
          .forEach(
              c ->
                  problems.add(
                      new Problem(
                          vote.getId(),
                          "audit.head",
                          "a chain for delegation " + c + ", which is not in the electorate")));
      if (vote.getState() == VoteState.CLOSED) {
        recomputed++;
        checkSeal(vote, own, heads, problems);
        checkResult(vote, all, problems);
      }
    }
    return new AuditReport(votes.size(), entries, recomputed, problems);
  }

  private static void checkChain(
      long voteId,
      String name,
      List<AuditEntry> chain,
      int headSequence,
      String head,
      List<Problem> problems) {
    String previous = AuditChain.GENESIS;
    int expected = 1;
    for (AuditEntry entry : chain) {
      if (entry.getSequence() != expected) {
        problems.add(
            new Problem(
                voteId,
                "audit.gap",
                name + ": expected entry " + expected + ", found " + entry.getSequence()));
      }
      if (!entry.getPrevHash().equals(previous)) {
        problems.add(
            new Problem(voteId, "audit.broken-link", name + ": entry " + entry.getSequence()));
      }
      if (!entry.isIntact()) {
        problems.add(new Problem(voteId, "audit.altered", name + ": entry " + entry.getSequence()));
      }
      previous = entry.getHash();
      expected = entry.getSequence() + 1;
    }
    if (!previous.equals(head) || chain.size() != headSequence) {
      problems.add(
          new Problem(
              voteId, "audit.head", name + ": the recorded head is not the chain's last entry"));
    }
  }

  /**
   * The closing entry sealed the delegation chains as they end now: nothing was added or removed
   * since.
   */
  private static void checkSeal(
      Vote vote,
      List<AuditEntry> own,
      SortedMap<Long, AuditChain.Head> heads,
      List<Problem> problems) {
    String sealed =
        own.stream()
            .filter(e -> e.getKind().equals("CLOSED"))
            .map(AuditEntry::getEntry)
            .map(entry -> entry.substring(entry.indexOf(SEAL) + SEAL.length()).split("\\|")[0])
            .findFirst()
            .orElse("");
    if (!sealed.equals(AuditChain.digest(heads))) {
      problems.add(
          new Problem(
              vote.getId(),
              "audit.seal",
              "the delegation chains differ from those sealed at close"));
    }
  }

  private void checkResult(Vote vote, List<AuditEntry> chain, List<Problem> problems) {
    Tally fromStore = voting.tally(vote);
    if (vote.getMethod() != VoteMethod.SECRET) {
      Tally fromAudit = Tally.of(lastBallotPerDelegation(chain).values());
      if (!fromAudit.equals(fromStore)) {
        problems.add(
            new Problem(
                vote.getId(),
                "result.ballots-differ-from-audit",
                "ballots " + fromStore + ", audit " + fromAudit));
      }
    }
    Decision recomputed = VoteReadModel.decide(vote, fromStore, voting.electorate(vote.getId()));
    if (recomputed.yes() != vote.getResultYes()
        || recomputed.no() != vote.getResultNo()
        || recomputed.abstain() != vote.getResultAbstain()
        || recomputed.required() != vote.getResultRequired()
        || recomputed.outcome() != vote.getResultOutcome()) {
      problems.add(
          new Problem(
              vote.getId(),
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
                  + recomputed));
    }
  }

  /** The last ballot each delegation cast, as the audit entries recorded it. */
  private static Map<Long, BallotSplit> lastBallotPerDelegation(List<AuditEntry> chain) {
    Map<Long, BallotSplit> last = new HashMap<>();
    for (AuditEntry entry : chain) {
      if (entry.getKind().equals("BALLOT") || entry.getKind().equals("BALLOT_CHANGED")) {
        Map<String, String> fields = new HashMap<>();
        for (String part : entry.getEntry().split("\\|")) {
          int eq = part.indexOf('=');
          fields.put(part.substring(0, eq), part.substring(eq + 1));
        }
        last.put(
            Long.parseLong(fields.get("parliament")),
            new BallotSplit(
                Integer.parseInt(fields.get("yes")),
                Integer.parseInt(fields.get("no")),
                Integer.parseInt(fields.get("abstain"))));
      }
    }
    return last;
  }
}

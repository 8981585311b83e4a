package org.ipu.assembly.voting.boundary;

import static org.ipu.assembly.accounts.entity.Roles.SECRETARIAT;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ipu.assembly.voting.control.AuditChain;
import org.ipu.assembly.voting.control.AuditReport;
import org.ipu.assembly.voting.control.AuditReport.Problem;
import org.ipu.assembly.voting.entity.AuditEntry;
import org.ipu.assembly.voting.entity.Vote;
import org.ipu.assembly.voting.entity.VoteMethod;
import org.ipu.assembly.voting.entity.VoteState;
import org.ipu.assembly.voting.rules.BallotSplit;
import org.ipu.assembly.voting.rules.Decision;
import org.ipu.assembly.voting.rules.Tally;

/**
 * Checks the audit trail: every vote's chain links and hashes, its head, and for every closed
 * vote the stored result against a recomputation from the ballots table and from the audit
 * entries themselves (named votes), or from the secret totals (secret votes).
 */
@Stateless
public class AuditVerification {

  @PersistenceContext private EntityManager em;
  @Inject private PlenaryVoting voting;

  @RolesAllowed(SECRETARIAT)
  public AuditReport verify() {
    List<Problem> problems = new ArrayList<>();
    int entries = 0;
    int recomputed = 0;
    List<Vote> votes = voting.votes();
    for (Vote vote : votes) {
      List<AuditEntry> chain = em.createNamedQuery(AuditEntry.OF_VOTE, AuditEntry.class)
          .setParameter("vote", vote.getId()).getResultList();
      entries += chain.size();
      checkChain(vote, chain, problems);
      if (vote.getState() == VoteState.CLOSED) {
        recomputed++;
        checkResult(vote, chain, problems);
      }
    }
    return new AuditReport(votes.size(), entries, recomputed, problems);
  }

  private static void checkChain(Vote vote, List<AuditEntry> chain, List<Problem> problems) {
    String previous = AuditChain.GENESIS;
    int expected = 1;
    for (AuditEntry entry : chain) {
      if (entry.getSequence() != expected) {
        problems.add(new Problem(vote.getId(), "audit.gap", "expected entry " + expected + ", found " + entry.getSequence()));
      }
      if (!entry.getPrevHash().equals(previous)) {
        problems.add(new Problem(vote.getId(), "audit.broken-link", "entry " + entry.getSequence()));
      }
      if (!entry.isIntact()) {
        problems.add(new Problem(vote.getId(), "audit.altered", "entry " + entry.getSequence()));
      }
      previous = entry.getHash();
      expected = entry.getSequence() + 1;
    }
    if (!previous.equals(vote.getAuditHead()) || chain.size() != vote.getAuditSequence()) {
      problems.add(new Problem(vote.getId(), "audit.head", "the vote's head is not its last entry"));
    }
  }

  private void checkResult(Vote vote, List<AuditEntry> chain, List<Problem> problems) {
    Tally fromStore = voting.tally(vote);
    if (vote.getMethod() != VoteMethod.SECRET) {
      Tally fromAudit = Tally.of(lastBallotPerDelegation(chain).values());
      if (!fromAudit.equals(fromStore)) {
        problems.add(new Problem(vote.getId(), "result.ballots-differ-from-audit",
            "ballots " + fromStore + ", audit " + fromAudit));
      }
    }
    Decision recomputed = PlenaryVoting.decide(vote, fromStore, voting.electorate(vote.getId()));
    if (recomputed.yes() != vote.getResultYes() || recomputed.no() != vote.getResultNo()
        || recomputed.abstain() != vote.getResultAbstain() || recomputed.required() != vote.getResultRequired()
        || recomputed.outcome() != vote.getResultOutcome()) {
      problems.add(new Problem(vote.getId(), "result.differs", "stored " + vote.getResultYes() + "/"
          + vote.getResultNo() + "/" + vote.getResultAbstain() + " " + vote.getResultOutcome()
          + ", recomputed " + recomputed));
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
        last.put(Long.parseLong(fields.get("parliament")), new BallotSplit(Integer.parseInt(fields.get("yes")),
            Integer.parseInt(fields.get("no")), Integer.parseInt(fields.get("abstain"))));
      }
    }
    return last;
  }
}

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
import java.util.TreeMap;
import org.ipu.assembly.platform.audit.AuditChains;
import org.ipu.assembly.platform.audit.AuditCheck;
import org.ipu.assembly.platform.audit.AuditFindings;
import org.ipu.assembly.platform.audit.AuditHead;
import org.ipu.assembly.platform.audit.AuditSubject;
import org.ipu.assembly.voting.control.EmergencyAuditEntries;
import org.ipu.assembly.voting.control.EmergencySnapshots;
import org.ipu.assembly.voting.control.VoteAuditEntries;
import org.ipu.assembly.voting.control.VoteReadModel;
import org.ipu.assembly.voting.entity.EmergencySelection;
import org.ipu.assembly.voting.entity.SelectionRequest;
import org.ipu.assembly.voting.entity.Vote;
import org.ipu.assembly.voting.entity.VoteState;
import org.ipu.assembly.voting.rules.Decision;
import org.ipu.assembly.voting.rules.EmergencyItemSelection;

/**
 * What emergency item selections add to the verification of the audit trail: the heads their rows
 * keep (so every selection's chain must end there), and for every closed selection the seal of its
 * request votes' chains and its selection recomputed: each request's decision from its vote's
 * ballots, the request added (or the tie, or none eligible) drawn again by {@link
 * EmergencyItemSelection}, compared with what the selection stores and with its closing entry. Each
 * request's vote is checked as any vote ({@link VoteAuditCheck}). Reports, never throws.
 */
@ApplicationScoped
public class EmergencyAuditCheck implements AuditCheck {

  @PersistenceContext private EntityManager em;
  @Inject private PlenaryVoting voting;
  @Inject private EmergencySnapshots selections;

  @Override
  public Map<AuditSubject, AuditHead> recordedHeads() {
    Map<AuditSubject, AuditHead> heads = new HashMap<>();
    for (Object[] s :
        em.createQuery(
                "SELECT s.id, s.auditSequence, s.auditHead FROM EmergencySelection s",
                Object[].class)
            .getResultList()) {
      heads.put(
          EmergencyAuditEntries.selection((Long) s[0]),
          AuditHead.of((Integer) s[1], (String) s[2]));
    }
    return heads;
  }

  @Override
  public void check(AuditChains trail, AuditFindings findings) {
    List<EmergencySelection> closed =
        em.createQuery(
                "SELECT s FROM EmergencySelection s WHERE s.state = :closed ORDER BY s.id",
                EmergencySelection.class)
            .setParameter("closed", VoteState.CLOSED)
            .getResultList();
    for (EmergencySelection selection : closed) {
      AuditSubject subject = EmergencyAuditEntries.selection(selection.getId());
      try {
        check(selection, subject, trail, findings);
        findings.recomputed("emergencySelections");
      } catch (RuntimeException unexpected) {
        findings.problem(subject, "audit.check-failed", "could not check: " + unexpected);
      }
    }
  }

  private void check(
      EmergencySelection selection,
      AuditSubject subject,
      AuditChains trail,
      AuditFindings findings) {
    List<SelectionRequest> standing = selections.standing(selection.getId());
    Map<AuditSubject, AuditHead> heads = new TreeMap<>();
    List<EmergencyItemSelection.RequestResult> results = new ArrayList<>();
    List<EmergencyAuditEntries.RequestCounted> counted = new ArrayList<>();
    for (SelectionRequest request : standing) {
      Vote vote = voting.vote(request.getVoteId());
      AuditSubject voteChain = VoteAuditEntries.vote(vote.getId());
      trail.head(voteChain).ifPresent(head -> heads.put(voteChain, head));
      Decision decision =
          VoteReadModel.decide(vote, voting.tally(vote), voting.electorate(vote.getId()));
      results.add(new EmergencyItemSelection.RequestResult(request.getLabel(), decision));
      counted.add(
          EmergencyAuditEntries.RequestCounted.of(request.getLabel(), vote.getId(), decision));
    }
    EmergencyItemSelection recomputed = EmergencyItemSelection.of(results);
    if (recomputed.outcome() != selection.getOutcome()
        || !recomputed.leadingRequests().equals(selection.getLeadingRequests())) {
      findings.problem(
          subject,
          "result.differs",
          "stored "
              + selection.getOutcome()
              + " "
              + selection.getLeadingRequests()
              + ", recomputed "
              + recomputed.outcome()
              + " "
              + recomputed.leadingRequests());
    }
    Optional<EmergencyAuditEntries.SelectionClosed> entry =
        trail.chain(subject).stream()
            .filter(r -> r.is(EmergencyAuditEntries.CLOSED))
            .findFirst()
            .flatMap(r -> r.payload(EmergencyAuditEntries.CLOSED));
    if (entry.isEmpty()) {
      findings.problem(subject, "audit.seal", "no readable closing entry seals the request votes");
      return;
    }
    if (!entry.get().voteChains().equals(EmergencyAuditEntries.seal(heads))) {
      findings.problem(
          subject, "audit.seal", "the request votes' chains differ from those sealed at close");
    }
    if (!entry.get().requests().equals(counted)
        || entry.get().outcome() != recomputed.outcome()
        || !entry.get().leading().equals(recomputed.leadingRequests())) {
      findings.problem(
          subject,
          "result.differs-from-audit",
          "closing entry " + entry.get() + ", recomputed " + counted + " " + recomputed.outcome());
    }
  }
}

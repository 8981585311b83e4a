package org.ipu.assembly.amendments.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ipu.assembly.amendments.control.DecisionRecording;
import org.ipu.assembly.amendments.entity.AmendmentDecision;
import org.ipu.assembly.amendments.rules.Decision;
import org.ipu.assembly.platform.AssemblyException;
import org.ipu.assembly.voting.control.VoteClosed;

/**
 * The committee's vote on an amendment closed: once the vote's transaction has committed, the
 * amendment is recorded adopted (the vote's outcome adopted) or rejected, by the vote, in a
 * transaction of its own (whoever closed the vote: the Secretariat, or its countdown).
 */
@Stateless
@PermitAll
public class AmendmentVotes {

  private static final Logger LOG = Logger.getLogger(AmendmentVotes.class.getName());

  @Inject private DecisionRecording recording;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void closed(@Observes(during = TransactionPhase.AFTER_SUCCESS) VoteClosed closed) {
    if (!DecisionRecording.VOTED_AS.equals(closed.decidesType())) {
      return;
    }
    try {
      recording.record(
          closed.decidesId(),
          closed.adopted() ? Decision.ADOPTED : Decision.REJECTED,
          null,
          null,
          null,
          AmendmentDecision.Source.COMMITTEE_VOTE,
          "vote " + closed.voteId());
    } catch (AssemblyException refused) {
      // Decided meanwhile, withdrawn, or reopened for review: the vote is the record of its own
      // result; the amendment keeps what it has.
      LOG.log(
          Level.WARNING,
          "vote {0} closed on amendment {1}, which could not record it: {2}",
          new Object[] {closed.voteId(), closed.decidesId(), refused.getCode()});
    }
  }
}

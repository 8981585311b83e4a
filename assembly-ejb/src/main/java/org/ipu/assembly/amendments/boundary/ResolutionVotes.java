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
import org.ipu.assembly.amendments.control.Adoptions;
import org.ipu.assembly.platform.AssemblyException;
import org.ipu.assembly.voting.control.VoteClosed;

/**
 * The plenary's vote on a committee's text closed: once the vote's transaction has committed, the
 * resolution is recorded adopted or rejected with the vote's totals, in a transaction of its own
 * (whoever closed the vote: the Secretariat, or its countdown).
 */
@Stateless
@PermitAll
public class ResolutionVotes {

  private static final Logger LOG = Logger.getLogger(ResolutionVotes.class.getName());

  @Inject private Adoptions adoptions;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void closed(@Observes(during = TransactionPhase.AFTER_SUCCESS) VoteClosed closed) {
    if (!Adoptions.VOTED_AS.equals(closed.decidesType())) {
      return;
    }
    try {
      adoptions.voted(
          closed.decidesId(),
          closed.adopted(),
          closed.voteId(),
          closed.yes(),
          closed.no(),
          closed.abstain(),
          "vote " + closed.voteId());
    } catch (AssemblyException refused) {
      // Decided already (by consensus, recorded before this vote was set up): the vote is the
      // record of its own result; the resolution keeps its decision.
      LOG.log(
          Level.WARNING,
          "vote {0} closed on resolution {1}, which was not awaiting the plenary: {2}",
          new Object[] {closed.voteId(), closed.decidesId(), refused.getCode()});
    }
  }
}

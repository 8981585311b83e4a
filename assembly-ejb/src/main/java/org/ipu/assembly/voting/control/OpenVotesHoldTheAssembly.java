package org.ipu.assembly.voting.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.ipu.assembly.platform.AssemblyException;
import org.ipu.assembly.roster.boundary.CurrentAssemblyChanging;
import org.ipu.assembly.voting.entity.VoteState;

/** Another Assembly cannot become current while a vote of the current one is still open. */
@Dependent
public class OpenVotesHoldTheAssembly {

  @PersistenceContext private EntityManager em;

  void refuseWhileAVoteIsOpen(@Observes CurrentAssemblyChanging change) {
    long open =
        em.createQuery(
                "SELECT COUNT(v) FROM Vote v WHERE v.sessionId = :session AND v.state = :open",
                Long.class)
            .setParameter("session", change.currentId())
            .setParameter("open", VoteState.OPEN)
            .getSingleResult();
    if (open > 0) {
      throw AssemblyException.conflict("assembly.vote-open", open);
    }
  }
}

package org.ipu.assembly.web.voting;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.ipu.assembly.voting.boundary.PlenaryVoting;
import org.ipu.assembly.voting.entity.Vote;
import org.ipu.assembly.voting.entity.VoteState;

/** {@code hall/results.xhtml}: every closed vote of the current Assembly, newest first. */
@Named
@RequestScoped
public class ResultsBacking {

  @Inject private PlenaryVoting voting;

  private List<Vote> closed;

  public List<Vote> getClosed() {
    if (closed == null) {
      closed = voting.votes().stream().filter(v -> v.getState() == VoteState.CLOSED).toList();
    }
    return closed;
  }
}

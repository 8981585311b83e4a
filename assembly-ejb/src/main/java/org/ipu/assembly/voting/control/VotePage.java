package org.ipu.assembly.voting.control;

import java.util.List;
import org.ipu.assembly.voting.entity.Vote;
import org.ipu.assembly.voting.rules.ResultsPage;

/**
 * A page of closed votes, the latest closed first, with how many closed votes there are in all.
 *
 * @param page the page asked for
 * @param total the closed votes of the Assembly
 * @param votes this page's votes (at most the page's size)
 */
public record VotePage(ResultsPage page, long total, List<Vote> votes) {

  public VotePage {
    votes = List.copyOf(votes);
  }
}

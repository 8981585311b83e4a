package org.ipu.assembly.voting.boundary;

import static org.ipu.assembly.platform.Roles.SECRETARIAT;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import org.ipu.assembly.platform.AssemblyException;
import org.ipu.assembly.platform.CountryNames;
import org.ipu.assembly.roster.boundary.Roster;
import org.ipu.assembly.voting.entity.ElectorateEntry;
import org.ipu.assembly.voting.entity.Vote;
import org.ipu.assembly.voting.rules.RollCallOrder;

/**
 * The roll call of an open vote, as the Secretariat's console calls it: the delegations with usable
 * votes in the order of {@link RollCallOrder}, read in one call.
 */
@Stateless
@DeclareRoles(SECRETARIAT)
public class RollCall {

  @PersistenceContext private EntityManager em;
  @Inject private Roster roster;

  /**
   * The delegations of the vote's frozen electorate in calling order; empty when the vote has no
   * letter drawn (it is not a roll call, or it has not opened).
   */
  @RolesAllowed(SECRETARIAT)
  public List<RollCallOrder.Delegation> order(long voteId) {
    Vote vote = em.find(Vote.class, voteId);
    if (vote == null) {
      throw AssemblyException.notFound("vote.not-found", voteId);
    }
    if (vote.getRollCallLetter() == null) {
      return List.of();
    }
    Map<Long, String> codes = roster.countryCodes(vote.getSessionId());
    List<RollCallOrder.Delegation> delegations =
        em.createNamedQuery(ElectorateEntry.OF_VOTE, ElectorateEntry.class)
            .setParameter("vote", voteId)
            .getResultStream()
            .filter(e -> codes.containsKey(e.getParliamentId()))
            .map(
                e ->
                    new RollCallOrder.Delegation(
                        e.getParliamentId(),
                        CountryNames.english(codes.get(e.getParliamentId())),
                        e.getUsableVotes()))
            .toList();
    return RollCallOrder.of(vote.getRollCallLetter().charAt(0), delegations);
  }
}

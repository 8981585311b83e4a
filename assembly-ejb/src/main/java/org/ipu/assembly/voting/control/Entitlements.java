package org.ipu.assembly.voting.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ipu.assembly.platform.settings.boundary.AssemblySettings;
import org.ipu.assembly.roster.boundary.Roster;
import org.ipu.assembly.roster.entity.AssemblySession;
import org.ipu.assembly.roster.entity.Membership;
import org.ipu.assembly.roster.entity.MembershipStatus;
import org.ipu.assembly.voting.entity.PlenaryPresence;
import org.ipu.assembly.voting.rules.DelegationFacts;
import org.ipu.assembly.voting.rules.Standing;
import org.ipu.assembly.voting.rules.VoteAllocation;

/**
 * Each parliament's votes at an Assembly now: its standing from the roster, the delegates confirmed
 * present, and the vote allocation rules under the Assembly's settings.
 */
@Dependent
public class Entitlements {

  @PersistenceContext private EntityManager em;
  @Inject private Roster roster;
  @Inject private AssemblySettings settings;

  /** Every parliament of the Assembly with its entitlement and usable votes now. */
  public List<DelegationEntitlement> of(AssemblySession session) {
    VoteAllocation allocation =
        new VoteAllocation(AllocationSettings.from(settings.values(session.getId())));
    Map<Long, Integer> present = presentCounts(session.getId());
    return roster.memberships(session).stream()
        .map(
            m ->
                new DelegationEntitlement(
                    m,
                    allocation.entitlementOf(
                        facts(m, present.getOrDefault(m.getParliament().getId(), 0)))))
        .toList();
  }

  /**
   * A parliament's votes now, and what they would be with the standing given (the Secretariat sees
   * this before saving a change to the membership).
   */
  public EntitlementPreview preview(
      Membership membership, MembershipStatus status, boolean suspended, long population) {
    AssemblySession session = membership.getSession();
    VoteAllocation allocation =
        new VoteAllocation(AllocationSettings.from(settings.values(session.getId())));
    int present =
        presentCounts(session.getId()).getOrDefault(membership.getParliament().getId(), 0);
    return new EntitlementPreview(
        allocation.entitlementOf(facts(membership, present)),
        allocation.entitlementOf(
            new DelegationFacts(
                Standing.valueOf(status.name()),
                suspended,
                membership.isGenderSanction(),
                population,
                present)));
  }

  /** The facts that decide a parliament's votes, with the delegates now present. */
  static DelegationFacts facts(Membership membership, int delegatesPresent) {
    return new DelegationFacts(
        Standing.valueOf(membership.getStatus().name()),
        membership.isSuspended(),
        membership.isGenderSanction(),
        membership.getPopulation(),
        delegatesPresent);
  }

  /** Delegates confirmed present, per parliament. */
  private Map<Long, Integer> presentCounts(long sessionId) {
    Map<Long, Integer> counts = new HashMap<>();
    em.createNamedQuery(PlenaryPresence.PRESENT_COUNTS, Object[].class)
        .setParameter("session", sessionId)
        .getResultList()
        .forEach(row -> counts.put(((Number) row[0]).longValue(), ((Number) row[1]).intValue()));
    return counts;
  }
}

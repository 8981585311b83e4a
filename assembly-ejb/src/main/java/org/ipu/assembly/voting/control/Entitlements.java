package org.ipu.assembly.voting.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ipu.assembly.platform.settings.boundary.AssemblySettings;
import org.ipu.assembly.platform.settings.rules.Setting;
import org.ipu.assembly.platform.settings.rules.SettingValues;
import org.ipu.assembly.registration.control.GenderHistory;
import org.ipu.assembly.roster.boundary.Roster;
import org.ipu.assembly.roster.entity.AssemblySession;
import org.ipu.assembly.roster.entity.Membership;
import org.ipu.assembly.roster.entity.MembershipStatus;
import org.ipu.assembly.voting.entity.PlenaryPresence;
import org.ipu.assembly.voting.rules.DelegationFacts;
import org.ipu.assembly.voting.rules.Standing;
import org.ipu.assembly.voting.rules.VoteAllocation;

/**
 * Each parliament's votes at an Assembly now: its standing from the roster, the gender sanction its
 * earlier delegations bring, the delegates confirmed present, and the vote allocation rules under
 * the Assembly's settings.
 */
@Dependent
public class Entitlements {

  @PersistenceContext private EntityManager em;
  @Inject private Roster roster;
  @Inject private AssemblySettings settings;
  @Inject private GenderHistory genderHistory;

  /** Every parliament of the Assembly with its entitlement and usable votes now. */
  public List<DelegationEntitlement> of(AssemblySession session) {
    SettingValues values = settings.values(session.getId());
    VoteAllocation allocation = new VoteAllocation(AllocationSettings.from(values));
    Map<Long, Integer> present = presentCounts(session.getId());
    Set<Long> sanctioned =
        genderHistory.sanctioned(session, values.get(Setting.DELEGATION_SANCTION_AFTER));
    return roster.memberships(session).stream()
        .map(
            m ->
                new DelegationEntitlement(
                    m,
                    allocation.entitlementOf(
                        facts(
                            m,
                            sanctioned.contains(m.getParliament().getId()),
                            present.getOrDefault(m.getParliament().getId(), 0)))))
        .toList();
  }

  /**
   * A parliament's votes now, and what they would be with the standing given (the Secretariat sees
   * this before saving a change to the membership).
   */
  public EntitlementPreview preview(
      Membership membership, MembershipStatus status, boolean suspended, long population) {
    AssemblySession session = membership.getSession();
    SettingValues values = settings.values(session.getId());
    VoteAllocation allocation = new VoteAllocation(AllocationSettings.from(values));
    long parliament = membership.getParliament().getId();
    int present = presentCounts(session.getId()).getOrDefault(parliament, 0);
    boolean sanctioned =
        genderHistory
            .of(session, parliament, values.get(Setting.DELEGATION_SANCTION_AFTER))
            .sanctioned();
    return new EntitlementPreview(
        allocation.entitlementOf(facts(membership, sanctioned, present)),
        allocation.entitlementOf(
            new DelegationFacts(
                Standing.valueOf(status.name()),
                suspended,
                sanctioned || membership.isGenderSanction(),
                population,
                present)));
  }

  /**
   * The facts that decide a parliament's votes, with the delegates now present; {@code sanctioned}:
   * the gender sanction its history brings (the roster may also record one imposed before the
   * system kept the history).
   */
  static DelegationFacts facts(Membership membership, boolean sanctioned, int delegatesPresent) {
    return new DelegationFacts(
        Standing.valueOf(membership.getStatus().name()),
        membership.isSuspended(),
        sanctioned || membership.isGenderSanction(),
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

package org.ipu.assembly.accreditation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.ipu.assembly.platform.settings.boundary.SettingsChanged;
import org.ipu.assembly.registration.control.ApprovalChanged;
import org.ipu.assembly.roster.boundary.MembershipChanged;

/**
 * What changes the statistics besides a check-in: a delegation approved, or no longer approved (who
 * is registered), a Member's geopolitical groups (the delegations by group), the Assembly's
 * settings (the age under which a member of parliament is young). Each is fired in the transaction
 * that made it; the statistics screens get new figures after it commits, as for a check-in.
 */
@ApplicationScoped
public class StatisticsChanges {

  @Inject private Event<StatisticsChanged> statistics;

  void approvalChanged(@Observes ApprovalChanged approval) {
    statistics.fire(new StatisticsChanged(approval.sessionId()));
  }

  void membershipChanged(@Observes MembershipChanged membership) {
    if (!membership.before().groups().equals(membership.after().groups())) {
      statistics.fire(new StatisticsChanged(membership.assemblyId()));
    }
  }

  void settingsChanged(@Observes SettingsChanged settings) {
    statistics.fire(new StatisticsChanged(settings.assemblyId()));
  }
}

package org.ipu.assembly.roster.boundary;

import java.util.List;
import org.ipu.assembly.platform.audit.AuditKind;
import org.ipu.assembly.platform.audit.AuditSubject;
import org.ipu.assembly.roster.entity.Membership;

/**
 * The audit entry of a change to a parliament's standing at an Assembly (chain {@code
 * membership:<id>}): before and after. The trail records who and when.
 */
public record MembershipChanged(
    long parliamentId, long assemblyId, Standing before, Standing after) {

  public static final AuditKind<MembershipChanged> KIND =
      AuditKind.of("membership.changed", MembershipChanged.class);

  /** What the Secretariat sets of a standing. */
  public record Standing(
      String status,
      boolean suspended,
      String suspensionReason,
      long population,
      List<String> groups) {

    static Standing of(Membership membership) {
      return new Standing(
          membership.getStatus().name(),
          membership.isSuspended(),
          membership.getSuspensionReason(),
          membership.getPopulation(),
          membership.getGroups().stream().map(Enum::name).sorted().toList());
    }
  }

  public static AuditSubject subject(long membershipId) {
    return AuditSubject.of("membership", membershipId);
  }
}

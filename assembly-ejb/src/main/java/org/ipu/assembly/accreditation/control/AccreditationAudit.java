package org.ipu.assembly.accreditation.control;

import org.ipu.assembly.platform.audit.AuditKind;

/** The audit entries of badge printing, on the delegation's chain {@code delegation:<id>}. */
public final class AccreditationAudit {

  /** Badges were printed for participants of the delegation; as many earlier badges revoked. */
  public record BadgesPrinted(int printed, int revoked) {}

  public static final AuditKind<BadgesPrinted> BADGES_PRINTED =
      AuditKind.of("accreditation.badges-printed", BadgesPrinted.class);

  private AccreditationAudit() {}
}

package org.ipu.assembly.accreditation.control;

import org.ipu.assembly.platform.audit.AuditKind;
import org.ipu.assembly.platform.audit.AuditSubject;

/**
 * The audit entry of a visa-support letter signed off by the Secretariat, in the chain of the
 * participant's delegation ({@code delegation:<id>}, as its registration's entries): who and when
 * are the trail's, the payload names the participant.
 */
public final class VisaLetterAudit {

  /** The Secretariat signed off the participant's visa-support letter. */
  public record Signed(long participantId) {}

  public static final AuditKind<Signed> SIGNED = AuditKind.of("visa-letter.signed", Signed.class);

  private VisaLetterAudit() {}

  public static AuditSubject subject(long delegationId) {
    return AuditSubject.of("delegation", delegationId);
  }
}

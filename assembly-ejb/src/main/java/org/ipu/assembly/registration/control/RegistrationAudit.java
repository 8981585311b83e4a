package org.ipu.assembly.registration.control;

import java.util.List;
import org.ipu.assembly.platform.audit.AuditHashing;
import org.ipu.assembly.platform.audit.AuditKind;
import org.ipu.assembly.platform.audit.AuditSubject;

/**
 * The audit entries of a delegation's registration (chain {@code delegation:<id>}) and of an
 * Assembly's retention purge: who did what and when is the trail's; the payload says what.
 */
public final class RegistrationAudit {

  /** A focal point (or the Secretariat) started the delegation's registration. */
  public record Started(long parliamentId, long assemblyId, boolean fromEarlierAssembly) {}

  /** A participant was added, changed or removed; {@code state} is the registration's after. */
  public record ParticipantChanged(long participantId, String change, String state) {}

  /** Submitted for approval: the composition as checked, and the rules' findings. */
  public record Submitted(int delegates, int participants, List<String> warnings) {}

  /** Approved (accredited): what was approved. */
  public record Approved(int delegates, int participants) {}

  /**
   * Returned to the focal points with the Secretariat's comment, which stays on the delegation: the
   * trail keeps only its SHA-256 (proof of what was written, and nothing of the people it may name
   * once the retention purge has deleted it).
   */
  public record Returned(String commentSha256) {

    public static Returned of(String comment) {
      return new Returned(AuditHashing.sha256(comment));
    }
  }

  /**
   * The personal data of an Assembly's participants was deleted, its retention period over (chain
   * {@code assembly-registration:<assembly id>}): how many delegations and participants.
   */
  public record Purged(int assemblyNumber, int delegations, int participants) {}

  public static final AuditKind<Started> STARTED =
      AuditKind.of("registration.started", Started.class);
  public static final AuditKind<ParticipantChanged> PARTICIPANT =
      AuditKind.of("registration.participant", ParticipantChanged.class);
  public static final AuditKind<Submitted> SUBMITTED =
      AuditKind.of("registration.submitted", Submitted.class);
  public static final AuditKind<Approved> APPROVED =
      AuditKind.of("registration.approved", Approved.class);
  public static final AuditKind<Returned> RETURNED =
      AuditKind.of("registration.returned", Returned.class);

  public static final AuditKind<Purged> PURGED = AuditKind.of("registration.purged", Purged.class);

  /** The Secretariat entered a delegation's composition at an Assembly held before the system. */
  public record Entered(int assemblyNumber, int women, int men) {}

  public static final AuditKind<Entered> ENTERED =
      AuditKind.of("registration.composition-entered", Entered.class);

  private RegistrationAudit() {}

  public static AuditSubject subject(long delegationId) {
    return AuditSubject.of("delegation", delegationId);
  }

  /** The chain of an Assembly's registration as a whole: its retention purge. */
  public static AuditSubject assembly(long assemblyId) {
    return AuditSubject.of("assembly-registration", assemblyId);
  }
}

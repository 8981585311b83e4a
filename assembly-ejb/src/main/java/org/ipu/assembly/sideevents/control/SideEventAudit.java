package org.ipu.assembly.sideevents.control;

import org.ipu.assembly.platform.audit.AuditKind;
import org.ipu.assembly.platform.audit.AuditSubject;

/** The audit entries of side events, on the event's chain {@code side-event:<id>}. */
public final class SideEventAudit {

  /** Where and when: the room's id and name, the day and the times. */
  public record Placed(long roomId, String room, String day, String starts, String ends) {}

  /** A decision with its words (a reason, a note), where it has any. */
  public record Decided(String words, Placed at) {}

  public static final AuditKind<Placed> REQUESTED =
      AuditKind.of("side-event.requested", Placed.class);
  public static final AuditKind<Placed> CHANGED = AuditKind.of("side-event.changed", Placed.class);
  public static final AuditKind<Placed> APPROVED =
      AuditKind.of("side-event.approved", Placed.class);
  public static final AuditKind<Decided> PROPOSED =
      AuditKind.of("side-event.proposed", Decided.class);
  public static final AuditKind<Decided> REJECTED =
      AuditKind.of("side-event.rejected", Decided.class);
  public static final AuditKind<Placed> MOVED = AuditKind.of("side-event.moved", Placed.class);
  public static final AuditKind<Placed> WITHDRAWN =
      AuditKind.of("side-event.withdrawn", Placed.class);

  private SideEventAudit() {}

  public static AuditSubject subject(long eventId) {
    return AuditSubject.of("side-event", eventId);
  }

  public static Placed placed(SideEventView.Slot slot) {
    return new Placed(slot.roomId(), slot.room(), slot.day(), slot.starts(), slot.ends());
  }
}

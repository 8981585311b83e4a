package org.ipu.assembly.accreditation.control;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.ipu.assembly.accreditation.rules.CheckInKind;

/**
 * What a desk keeps to go on working without the network: every badge holder, every badge code
 * (valid or revoked) and the check-ins of today and arrival, as of {@code syncedAt}.
 *
 * @param today the venue's date when synced
 */
public record DeskRoster(
    Instant syncedAt,
    String zone,
    LocalDate today,
    LocalDate opensOn,
    List<DeskPerson> people,
    List<Code> codes,
    List<Done> checkIns) {

  /** A badge's code and its holder; {@code revokedAt} null while valid. */
  public record Code(String code, long participantId, Instant revokedAt) {}

  /** A participant checked in for a kind on a day. */
  public record Done(long participantId, CheckInKind kind, LocalDate day, Instant at) {}
}

package org.ipu.assembly.accreditation.control;

import java.time.Instant;
import org.ipu.assembly.accreditation.rules.CheckInKind;

/**
 * A scan at a desk: the code of a badge, or a participant found by name; what the desk checks in;
 * where. A desk that was offline sends its queued scans with their own ids and times.
 *
 * @param code the badge's token as scanned or typed (null when by name)
 * @param participantId the participant found by name (null when by code)
 * @param place the desk's name ("Main desk", "Plenary door")
 * @param clientId the desk's own id for the scan (letters, digits, {@code . _ : -}), so that a scan
 *     sent twice is recorded once; null for none
 * @param scannedAt when the desk scanned it, for a scan sent later (null: now)
 */
public record DeskScan(
    String code,
    Long participantId,
    CheckInKind kind,
    String place,
    String clientId,
    Instant scannedAt) {}

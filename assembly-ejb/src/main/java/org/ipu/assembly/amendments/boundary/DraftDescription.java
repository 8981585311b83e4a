package org.ipu.assembly.amendments.boundary;

import java.time.Instant;

/** The draft's titles, co-rapporteurs and deadline, changed on the draft as read at version. */
public record DraftDescription(
    Long version,
    String titleEn,
    String titleFr,
    String titleEs,
    String titleAr,
    String coRapporteurs,
    Instant deadline,
    String timeZone) {}

package org.ipu.assembly.amendments.boundary;

import java.time.Instant;
import org.ipu.assembly.registration.rules.Committee;

/**
 * A draft resolution as the Secretariat creates it: titles (English and French required), the
 * co-rapporteurs, the deadline for amendments (null: the Assembly's setting) in a time zone (null:
 * the Assembly's), and the text pasted in each language, one paragraph a line ("1." an operative
 * paragraph, "(a)" a sub-paragraph; see {@code DraftSplitter}). Every language given must split
 * into the same paragraphs.
 */
public record DraftInput(
    Committee committee,
    String titleEn,
    String titleFr,
    String titleEs,
    String titleAr,
    String coRapporteurs,
    Instant deadline,
    String timeZone,
    String textEn,
    String textFr,
    String textEs,
    String textAr) {}

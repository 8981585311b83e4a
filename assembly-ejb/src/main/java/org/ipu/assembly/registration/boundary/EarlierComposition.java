package org.ipu.assembly.registration.boundary;

import org.ipu.assembly.roster.entity.Parliament;

/**
 * A Member's delegation at an earlier Assembly, as the gender sanction counts it: its accredited
 * delegates by gender.
 *
 * @param source where the figures come from: {@code REGISTERED} (the registration, not changed
 *     here), {@code ENTERED} (entered by the Secretariat, or counted when personal data was
 *     deleted), {@code NONE} (no delegation)
 */
public record EarlierComposition(Parliament parliament, int women, int men, Source source) {

  public enum Source {
    REGISTERED,
    ENTERED,
    NONE
  }
}

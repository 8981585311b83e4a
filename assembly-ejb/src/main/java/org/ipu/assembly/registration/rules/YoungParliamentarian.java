package org.ipu.assembly.registration.rules;

import java.time.LocalDate;
import java.time.Period;

/** Young-parliamentarian status, derived from the date of birth, never typed. */
public final class YoungParliamentarian {

  private YoungParliamentarian() {}

  /**
   * Whether a member of parliament born on {@code born} is under {@code ageLimit} (a setting; the
   * IPU's is 45) on the day the Assembly opens.
   */
  public static boolean isYoung(LocalDate born, LocalDate assemblyOpens, int ageLimit) {
    if (born == null) {
      return false;
    }
    return Period.between(born, assemblyOpens).getYears() < ageLimit;
  }
}

package org.ipu.assembly.registration.rules;

import java.time.LocalDate;

/** Young-parliamentarian status, derived from the date of birth, never typed. */
public final class YoungParliamentarian {

  private YoungParliamentarian() {}

  /**
   * Whether a member of parliament born on {@code born} is under {@code ageLimit} (a setting; the
   * IPU's is 45) on the day the Assembly opens.
   */
  public static boolean isYoung(LocalDate born, LocalDate assemblyOpens, int ageLimit) {
    return born != null && born.isAfter(youngIfBornAfter(assemblyOpens, ageLimit));
  }

  /**
   * The same rule as a date, for counting in the database: a member of parliament is young exactly
   * when born after this day (someone born on it turns {@code ageLimit} on the opening day; a 29
   * February birthday counts from 1 March in a common year).
   */
  public static LocalDate youngIfBornAfter(LocalDate assemblyOpens, int ageLimit) {
    return assemblyOpens.minusYears(ageLimit);
  }
}

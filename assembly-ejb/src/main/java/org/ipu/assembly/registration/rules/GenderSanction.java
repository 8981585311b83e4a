package org.ipu.assembly.registration.rules;

import java.util.List;

/**
 * The gender sanction, derived: a Member whose delegation was single-sex at {@code sanctionAfter}
 * consecutive Assemblies (absences skipped) is sanctioned at the next Assembly, and at every later
 * one until it attends with a mixed delegation.
 *
 * @param singleSexInARow how many of the latest attended Assemblies in a row were single-sex
 * @param sanctioned whether the sanction applies at the Assembly that follows the history
 */
public record GenderSanction(int singleSexInARow, boolean sanctioned) {

  /**
   * The sanction after the given Assemblies, oldest first.
   *
   * @param sanctionAfter how many single-sex Assemblies in a row bring the sanction (a setting)
   */
  public static GenderSanction after(List<Attendance> history, int sanctionAfter) {
    if (sanctionAfter < 1) {
      throw new IllegalArgumentException("the sanction needs at least one Assembly");
    }
    int inARow = 0;
    for (Attendance attendance : history) {
      switch (attendance) {
        case SINGLE_SEX -> inARow++;
        case MIXED -> inARow = 0;
        case ABSENT -> {
          // neither breaks nor extends the streak
        }
      }
    }
    return new GenderSanction(inARow, inARow >= sanctionAfter);
  }
}

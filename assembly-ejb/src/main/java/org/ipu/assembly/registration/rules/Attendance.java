package org.ipu.assembly.registration.rules;

/** How a Member attended one Assembly, as the gender sanction counts it. */
public enum Attendance {
  /** All its accredited delegates were of one sex. */
  SINGLE_SEX,
  /** Its accredited delegates were women and men. */
  MIXED,
  /** It sent no delegation: breaks no streak and extends none. */
  ABSENT;

  /** How the accredited delegates of a delegation count. */
  public static Attendance of(java.util.Collection<Gender> delegates) {
    if (delegates.isEmpty()) {
      return ABSENT;
    }
    return delegates.stream().distinct().count() == 1 ? SINGLE_SEX : MIXED;
  }
}

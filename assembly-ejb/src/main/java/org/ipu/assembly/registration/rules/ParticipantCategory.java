package org.ipu.assembly.registration.rules;

/**
 * What a participant comes as. Only members of parliament are delegates: they count towards the
 * delegation's size limit and may vote; the others are registered so that they get a badge.
 */
public enum ParticipantCategory {
  MEMBER_OF_PARLIAMENT,
  ADVISER,
  DELEGATION_SECRETARY,
  ACCOMPANYING_PERSON;

  /** Whether this participant is a delegate (a member of parliament). */
  public boolean isDelegate() {
    return this == MEMBER_OF_PARLIAMENT;
  }
}

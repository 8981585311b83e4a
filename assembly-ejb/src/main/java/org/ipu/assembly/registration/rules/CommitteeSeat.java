package org.ipu.assembly.registration.rules;

/**
 * A delegate's place on a Standing Committee: the substitute votes only in the member's absence.
 */
public enum CommitteeSeat {
  MEMBER,
  SUBSTITUTE
}

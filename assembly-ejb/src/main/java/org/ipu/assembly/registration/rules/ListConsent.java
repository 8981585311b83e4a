package org.ipu.assembly.registration.rules;

/**
 * Who may read a participant's name in the list of participants the IPU publishes after each
 * Assembly: nobody, the Assembly's participants (signed in), or the public.
 */
public enum ListConsent {
  NOBODY,
  PARTICIPANTS,
  PUBLIC;

  /** Whether a participant who gave this consent appears in a list read by {@code audience}. */
  public boolean covers(ListConsent audience) {
    return audience != NOBODY && compareTo(audience) >= 0;
  }
}

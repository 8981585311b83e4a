package org.ipu.assembly.registration.rules;

/**
 * Where a delegation's registration stands. A focal point edits a draft (or a returned one) and
 * submits it; the Secretariat approves it (the delegation is accredited) or returns it with
 * comments. A change after approval makes it a draft again: it needs approval again, and the
 * Secretariat sees what changed since.
 */
public enum RegistrationState {
  DRAFT,
  SUBMITTED,
  RETURNED,
  APPROVED;

  /** Whether the focal point may change the participants (a submitted one waits for a decision). */
  public boolean editable() {
    return this != SUBMITTED;
  }

  /** The state after the focal point changed something. */
  public RegistrationState afterChange() {
    if (!editable()) {
      throw new IllegalStateException("a submitted delegation waits for the Secretariat");
    }
    return this == RETURNED ? RETURNED : DRAFT;
  }

  public boolean maySubmit() {
    return this == DRAFT || this == RETURNED;
  }

  public boolean mayDecide() {
    return this == SUBMITTED;
  }
}

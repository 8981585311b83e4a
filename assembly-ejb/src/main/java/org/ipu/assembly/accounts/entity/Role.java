package org.ipu.assembly.accounts.entity;

/**
 * What a person may do in the Assembly. The names double as the security groups of Jakarta
 * Security; {@link org.ipu.assembly.platform.Roles} holds them as constants for annotations.
 */
public enum Role {
  SECRETARIAT(false),
  FOCAL_POINT(true),
  DELEGATE(true),
  OBSERVER(false);

  private final boolean actsForParliament;

  Role(boolean actsForParliament) {
    this.actsForParliament = actsForParliament;
  }

  /** Whether an account with this role belongs to one parliament and acts only for it. */
  public boolean actsForParliament() {
    return actsForParliament;
  }
}

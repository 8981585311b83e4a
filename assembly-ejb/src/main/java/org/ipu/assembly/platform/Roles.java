package org.ipu.assembly.accounts.entity;

/** The {@link Role} names as compile-time constants, for {@code @RolesAllowed}. */
public final class Roles {

  public static final String SECRETARIAT = "SECRETARIAT";
  public static final String FOCAL_POINT = "FOCAL_POINT";
  public static final String DELEGATE = "DELEGATE";
  public static final String OBSERVER = "OBSERVER";

  private Roles() {}
}

package org.ipu.assembly.platform;

/**
 * The security role names as compile-time constants, for {@code @RolesAllowed} and
 * {@code @DeclareRoles} in every component (the accounts component assigns them, as its {@code
 * Role}).
 */
public final class Roles {

  public static final String SECRETARIAT = "SECRETARIAT";
  public static final String FOCAL_POINT = "FOCAL_POINT";
  public static final String DELEGATE = "DELEGATE";
  public static final String OBSERVER = "OBSERVER";

  private Roles() {}
}

package org.ipu.assembly.roster.boundary;

import org.ipu.assembly.platform.audit.AuditKind;
import org.ipu.assembly.platform.audit.AuditSubject;

/**
 * The audit entries of an Assembly's life (chain {@code assembly:<id>}): set up, with the Assembly
 * its membership and settings were copied from (null for the first), and made current.
 */
public final class AssemblyAudit {

  /** The Secretariat set up an Assembly. */
  public record Created(int number, Integer copiedFrom, int memberships) {}

  /** The Secretariat made the Assembly current; {@code before}: the one that was. */
  public record MadeCurrent(int number, Integer before) {}

  public static final AuditKind<Created> CREATED = AuditKind.of("assembly.created", Created.class);
  public static final AuditKind<MadeCurrent> MADE_CURRENT =
      AuditKind.of("assembly.made-current", MadeCurrent.class);

  private AssemblyAudit() {}

  public static AuditSubject subject(long assemblyId) {
    return AuditSubject.of("assembly", assemblyId);
  }
}

package org.ipu.assembly.accreditation.boundary;

import static org.ipu.assembly.platform.Roles.DELEGATE;
import static org.ipu.assembly.platform.Roles.FOCAL_POINT;
import static org.ipu.assembly.platform.Roles.OBSERVER;
import static org.ipu.assembly.platform.Roles.SECRETARIAT;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import org.ipu.assembly.accreditation.control.CheckInAnswer;
import org.ipu.assembly.accreditation.control.CheckIns;
import org.ipu.assembly.accreditation.control.DeskPerson;
import org.ipu.assembly.accreditation.control.DeskRoster;
import org.ipu.assembly.accreditation.control.DeskScan;
import org.ipu.assembly.roster.boundary.Roster;
import org.ipu.assembly.roster.entity.AssemblySession;

/**
 * The check-in desks of the current Assembly (Secretariat): check a participant in by badge code or
 * by name (see {@link CheckIns}), find participants by name, and the roster a desk keeps to go on
 * working offline.
 */
@Stateless
@DeclareRoles({SECRETARIAT, FOCAL_POINT, DELEGATE, OBSERVER})
@RolesAllowed(SECRETARIAT)
public class CheckInDesk {

  @Inject private CheckIns checkIns;
  @Inject private Roster roster;
  @Resource private SessionContext context;

  /** Checks a participant in, by code or by name, as the signed-in officer. */
  public CheckInAnswer scan(DeskScan scan, Locale language) {
    return checkIns.scan(scan, session(), context.getCallerPrincipal().getName(), language);
  }

  /** Badge holders whose names start with the text, for a desk searching by name. */
  public List<DeskPerson> search(String text, Locale language) {
    return checkIns.search(session(), text, language);
  }

  /** What a desk keeps to go on working offline. */
  public DeskRoster roster(Locale language) {
    return checkIns.roster(session(), language);
  }

  private AssemblySession session() {
    return roster.requireCurrentSession();
  }
}

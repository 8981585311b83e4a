package org.ipu.assembly.accreditation.boundary;

import static org.ipu.assembly.platform.Roles.SECRETARIAT;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;
import org.ipu.assembly.accreditation.control.AssemblyFigures;
import org.ipu.assembly.accreditation.control.StatisticsCounts;
import org.ipu.assembly.roster.boundary.Roster;

/**
 * The live statistics of the current Assembly for the Secretariat: participants registered and
 * arrived, by category, members of parliament, women and young among them, delegations by
 * geopolitical group, single-sex and not arrived, and the days at the venue. Counts only; the same
 * figures reach the statistics screens through {@link StatisticsChannel}, whose endpoint any screen
 * may open: hence its two methods open to all, which hand out counts and nothing else.
 */
@Stateless
@DeclareRoles(SECRETARIAT)
@RolesAllowed(SECRETARIAT)
public class AssemblyStatistics {

  @Inject private Roster roster;
  @Inject private StatisticsCounts counts;

  /** The current Assembly's figures now ({@code session.none} without a current Assembly). */
  public AssemblyFigures current() {
    return counts.of(roster.requireCurrentSession());
  }

  /** An Assembly's figures for a frame of the live channel, if there is such an Assembly. */
  @PermitAll
  public Optional<AssemblyFigures> live(long assemblyId) {
    return counts.of(assemblyId);
  }

  /** The current Assembly's figures for a screen joining the live channel, if there is one. */
  @PermitAll
  public Optional<AssemblyFigures> liveCurrent() {
    return roster.currentSession().map(counts::of);
  }
}

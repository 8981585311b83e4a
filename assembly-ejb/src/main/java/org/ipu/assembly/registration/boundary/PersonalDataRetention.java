package org.ipu.assembly.registration.boundary;

import static org.ipu.assembly.platform.Roles.SECRETARIAT;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.ipu.assembly.platform.Timestamps;
import org.ipu.assembly.registration.control.AssemblyPersonalData;
import org.ipu.assembly.registration.control.PersonalDataPurge;

/**
 * Data protection (Secretariat): the personal data of past Assemblies' participants is deleted once
 * each Assembly's retention period (its own setting {@code registration.retention}) is over,
 * keeping anonymous counts per delegation, the delegations themselves and the vote records. A dry
 * run lists what would be deleted and changes nothing; a run deletes it, in one transaction, with
 * one audit entry per Assembly. Running it again deletes nothing more.
 */
@Stateless
@DeclareRoles(SECRETARIAT)
@RolesAllowed(SECRETARIAT)
public class PersonalDataRetention {

  @Inject private PersonalDataPurge purge;
  @Inject private Clock clock;

  /**
   * The past Assemblies whose personal data is due for deletion now, with how many delegations and
   * participants: only listed if {@code dryRun}, deleted otherwise (then those deleted).
   */
  public List<AssemblyPersonalData> retention(boolean dryRun) {
    List<AssemblyPersonalData> due =
        purge.due(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
    if (dryRun) {
      return due;
    }
    LocalDateTime now = Timestamps.now(clock);
    return due.stream()
        .map(assembly -> purge.purge(assembly.assemblyId(), now))
        .flatMap(Optional::stream)
        .toList();
  }
}

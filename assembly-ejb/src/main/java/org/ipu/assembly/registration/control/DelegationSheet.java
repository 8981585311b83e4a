package org.ipu.assembly.registration.control;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.ipu.assembly.registration.rules.Change;
import org.ipu.assembly.registration.rules.Composition;
import org.ipu.assembly.registration.rules.RegistrationState;
import org.ipu.assembly.registration.rules.RegistrationWindow;
import org.ipu.assembly.roster.entity.GeoGroup;
import org.ipu.assembly.roster.entity.Parliament;

/**
 * A delegation's registration as its focal points and the Secretariat see it: state, participants,
 * the composition checked against the rules, what changed since the Secretariat last approved it,
 * and the registration window.
 *
 * @param groups the parliament's geopolitical groups at the delegation's Assembly
 * @param version changes with every change to the delegation or its participants; a submission,
 *     approval or return names the version it was made on
 * @param mayChange whether the caller may change it now (state and window)
 */
public record DelegationSheet(
    long id,
    long version,
    Parliament parliament,
    Set<GeoGroup> groups,
    int assemblyNumber,
    RegistrationState state,
    String returnComment,
    LocalDateTime submittedAt,
    LocalDateTime decidedAt,
    String decidedBy,
    List<ParticipantLine> participants,
    Composition composition,
    List<Change> changesSinceApproval,
    RegistrationWindow window,
    boolean mayChange) {

  public DelegationSheet {
    groups = Set.copyOf(groups);
    participants = List.copyOf(participants);
    changesSinceApproval = List.copyOf(changesSinceApproval);
  }
}

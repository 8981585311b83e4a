package org.ipu.assembly.registration.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ipu.assembly.platform.settings.rules.Setting;
import org.ipu.assembly.platform.settings.rules.SettingValues;
import org.ipu.assembly.registration.entity.Delegation;
import org.ipu.assembly.registration.entity.Participant;
import org.ipu.assembly.registration.rules.RegistrationWindow;
import org.ipu.assembly.registration.rules.YoungParliamentarian;
import org.ipu.assembly.roster.entity.AssemblySession;
import org.ipu.assembly.roster.entity.Membership;

/** Composes a delegation's {@link DelegationSheet} and its participants' lines. */
@Dependent
public class DelegationSheets {

  @Inject private Delegations delegations;
  @Inject private ParticipantPhotos photos;

  /** The sheet; {@code mayChange}: whether the reader may change the delegation now. */
  public DelegationSheet of(Delegation delegation, boolean mayChange) {
    List<Participant> participants = delegations.participants(delegation);
    Map<Long, LocalDateTime> uploaded = photos.uploaded(delegation);
    AssemblySession session = delegation.getSession();
    SettingValues values = delegations.settings(session);
    int youngAge = values.get(Setting.DELEGATION_YOUNG_AGE);
    return new DelegationSheet(
        delegation.getId(),
        delegation.getVersion(),
        delegation.getParliament(),
        delegations.membership(delegation).map(Membership::getGroups).orElse(Set.of()),
        delegation.getSession().getNumber(),
        delegation.getState(),
        delegation.getReturnComment(),
        delegation.getSubmittedAt(),
        delegation.getDecidedAt(),
        delegation.getDecidedBy(),
        participants.stream().map(p -> line(p, uploaded.containsKey(p.getId()), youngAge)).toList(),
        delegations.composition(delegation, participants, values),
        Delegations.changesSinceApproval(delegation, participants, uploaded),
        RegistrationSettings.window(session, values),
        mayChange);
  }

  public ParticipantLine line(Participant participant) {
    AssemblySession session = participant.getDelegation().getSession();
    return line(
        participant,
        photos.uploaded(participant).isPresent(),
        delegations.settings(session).get(Setting.DELEGATION_YOUNG_AGE));
  }

  private static ParticipantLine line(Participant participant, boolean photo, int youngAge) {
    AssemblySession session = participant.getDelegation().getSession();
    return new ParticipantLine(
        participant.getId(),
        participant.details(),
        participant.getCategory().isDelegate()
            && YoungParliamentarian.isYoung(
                participant.getBornOn(), session.getOpensOn(), youngAge),
        participant.getAccount() == null ? null : participant.getAccount().getUsername(),
        participant.getAccount() != null && participant.getAccount().hasPassword(),
        photo);
  }

  public RegistrationWindow window(AssemblySession session) {
    return RegistrationSettings.window(session, delegations.settings(session));
  }
}

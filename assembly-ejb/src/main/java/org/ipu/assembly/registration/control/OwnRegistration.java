package org.ipu.assembly.registration.control;

import org.ipu.assembly.registration.entity.ParticipantDetails;
import org.ipu.assembly.registration.rules.RegistrationState;

/**
 * What a registered person may read of their own registration at one Assembly: every personal
 * detail their focal point entered, and where the delegation stands.
 */
public record OwnRegistration(
    int assemblyNumber,
    long parliamentId,
    String parliamentCountryCode,
    RegistrationState delegationState,
    ParticipantDetails details) {}

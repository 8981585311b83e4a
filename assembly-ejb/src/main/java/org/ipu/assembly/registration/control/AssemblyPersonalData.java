package org.ipu.assembly.registration.control;

import java.time.LocalDate;

/**
 * The personal data of one past Assembly's participants whose retention period is over: what the
 * purge deletes (a dry run) or deleted.
 *
 * @param closedOn the day the Assembly closed
 * @param keptUntil the last day of its retention period (its own setting)
 * @param delegations the delegations with personal data: participants, a return comment or an
 *     approved composition
 * @param participants the participants whose personal data goes
 * @param deleted whether it was deleted (false in a dry run)
 */
public record AssemblyPersonalData(
    long assemblyId,
    int assemblyNumber,
    LocalDate closedOn,
    LocalDate keptUntil,
    int delegations,
    int participants,
    boolean deleted) {}

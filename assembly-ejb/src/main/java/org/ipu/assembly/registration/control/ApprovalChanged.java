package org.ipu.assembly.registration.control;

/**
 * A delegation of an Assembly became approved, or left its approved state (a change after approval
 * makes it a draft again): who counts as registered at that Assembly changed. Fired (CDI, in the
 * transaction that changed it) for the components that count the registered, such as the
 * accreditation's statistics.
 *
 * @param sessionId the Assembly
 * @param delegationId the delegation
 */
public record ApprovalChanged(long sessionId, long delegationId) {}

/**
 * One tamper-evident audit trail for every component: append-only hash chains, one per subject
 * ({@link org.ipu.assembly.platform.audit.AuditSubject}, e.g. {@code vote:42} or {@code
 * vote:42/delegation:7}), whose entries carry a typed kind ({@link
 * org.ipu.assembly.platform.audit.AuditKind}) and a payload record written by one canonical
 * serializer ({@link org.ipu.assembly.platform.audit.AuditJson}).
 *
 * <p>Appending is one call on {@link org.ipu.assembly.platform.audit.AuditTrail}: either the trail
 * keeps the chain's head itself (settings, bookings, decisions), or the caller passes the head it
 * keeps on a row it holds locked (the ballot path: no extra round trip). {@link
 * org.ipu.assembly.platform.audit.AuditVerification} walks every chain of every subject and asks
 * each component's {@link org.ipu.assembly.platform.audit.AuditCheck} for the heads it keeps and
 * for its own checks (seals, recomputations); it reports and never throws.
 *
 * <p>Knows no business component.
 */
package org.ipu.assembly.platform.audit;

/**
 * Registration rules of the IPU Assembly, as pure functions over immutable values: a delegation's
 * composition (size limit by population, one fewer under the gender sanction, observers' two
 * delegates, exactly one head who is a member of parliament, the single-sex warning), the derived
 * gender sanction, young-parliamentarian status, the registration window and the states of a
 * registration; when an Assembly's personal data is due for deletion ({@link
 * org.ipu.assembly.registration.rules.RetentionPeriod}) and the anonymous counts kept of its
 * participants ({@link org.ipu.assembly.registration.rules.ParticipationCount}).
 *
 * <p>Every number is a per-Assembly setting ({@link
 * org.ipu.assembly.registration.rules.CompositionLimits}); the defaults live in {@code
 * platform.settings}. Findings are codes with values for the pages to word in the reader's
 * language. It depends on {@code java.*} only.
 */
package org.ipu.assembly.registration.rules;

/**
 * Delegation registration: each Member Parliament's focal point registers its delegation for an
 * Assembly (members of parliament, advisers, secretaries, accompanying persons), the composition
 * rules of the Statutes are checked while they type, and the Secretariat approves the delegation or
 * returns it with comments. Every transition is audited and confirmed by mail in the recipient's
 * language. Once an Assembly's retention period is over, the Secretariat deletes the personal data
 * of its participants, keeping anonymous counts per delegation (so the gender sanction and the
 * statistics of participation survive). The rules themselves are in {@code registration.rules},
 * plain Java.
 */
package org.ipu.assembly.registration;

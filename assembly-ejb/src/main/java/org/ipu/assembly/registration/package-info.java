/**
 * Delegation registration: each Member Parliament's focal point registers its delegation for an
 * Assembly (members of parliament, advisers, secretaries, accompanying persons), the composition
 * rules of the Statutes are checked while they type, and the Secretariat approves the delegation or
 * returns it with comments. Every transition is audited and confirmed by mail in the recipient's
 * language. The rules themselves are in {@code registration.rules}, plain Java.
 */
package org.ipu.assembly.registration;

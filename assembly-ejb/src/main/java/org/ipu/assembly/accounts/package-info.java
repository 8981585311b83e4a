/**
 * The accounts of the people who use the Assembly and the role each one holds: the Secretariat, a
 * parliament's focal point (acts only for its own parliament), a delegate, an observer. Users and
 * roles are data; passwords are stored as PBKDF2 hashes (Jakarta Security). An account belongs to a
 * parliament of the roster; the roster asks through the platform's {@code ParliamentAccess}, which
 * this component provides, whether the caller may act for one.
 */
package org.ipu.assembly.accounts;

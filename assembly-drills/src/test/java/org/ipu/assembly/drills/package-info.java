/**
 * Fault drills: the live vote while Payara Server or the database is killed with {@code kill -9}
 * and restarted. Delegations keep casting (retrying each ballot with its idempotency key), screens
 * keep watching (reconnecting and fetching a snapshot); afterwards every receipt must be in the
 * tally, nothing counted twice, the audit intact and every screen on the result.
 */
package org.ipu.assembly.drills;

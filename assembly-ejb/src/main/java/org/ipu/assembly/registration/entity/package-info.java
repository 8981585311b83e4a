/**
 * Delegations and their participants as stored, each keeping its own invariants; once the
 * participants' personal data is deleted, the anonymous counts kept of them.
 */
package org.ipu.assembly.registration.entity;

/**
 * Delegations, their participants and the participants' badge photos (stored apart) as stored, each
 * keeping its own invariants; once the participants' personal data is deleted, the anonymous counts
 * kept of them.
 */
package org.ipu.assembly.registration.entity;

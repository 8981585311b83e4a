/**
 * Delegations, their participants and the participants' badge photos (stored apart) as stored, each
 * keeping its own invariants.
 */
package org.ipu.assembly.registration.entity;

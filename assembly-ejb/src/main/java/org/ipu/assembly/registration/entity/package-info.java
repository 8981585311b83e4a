/** Delegations and their participants as stored, each keeping its own invariants. */
package org.ipu.assembly.registration.entity;

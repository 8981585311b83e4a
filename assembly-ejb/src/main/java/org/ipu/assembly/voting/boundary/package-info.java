/**
 * The voting services the web tier calls, thin EJBs that hold the transaction and the roles: {@link
 * org.ipu.assembly.voting.boundary.PlenaryVoting} (the facade over a vote's lifecycle, its ballot
 * box and what screens read), {@link org.ipu.assembly.voting.boundary.Presence} (check-in,
 * confirmation, designations, and who may cast for a delegation) and {@link
 * org.ipu.assembly.voting.boundary.VoteAuditCheck} (adds the votes' chain heads, seals and
 * recomputed results to the platform's audit verification).
 */
package org.ipu.assembly.voting.boundary;

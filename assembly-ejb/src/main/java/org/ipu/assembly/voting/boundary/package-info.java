/**
 * The voting services the web tier calls, thin EJBs that hold the transaction and the roles: {@link
 * org.ipu.assembly.voting.boundary.PlenaryVoting} (the facade over a vote's lifecycle, its ballot
 * box and what screens read), {@link org.ipu.assembly.voting.boundary.Presence} (check-in,
 * confirmation, designations, and who may cast for a delegation), {@link
 * org.ipu.assembly.voting.boundary.EmergencySelections} (the selection of the emergency item,
 * Assembly Rule 11.2), {@link org.ipu.assembly.voting.boundary.VoteAuditCheck} and {@link
 * org.ipu.assembly.voting.boundary.EmergencyAuditCheck} (add the votes' and selections' chain
 * heads, seals and recomputed results to the platform's audit verification); and the plenary's live
 * channel ({@link org.ipu.assembly.voting.boundary.PlenaryChannel}), which the web tier pushes to
 * every screen after each commit.
 */
package org.ipu.assembly.voting.boundary;

/**
 * The load harness: boots the application as the run command does (or targets a running one), sets
 * up a plenary of 150 delegations and 1,500 present delegates, connects 3,000 WebSocket screens,
 * fires 1,500 ballots in 5 seconds through the tablets' REST API, closes the vote, checks that the
 * result equals the receipts and the server's own recomputation, and writes its figures.
 */
package org.ipu.assembly.load;

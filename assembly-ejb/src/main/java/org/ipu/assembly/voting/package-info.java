/**
 * Live plenary voting: votes and their lifecycle (draft, open, closed, annulled), the electorate
 * frozen when a vote opens, weighted and split delegation ballots (every version kept), secret
 * ballots that record who took part but never how, roll calls, receipts, the per-vote audit hash
 * chain, the selection of the emergency item (several requests voted in one roll call, each as a
 * vote of its own), and the feed that pushes committed changes to screens. The IPU's rules
 * themselves are in {@code voting.rules}, plain Java.
 */
package org.ipu.assembly.voting;

/**
 * Votes, their frozen electorate, ballots, secret participation, presence and the audit entries, as
 * stored.
 */
package org.ipu.assembly.voting.entity;

/**
 * Votes, their frozen electorate, ballots, secret participation, presence, the selections of the
 * emergency item with their requests, and the audit entries, as stored.
 */
package org.ipu.assembly.voting.entity;

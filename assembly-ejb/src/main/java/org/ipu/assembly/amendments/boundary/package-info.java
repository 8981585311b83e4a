/**
 * The entry points of draft resolutions and amendments: the Secretariat prepares, corrects and
 * publishes drafts and chooses the voting order ({@link DraftResolutions}); Member Parliaments,
 * through their focal points, table, change and withdraw their own amendments and confirm
 * co-sponsorships before the deadline, which the server keeps ({@link Amendments}); everyone signed
 * in reads a published draft and its consolidated list.
 */
package org.ipu.assembly.amendments.boundary;

/**
 * What the voting boundary computes and hands out: the audit chain, receipts, snapshots, the feed
 * of changes.
 */
package org.ipu.assembly.voting.control;

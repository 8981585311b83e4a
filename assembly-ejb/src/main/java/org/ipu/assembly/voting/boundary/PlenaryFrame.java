package org.ipu.assembly.voting.boundary;

import org.ipu.assembly.voting.control.VoteSnapshot;

/**
 * A frame on {@code /ws/plenary}: {@code seq} grows by one per frame (a gap tells a screen it
 * missed one and should fetch a snapshot); {@code serverTime} is the server's clock in epoch
 * milliseconds when the frame was prepared. The vote comes without its board.
 */
public record PlenaryFrame(String type, long seq, long serverTime, VoteSnapshot vote) {}

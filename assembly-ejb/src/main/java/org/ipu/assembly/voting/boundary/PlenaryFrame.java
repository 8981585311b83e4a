package org.ipu.assembly.voting.boundary;

import org.ipu.assembly.voting.control.EmergencySnapshot;
import org.ipu.assembly.voting.control.VoteSnapshot;

/**
 * A frame on {@code /ws/plenary}: {@code seq} grows by one per frame (a gap tells a screen it
 * missed one and should fetch a snapshot); {@code serverTime} is the server's clock in epoch
 * milliseconds when the frame was prepared. The vote comes without its board; a vote that decides a
 * request of an emergency item selection comes with the whole selection ({@code emergency}: every
 * request's running tally, and once closed which is added), absent otherwise.
 */
public record PlenaryFrame(
    String type, long seq, long serverTime, VoteSnapshot vote, EmergencySnapshot emergency) {}

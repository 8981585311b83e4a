package org.ipu.assembly.voting.control;

import java.io.Serializable;
import org.ipu.assembly.voting.rules.BallotSplit;

/**
 * A delegation's committed ballot in a named vote: its version (the highest counts) and its place
 * in the delegation's audit chain. That chain holds the delegation's ballots only, so the latest
 * ballot's sequence is the chain's length.
 */
public record CountedBallot(long parliamentId, int version, BallotSplit split, int auditSequence)
    implements Serializable {}

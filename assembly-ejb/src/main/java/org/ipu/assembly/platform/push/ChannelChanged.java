package org.ipu.assembly.platform.push;

/** A change on a channel that carries nothing but its subject. */
public record ChannelChanged(String channel, long subject, boolean urgent)
    implements ChannelChange {}

package org.ipu.assembly.platform.push;

import java.io.Serializable;

/**
 * Something that screens on a channel should see: fired inside the transaction that changed it
 * (with CDI's {@code Event}), delivered by {@link PushFeed} only after that transaction commits. A
 * component may fire its own event type implementing this (to carry what its channel owner needs,
 * with no second event per change) or a {@link ChannelChanged}. Serializable, with everything it
 * carries: in a deployment group the change also goes to the other instances' screens ({@link
 * GridRelay}).
 */
public interface ChannelChange extends Serializable {

  /** The channel's name, as its {@link ChannelOwner} gives it. */
  String channel();

  /**
   * What changed on the channel (a vote, a room, a resolution), by id: changes to the same subject
   * are coalesced into one frame.
   */
  long subject();

  /** Sent at once rather than coalesced: a change every screen must see without delay. */
  boolean urgent();
}

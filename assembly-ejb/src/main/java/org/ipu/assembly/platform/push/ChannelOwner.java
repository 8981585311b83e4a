package org.ipu.assembly.platform.push;

import java.util.Optional;

/**
 * The component that owns a channel: a CDI bean the web tier finds by this type, and for which it
 * opens one WebSocket endpoint, {@code /ws/}{@link #channel()}. The web tier numbers the frames and
 * serialises each one once (JSON-B) for all the channel's screens.
 */
public interface ChannelOwner {

  /** The channel's name: a path segment, unique among channels. */
  String channel();

  /**
   * A committed change, before its frame is due: where the owner keeps live state (a running
   * tally), it updates it here. Called on the committing thread, so it must be quick.
   */
  default void changed(ChannelChange change) {}

  /**
   * The frame for a subject now, as an object JSON-B serialises.
   *
   * @param seq its number on the channel (one more than the previous frame)
   * @param serverTime the server's clock, epoch milliseconds, when the frame is prepared
   */
  Object frame(long subject, long seq, long serverTime);

  /**
   * What a screen receives when it joins or rejoins the channel (its snapshot), if anything. It
   * repeats the last frame's number {@code seq}, so that the next frame is one more.
   */
  Optional<Object> joining(long seq, long serverTime);
}

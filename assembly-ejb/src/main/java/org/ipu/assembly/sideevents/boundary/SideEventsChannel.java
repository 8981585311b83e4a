package org.ipu.assembly.sideevents.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.ipu.assembly.platform.push.ChannelOwner;
import org.ipu.assembly.sideevents.control.SideEvents;

/**
 * The side events' live channel ({@code /ws/side-events}): a frame says that an Assembly's side
 * events changed (a request, a decision, a move, a reply), at most one per 100 ms however many
 * changed; calendars and programmes then read what they show again, as their reader may see it. The
 * channel opens without signing in, so a frame names no event and no person.
 */
@ApplicationScoped
public class SideEventsChannel implements ChannelOwner {

  /**
   * A frame of the channel.
   *
   * @param type always {@code side-events}
   * @param seq its number on the channel
   * @param serverTime when it was prepared, epoch milliseconds
   * @param session the Assembly whose side events changed
   */
  public record SideEventsFrame(String type, long seq, long serverTime, long session) {}

  @Override
  public String channel() {
    return SideEvents.CHANNEL;
  }

  @Override
  public Object frame(long sessionId, long seq, long serverTime) {
    return new SideEventsFrame(SideEvents.CHANNEL, seq, serverTime, sessionId);
  }

  @Override
  public Optional<Object> joining(long seq, long serverTime) {
    return Optional.empty();
  }
}

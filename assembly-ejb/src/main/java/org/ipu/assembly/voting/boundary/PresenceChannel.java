package org.ipu.assembly.voting.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.ipu.assembly.platform.push.ChannelOwner;

/**
 * Presence in the plenary's live channel ({@code /ws/presence}): a frame after the Secretariat
 * confirmed a delegate present or marked them absent, naming the delegate's account and nothing
 * else (the channel is public, like every channel); the delegate's tablet then reads its own
 * presence again. A screen that joins receives nothing: it reads presence when it (re)connects.
 */
@ApplicationScoped
public class PresenceChannel implements ChannelOwner {

  /** The channel's name. */
  public static final String CHANNEL = "presence";

  /**
   * A frame of the channel.
   *
   * @param type always {@code presence}
   * @param seq its number on the channel
   * @param serverTime when it was prepared, epoch milliseconds
   * @param account the account of the delegate whose presence changed
   */
  public record PresenceFrame(String type, long seq, long serverTime, long account) {}

  @Override
  public String channel() {
    return CHANNEL;
  }

  @Override
  public Object frame(long accountId, long seq, long serverTime) {
    return new PresenceFrame(CHANNEL, seq, serverTime, accountId);
  }

  @Override
  public Optional<Object> joining(long seq, long serverTime) {
    return Optional.empty();
  }
}

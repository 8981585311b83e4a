package org.ipu.assembly.amendments.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.ipu.assembly.amendments.control.AmendmentsChanged;
import org.ipu.assembly.platform.push.ChannelOwner;

/**
 * The consolidated lists' live channel ({@code /ws/amendments}): a frame names a draft whose
 * amendments changed (at most one per draft every 100 ms), and the screens showing that draft's
 * list read it again. The channel opens without signing in, so a frame carries the draft's id only.
 */
@ApplicationScoped
public class AmendmentsChannel implements ChannelOwner {

  /**
   * A frame of the channel.
   *
   * @param type always {@code amendments}
   * @param seq its number on the channel
   * @param serverTime when it was prepared, epoch milliseconds
   * @param draftId the draft whose amendments changed
   */
  public record AmendmentsFrame(String type, long seq, long serverTime, long draftId) {}

  @Override
  public String channel() {
    return AmendmentsChanged.CHANNEL;
  }

  @Override
  public Object frame(long draftId, long seq, long serverTime) {
    return new AmendmentsFrame(AmendmentsChanged.CHANNEL, seq, serverTime, draftId);
  }

  @Override
  public Optional<Object> joining(long seq, long serverTime) {
    return Optional.empty();
  }
}

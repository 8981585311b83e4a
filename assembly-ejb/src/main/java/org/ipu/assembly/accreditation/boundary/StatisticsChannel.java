package org.ipu.assembly.accreditation.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.ipu.assembly.accreditation.control.AssemblyFigures;
import org.ipu.assembly.accreditation.control.StatisticsChanged;
import org.ipu.assembly.platform.push.ChannelOwner;

/**
 * The statistics' live channel ({@code /ws/statistics}): each frame carries an Assembly's figures
 * after a check-in or an approval changed them (at most one frame per 100 ms however many changed
 * them), and a screen that joins receives the current Assembly's. Like every channel's endpoint it
 * opens without signing in, so its frames hold counts only, never a name (see {@link
 * AssemblyFigures}).
 */
@ApplicationScoped
public class StatisticsChannel implements ChannelOwner {

  /**
   * A frame of the channel.
   *
   * @param type always {@code statistics}
   * @param seq its number on the channel
   * @param serverTime when it was prepared, epoch milliseconds
   */
  public record StatisticsFrame(String type, long seq, long serverTime, AssemblyFigures figures) {}

  @Inject private AssemblyStatistics statistics;

  @Override
  public String channel() {
    return StatisticsChanged.CHANNEL;
  }

  @Override
  public Object frame(long sessionId, long seq, long serverTime) {
    return new StatisticsFrame(
        StatisticsChanged.CHANNEL, seq, serverTime, statistics.live(sessionId).orElse(null));
  }

  @Override
  public Optional<Object> joining(long seq, long serverTime) {
    return statistics
        .liveCurrent()
        .map(figures -> new StatisticsFrame(StatisticsChanged.CHANNEL, seq, serverTime, figures));
  }
}

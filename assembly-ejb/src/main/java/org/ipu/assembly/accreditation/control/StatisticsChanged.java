package org.ipu.assembly.accreditation.control;

import org.ipu.assembly.platform.push.ChannelChange;

/**
 * The figures of an Assembly's statistics changed (a participant checked in): fired in the
 * transaction that changed them, pushed to the statistics screens after it commits.
 *
 * @param sessionId the Assembly
 */
public record StatisticsChanged(long sessionId) implements ChannelChange {

  /** The channel of the live statistics: {@code /ws/statistics}. */
  public static final String CHANNEL = "statistics";

  @Override
  public String channel() {
    return CHANNEL;
  }

  @Override
  public long subject() {
    return sessionId;
  }

  @Override
  public boolean urgent() {
    return false;
  }
}

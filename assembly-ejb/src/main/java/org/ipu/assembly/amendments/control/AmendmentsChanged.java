package org.ipu.assembly.amendments.control;

import org.ipu.assembly.platform.push.ChannelChange;

/**
 * The amendments of a draft changed (tabled, changed, withdrawn, co-sponsored, the base text
 * corrected, the voting order chosen): fired in the transaction, pushed to the consolidated lists
 * open on that draft after it commits.
 *
 * @param draftId the draft
 */
public record AmendmentsChanged(long draftId) implements ChannelChange {

  /** The channel of the consolidated lists: {@code /ws/amendments}. */
  public static final String CHANNEL = "amendments";

  @Override
  public String channel() {
    return CHANNEL;
  }

  @Override
  public long subject() {
    return draftId;
  }

  @Override
  public boolean urgent() {
    return false;
  }
}

package org.ipu.assembly.platform.push;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The feed hands each committed change to its own channel's subscribers only. */
class PushFeedTest {

  private final PushFeed feed = new PushFeed();

  /** A component's own event type, carrying what its channel's owner needs. */
  private record BallotCounted(long subject, int yes) implements ChannelChange {
    @Override
    public String channel() {
      return "plenary";
    }

    @Override
    public boolean urgent() {
      return false;
    }
  }

  @Test
  void aChangeReachesItsChannelsSubscribersAndNoOthers() {
    List<ChannelChange> plenary = new ArrayList<>();
    List<ChannelChange> rooms = new ArrayList<>();
    feed.subscribe("plenary", plenary::add);
    feed.subscribe("rooms", rooms::add);

    BallotCounted ballot = new BallotCounted(4, 12);
    feed.committed(ballot);
    feed.committed(new ChannelChanged("rooms", 12, true));
    feed.committed(new ChannelChanged("amendments", 3, false));

    assertThat(plenary).containsExactly(ballot);
    assertThat(rooms).containsExactly(new ChannelChanged("rooms", 12, true));
  }

  @Test
  void aFailingSubscriberKeepsNoOtherFromTheChange() {
    List<ChannelChange> received = new ArrayList<>();
    Consumer<ChannelChange> failing =
        change -> {
          throw new IllegalStateException("in the test");
        };
    Consumer<ChannelChange> receiving = received::add;
    feed.subscribe("rooms", failing);
    feed.subscribe("rooms", receiving);
    feed.committed(new ChannelChanged("rooms", 1, false));
    feed.unsubscribe("rooms", receiving);
    feed.unsubscribe("rooms", failing);
    feed.committed(new ChannelChanged("rooms", 2, false));

    assertThat(received).containsExactly(new ChannelChanged("rooms", 1, false));
  }
}

package org.ipu.assembly.platform.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import java.io.ByteArrayOutputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.ipu.assembly.voting.control.CountedBallot;
import org.ipu.assembly.voting.control.VoteChanged;
import org.ipu.assembly.voting.rules.BallotSplit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two instances of a deployment group, each a member of one real Data Grid (two Hazelcast members
 * in this JVM, joined over TCP on this machine): a change committed on one reaches the other's
 * subscribers once, and never comes back to the instance that committed it.
 */
class GridRelayTest {

  private static HazelcastInstance first;
  private static HazelcastInstance second;

  @BeforeAll
  static void formTheGrid() {
    String cluster = "assembly-test-" + UUID.randomUUID();
    first = Hazelcast.newHazelcastInstance(member(cluster));
    second = Hazelcast.newHazelcastInstance(member(cluster));
  }

  @AfterAll
  static void leave() {
    second.shutdown();
    first.shutdown();
  }

  private static Config member(String cluster) {
    Config config = new Config().setClusterName(cluster).setInstanceName(UUID.randomUUID() + "");
    config.setProperty("hazelcast.phone.home.enabled", "false");
    config.getNetworkConfig().setPort(5991).setPortAutoIncrement(true).setPortCount(20);
    JoinConfig join = config.getNetworkConfig().getJoin();
    join.getMulticastConfig().setEnabled(false);
    join.getAutoDetectionConfig().setEnabled(false);
    join.getTcpIpConfig().setEnabled(true).setMembers(List.of("127.0.0.1"));
    config.getNetworkConfig().getInterfaces().setEnabled(true).addInterface("127.0.0.1");
    return config;
  }

  @Test
  void aChangeCommittedOnOneInstanceReachesTheOtherOnceAndNotItself() throws Exception {
    BlockingQueue<ChannelChange> onFirst = new LinkedBlockingQueue<>();
    BlockingQueue<ChannelChange> onSecond = new LinkedBlockingQueue<>();
    try (GridRelay one = new GridRelay(first, onFirst::add);
        GridRelay two = new GridRelay(second, onSecond::add)) {
      VoteChanged ballot =
          VoteChanged.ballot(7, new CountedBallot(42, 3, new BallotSplit(5, 2, 1), 9));
      one.publish(ballot);
      two.publish(new ChannelChanged("rooms", 12, true));

      assertThat(onSecond.poll(20, TimeUnit.SECONDS)).isEqualTo(ballot);
      assertThat(onFirst.poll(20, TimeUnit.SECONDS))
          .isEqualTo(new ChannelChanged("rooms", 12, true));
      // A topic delivers in order per publisher: a marker published after tells that nothing else
      // (no echo, no second copy) was on its way.
      one.publish(new ChannelChanged("marker", 1, false));
      two.publish(new ChannelChanged("marker", 2, false));
      assertThat(onSecond.poll(20, TimeUnit.SECONDS))
          .isEqualTo(new ChannelChanged("marker", 1, false));
      assertThat(onFirst.poll(20, TimeUnit.SECONDS))
          .isEqualTo(new ChannelChanged("marker", 2, false));
      assertThat(onFirst).isEmpty();
      assertThat(onSecond).isEmpty();
    }
  }

  @Test
  void aChangeTravelsAsBytesAndComesBackEqual() {
    VoteChanged urgent = VoteChanged.urgent(3);
    assertThat(GridRelay.change(GridRelay.bytes(urgent))).isEqualTo(urgent);
  }

  @Test
  void nothingButTheApplicationsOwnClassesIsReadFromTheGrid() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ObjectOutputStream o = new ObjectOutputStream(out)) {
      o.writeObject(new java.util.ArrayList<>(List.of("not a change")));
    }
    assertThatIllegalArgumentException().isThrownBy(() -> GridRelay.change(out.toByteArray()));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> GridRelay.change("not serialised".getBytes()));
  }
}

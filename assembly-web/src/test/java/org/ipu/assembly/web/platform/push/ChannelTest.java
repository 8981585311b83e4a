package org.ipu.assembly.web.platform.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import jakarta.websocket.server.ServerEndpointConfig;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.Executor;
import org.ipu.assembly.platform.push.ChannelChanged;
import org.junit.jupiter.api.Test;

/** One channel's coalescing, numbering, snapshots and failures, and two channels side by side. */
class ChannelTest {

  /** Urgent frames wait here until the test runs them, as the scheduler would. */
  private final Queue<Runnable> urgent = new ArrayDeque<>();

  private final Executor executor = urgent::add;

  private Channel channel(TestChannel owner) {
    return new Channel(owner, executor, String::valueOf);
  }

  private static ChannelChanged change(String channel, long subject) {
    return new ChannelChanged(channel, subject, false);
  }

  @Test
  void changesToASubjectBetweenTwoFlushesMakeOneFrame() {
    TestChannel owner = new TestChannel("rooms");
    Channel rooms = channel(owner);
    Screen screen = new Screen();
    rooms.join(screen.session);

    rooms.accept(change("rooms", 7));
    rooms.accept(change("rooms", 7));
    rooms.accept(change("rooms", 9));
    rooms.accept(change("rooms", 7));
    assertThat(screen.received).as("nothing before the flush").isEmpty();
    rooms.flush();
    rooms.flush();

    assertThat(owner.changes).as("the owner sees every change").hasValue(4);
    assertThat(screen.received)
        .containsExactlyInAnyOrder("rooms 7 #1 after 4", "rooms 9 #2 after 4")
        .hasSize(2);
  }

  @Test
  void withNoScreenNoFrameIsPreparedAndALaterScreenCountsOn() {
    TestChannel owner = new TestChannel("rooms");
    Channel rooms = channel(owner);

    rooms.accept(change("rooms", 7));
    rooms.flush();
    rooms.accept(new ChannelChanged("rooms", 7, true));
    urgent.remove().run();

    assertThat(owner.asked.availablePermits()).as("frames asked of the owner").isZero();
    Screen late = new Screen();
    rooms.join(late.session);
    rooms.accept(change("rooms", 7));
    rooms.flush();
    assertThat(late.received).containsExactly("rooms 7 #3 after 3");
  }

  @Test
  void anUrgentChangeGoesAtOnceAndReplacesTheSubjectsPendingFrame() {
    Channel rooms = channel(new TestChannel("rooms"));
    Screen screen = new Screen();
    rooms.join(screen.session);

    rooms.accept(change("rooms", 7));
    rooms.accept(new ChannelChanged("rooms", 7, true));
    assertThat(urgent).hasSize(1);
    urgent.remove().run();
    rooms.flush();

    assertThat(screen.received).containsExactly("rooms 7 #1 after 2");
  }

  @Test
  void framesAreNumberedInSequenceAndANewcomersSnapshotRepeatsTheLastNumber() {
    TestChannel owner = new TestChannel("rooms");
    Channel rooms = channel(owner);
    Screen early = new Screen();
    rooms.join(early.session);
    for (long subject = 1; subject <= 3; subject++) {
      rooms.accept(change("rooms", subject));
      rooms.flush();
    }
    owner.onScreen = 3L;
    Screen late = new Screen();
    rooms.join(late.session);
    rooms.accept(change("rooms", 3));
    rooms.flush();

    assertThat(early.received)
        .containsExactly(
            "rooms 1 #1 after 1", "rooms 2 #2 after 2", "rooms 3 #3 after 3", "rooms 3 #4 after 4");
    assertThat(late.received).containsExactly("rooms 3 #3", "rooms 3 #4 after 4");
  }

  @Test
  void aClosedSocketGetsNoMoreFramesAndALeavingOneNone() {
    Channel rooms = channel(new TestChannel("rooms"));
    Screen closed = new Screen();
    Screen left = new Screen();
    Screen staying = new Screen();
    List.of(closed, left, staying).forEach(s -> rooms.join(s.session));
    closed.open = false;
    rooms.leave(left.session);

    rooms.accept(change("rooms", 1));
    rooms.flush();

    assertThat(closed.received).isEmpty();
    assertThat(left.received).isEmpty();
    assertThat(staying.received).containsExactly("rooms 1 #1 after 1");
  }

  @Test
  void aFrameThatFailsEvenWithAnErrorIsLostButTheNextOnesGoOutWithAGap() {
    TestChannel owner = new TestChannel("rooms");
    Channel rooms = channel(owner);
    Screen screen = new Screen();
    rooms.join(screen.session);

    owner.failNext = new OutOfMemoryError("in the test");
    rooms.accept(change("rooms", 1));
    assertThatCode(rooms::flush).doesNotThrowAnyException();
    owner.failNext = new IllegalStateException("database unavailable");
    rooms.accept(new ChannelChanged("rooms", 1, true));
    assertThatCode(() -> urgent.remove().run()).doesNotThrowAnyException();
    rooms.accept(change("rooms", 1));
    rooms.flush();

    assertThat(screen.received)
        .as("numbers 1 and 2 were lost: the screen sees the gap and fetches a snapshot")
        .containsExactly("rooms 1 #3 after 3");
  }

  @Test
  void framesOnOneChannelNeverReachTheOtherChannelsScreens() throws Exception {
    Channel plenary = channel(new TestChannel("plenary"));
    Channel rooms = channel(new TestChannel("rooms"));
    ServerEndpointConfig plenaryEndpoint = ChannelEndpoints.config(plenary);
    ServerEndpointConfig roomsEndpoint = ChannelEndpoints.config(rooms);
    assertThat(plenaryEndpoint.getPath()).isEqualTo("/ws/plenary");
    assertThat(roomsEndpoint.getPath()).isEqualTo("/ws/rooms");
    Screen hall = new Screen();
    Screen roomDisplay = new Screen();
    plenaryEndpoint
        .getConfigurator()
        .getEndpointInstance(ChannelEndpoint.class)
        .onOpen(hall.session, plenaryEndpoint);
    roomsEndpoint
        .getConfigurator()
        .getEndpointInstance(ChannelEndpoint.class)
        .onOpen(roomDisplay.session, roomsEndpoint);

    plenary.accept(change("plenary", 1));
    plenary.accept(change("plenary", 2));
    rooms.accept(change("rooms", 1));
    new Ticker(List.of(plenary, rooms)).run();
    plenary.accept(change("plenary", 1));
    new Ticker(List.of(plenary, rooms)).run();

    assertThat(hall.received)
        .allMatch(frame -> frame.startsWith("plenary "))
        .hasSize(3)
        .contains("plenary 1 #3 after 3");
    assertThat(roomDisplay.received)
        .as("numbered on its own channel")
        .containsExactly("rooms 1 #1 after 1");
  }
}

package org.ipu.assembly.web.platform.push;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.ipu.assembly.platform.push.ChannelChanged;
import org.junit.jupiter.api.Test;

/**
 * The periodic flush on a real scheduler: a task scheduled at a fixed rate that throws once is
 * never run again, so the flush must let nothing out, not even an {@link Error}.
 */
class TickerTest {

  @Test
  void theScheduledFlushGoesOnAfterAnError() throws Exception {
    TestChannel owner = new TestChannel("rooms");
    Channel rooms = new Channel(owner, Runnable::run, String::valueOf);
    Screen screen = new Screen();
    rooms.join(screen.session);
    ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    try {
      owner.failNext = new OutOfMemoryError("in the test");
      rooms.accept(new ChannelChanged("rooms", 1, false));
      ScheduledFuture<?> ticks =
          scheduler.scheduleAtFixedRate(new Ticker(List.of(rooms)), 1, 1, TimeUnit.MILLISECONDS);
      assertThat(owner.asked.tryAcquire(10, TimeUnit.SECONDS)).as("the failing frame").isTrue();

      rooms.accept(new ChannelChanged("rooms", 1, false));

      assertThat(screen.arrivals.poll(10, TimeUnit.SECONDS))
          .as("a frame after the error")
          .isEqualTo("rooms 1 #2 after 2");
      assertThat(ticks.isDone()).isFalse();
    } finally {
      scheduler.shutdownNow();
    }
  }
}

package org.ipu.assembly.web.platform.push;

import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import org.ipu.assembly.platform.push.ChannelChange;
import org.ipu.assembly.platform.push.ChannelOwner;

/**
 * A channel for the tests: its frames name the channel, the subject, the number and how many
 * changes its owner saw; it can be told to fail the next frames with any throwable.
 */
final class TestChannel implements ChannelOwner {

  private final String name;
  final AtomicInteger changes = new AtomicInteger();
  volatile Throwable failNext;
  volatile Long onScreen;

  /** A permit each time a frame is asked for, whether it fails or not. */
  final Semaphore asked = new Semaphore(0);

  TestChannel(String name) {
    this.name = name;
  }

  @Override
  public String channel() {
    return name;
  }

  @Override
  public void changed(ChannelChange change) {
    changes.incrementAndGet();
  }

  @Override
  public Object frame(long subject, long seq, long serverTime) {
    asked.release();
    Throwable failure = failNext;
    if (failure != null) {
      failNext = null;
      if (failure instanceof Error error) {
        throw error;
      }
      throw (RuntimeException) failure;
    }
    return name + " " + subject + " #" + seq + " after " + changes.get();
  }

  @Override
  public Optional<Object> joining(long seq, long serverTime) {
    return Optional.ofNullable(onScreen).map(subject -> name + " " + subject + " #" + seq);
  }
}

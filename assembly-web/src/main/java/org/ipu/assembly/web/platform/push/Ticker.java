package org.ipu.assembly.web.platform.push;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The periodic flush of every channel. It survives anything a flush throws, {@link Error}s
 * included: a scheduled task that throws once is never run again, and the screens would then
 * receive no frame until a restart. One channel failing does not keep the others' frames back.
 */
final class Ticker implements Runnable {

  private static final Logger LOG = Logger.getLogger(Ticker.class.getName());

  private final List<Channel> channels;

  Ticker(List<Channel> channels) {
    this.channels = List.copyOf(channels);
  }

  @Override
  public void run() {
    try {
      for (Channel channel : channels) {
        try {
          channel.flush();
        } catch (Throwable e) {
          log(LOG, "could not flush channel " + channel.name(), e);
        }
      }
    } catch (Throwable e) {
      log(LOG, "could not flush the channels", e);
    }
  }

  /** Logs a failure, unless logging fails too (out of memory): the caller must go on. */
  static void log(Logger log, String what, Throwable e) {
    try {
      log.log(Level.WARNING, what, e);
    } catch (Throwable ignored) {
      // Nothing left to tell it with; the next tick tries again.
    }
  }
}

package org.ipu.assembly.platform.push;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Hands committed channel changes to whoever pushes them to screens (the web tier subscribes per
 * channel). Only {@link TransactionPhase#AFTER_SUCCESS}: a rolled-back change never reaches a
 * screen.
 */
@ApplicationScoped
public class PushFeed {

  private static final Logger LOG = Logger.getLogger(PushFeed.class.getName());

  private final Map<String, List<Consumer<ChannelChange>>> subscribers = new ConcurrentHashMap<>();

  public void subscribe(String channel, Consumer<ChannelChange> subscriber) {
    subscribers.computeIfAbsent(channel, c -> new CopyOnWriteArrayList<>()).add(subscriber);
  }

  public void unsubscribe(String channel, Consumer<ChannelChange> subscriber) {
    List<Consumer<ChannelChange>> list = subscribers.get(channel);
    if (list != null) {
      list.remove(subscriber);
    }
  }

  void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ChannelChange change) {
    List<Consumer<ChannelChange>> list = subscribers.get(change.channel());
    if (list == null) {
      return;
    }
    for (Consumer<ChannelChange> subscriber : list) {
      try {
        subscriber.accept(change);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "a subscriber of channel " + change.channel() + " failed", e);
      }
    }
  }
}

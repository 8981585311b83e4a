package org.ipu.assembly.platform.push;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
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
 * screen. Where Payara's Data Grid is on (a deployment group of instances), each committed change
 * also goes to the other instances through the grid ({@link GridRelay}), and theirs come here:
 * every instance's screens see every change, whichever instance committed it. A single server runs
 * with the grid off, and its changes stay in it.
 */
@ApplicationScoped
public class PushFeed {

  private static final Logger LOG = Logger.getLogger(PushFeed.class.getName());

  private final Map<String, List<Consumer<ChannelChange>>> subscribers = new ConcurrentHashMap<>();
  private GridRelay grid;

  @PostConstruct
  void joinTheGrid() {
    try {
      grid = GridRelay.join(this::deliver).orElse(null);
    } catch (LinkageError noGridClasses) {
      LOG.log(Level.FINE, "Data Grid off: its classes are not shared", noGridClasses);
    }
  }

  @PreDestroy
  void leaveTheGrid() {
    if (grid != null) {
      grid.close();
    }
  }

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
    deliver(change);
    if (grid != null) {
      grid.publish(change);
    }
  }

  private void deliver(ChannelChange change) {
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

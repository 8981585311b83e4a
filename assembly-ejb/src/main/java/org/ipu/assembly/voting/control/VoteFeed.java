package org.ipu.assembly.voting.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Hands committed vote changes to whoever pushes them to screens (the web tier subscribes). Only
 * {@link TransactionPhase#AFTER_SUCCESS}: a rolled-back ballot never reaches a screen.
 */
@ApplicationScoped
public class VoteFeed {

  private static final Logger LOG = Logger.getLogger(VoteFeed.class.getName());

  private final List<Consumer<VoteChanged>> subscribers = new CopyOnWriteArrayList<>();

  public void subscribe(Consumer<VoteChanged> subscriber) {
    subscribers.add(subscriber);
  }

  public void unsubscribe(Consumer<VoteChanged> subscriber) {
    subscribers.remove(subscriber);
  }

  void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) VoteChanged change) {
    for (Consumer<VoteChanged> subscriber : subscribers) {
      try {
        subscriber.accept(change);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "a vote feed subscriber failed", e);
      }
    }
  }
}

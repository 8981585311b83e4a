package org.ipu.assembly.web.platform.push;

import jakarta.websocket.Session;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.logging.Logger;
import org.glassfish.tyrus.core.TyrusSession;
import org.ipu.assembly.platform.push.ChannelChange;
import org.ipu.assembly.platform.push.ChannelOwner;

/**
 * One named channel: its screens' sockets, its sequence numbers and the subjects whose frame is
 * due. Urgent changes go out at once (on the executor); others mark their subject dirty, and each
 * {@link #flush} sends one frame per dirty subject, however many changes marked it. Each frame is
 * prepared and serialised once and the same text goes to every socket of the channel: through
 * Tyrus's broadcast (which also encodes it once) where the sockets are Tyrus's, since the channel
 * has its endpoint to itself ({@link ChannelEndpoints}), so a broadcast reaches this channel's
 * sockets only. Not {@code getAsyncRemote().sendText} per socket: in Tyrus 2.1 each such send also
 * schedules an idle-timeout task on the managed scheduler, which costs more than the write.
 */
final class Channel implements Consumer<ChannelChange> {

  private static final Logger LOG = Logger.getLogger(Channel.class.getName());

  private final ChannelOwner owner;
  private final String name;
  private final Executor urgent;
  private final Function<Object, String> json;
  private final Set<Session> sessions = ConcurrentHashMap.newKeySet();
  private final Set<Long> dirty = ConcurrentHashMap.newKeySet();
  private final AtomicLong sequence = new AtomicLong();

  /**
   * @param urgent where urgent frames are sent from (not the committing thread)
   * @param json serialises the owner's frames (JSON-B)
   */
  Channel(ChannelOwner owner, Executor urgent, Function<Object, String> json) {
    this.owner = owner;
    this.name = owner.channel();
    this.urgent = urgent;
    this.json = json;
  }

  String name() {
    return name;
  }

  /**
   * A committed change (from the {@link org.ipu.assembly.platform.push.PushFeed}): the owner sees
   * it first, then its frame is sent or marked due.
   */
  @Override
  public void accept(ChannelChange change) {
    owner.changed(change);
    long subject = change.subject();
    if (change.urgent()) {
      dirty.remove(subject);
      urgent.execute(() -> send(subject));
    } else {
      dirty.add(subject);
    }
  }

  /** Sends one frame per subject marked since the last flush. Never throws. */
  void flush() {
    for (Long subject : dirty) {
      if (dirty.remove(subject)) {
        send(subject);
      }
    }
  }

  /**
   * A screen joins: it receives the owner's snapshot, numbered as the last frame. What the owner
   * throws (its database unavailable) goes to the endpoint, which drops the screen.
   */
  void join(Session session) {
    sessions.add(session);
    owner
        .joining(sequence.get(), System.currentTimeMillis())
        .ifPresent(frame -> session.getAsyncRemote().sendText(json.apply(frame)));
  }

  void leave(Session session) {
    sessions.remove(session);
  }

  /**
   * Sends the subject's frame to every screen; with no screen, prepares none. Nothing the owner or
   * the sockets throw goes further (not even an {@link Error}): the frame is lost, and its number
   * with it, so that screens see a gap and fetch a snapshot.
   */
  private synchronized void send(long subject) {
    try {
      sessions.removeIf(session -> !session.isOpen());
      if (sessions.isEmpty()) {
        // Nobody watches: no frame to prepare (the owner may read the database for one), but the
        // number is used, so that a screen joining later still counts on from its snapshot.
        sequence.incrementAndGet();
        return;
      }
      String frame =
          json.apply(owner.frame(subject, sequence.incrementAndGet(), System.currentTimeMillis()));
      Session any = sessions.stream().findFirst().orElse(null);
      if (any instanceof TyrusSession tyrus) {
        tyrus.broadcast(frame);
      } else {
        sessions.forEach(session -> session.getAsyncRemote().sendText(frame));
      }
    } catch (Throwable e) {
      Ticker.log(LOG, "could not send " + subject + " to channel " + name, e);
    }
  }
}

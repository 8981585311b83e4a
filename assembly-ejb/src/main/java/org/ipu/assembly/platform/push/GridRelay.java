package org.ipu.assembly.platform.push;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.topic.ITopic;
import com.hazelcast.topic.Message;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidClassException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Shares committed channel changes among the instances of a deployment group through Payara's Data
 * Grid (Hazelcast): each change committed on one instance is published on one grid topic, and every
 * other instance hands it to its own channels, which push it to their own screens, as for a change
 * committed there. A change travels as the bytes of its Java serialization (the grid never needs
 * the application's classes), and is read back only as one of the application's own classes.
 */
public final class GridRelay implements AutoCloseable {

  /** Where Payara Server binds its Data Grid member (the default name). */
  static final String DATA_GRID = "payara/Hazelcast";

  /** The grid topic of committed changes. */
  static final String TOPIC = "assembly.channel-changes";

  private static final Logger LOG = Logger.getLogger(GridRelay.class.getName());

  /** Only the application's own classes (and the JDK's boxes) are read from the grid. */
  private static final ObjectInputFilter OWN_CLASSES =
      ObjectInputFilter.Config.createFilter(
          "maxdepth=8;maxrefs=64;maxbytes=65536;org.ipu.assembly.**;java.lang.*;!*");

  private final ITopic<byte[]> topic;
  private final UUID listener;

  /**
   * Joins the topic of Payara's Data Grid if the grid is on here (else empty: a single server).
   * Changes other instances publish go to {@code fromOtherInstances}, on the grid's thread (a
   * subscriber must be quick, as on the committing thread).
   */
  public static Optional<GridRelay> join(Consumer<ChannelChange> fromOtherInstances) {
    try {
      Object bound = new InitialContext().lookup(DATA_GRID);
      if (bound instanceof HazelcastInstance member && member.getLifecycleService().isRunning()) {
        GridRelay relay = new GridRelay(member, fromOtherInstances);
        LOG.info(
            () ->
                "Data Grid on: channel changes shared with the other "
                    + (member.getCluster().getMembers().size() - 1)
                    + " member(s) of the grid now");
        return Optional.of(relay);
      }
    } catch (NamingException | RuntimeException off) {
      LOG.log(Level.FINE, "Data Grid off", off);
    }
    return Optional.empty();
  }

  /** Joins the grid's topic of changes (see {@link #join}). */
  GridRelay(HazelcastInstance grid, Consumer<ChannelChange> fromOtherInstances) {
    this.topic = grid.getTopic(TOPIC);
    this.listener = topic.addMessageListener(m -> received(m, fromOtherInstances));
  }

  /** Sends a committed change to the other instances. Never throws: the grid may be leaving. */
  public void publish(ChannelChange change) {
    try {
      topic.publish(bytes(change));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "a change of channel " + change.channel() + " not shared", e);
    }
  }

  @Override
  public void close() {
    try {
      topic.removeMessageListener(listener);
    } catch (RuntimeException e) {
      LOG.log(Level.FINE, "the grid left first", e);
    }
  }

  private static void received(Message<byte[]> message, Consumer<ChannelChange> deliver) {
    if (message.getPublishingMember() != null && message.getPublishingMember().localMember()) {
      return;
    }
    try {
      deliver.accept(change(message.getMessageObject()));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "a change from another instance not delivered", e);
    }
  }

  static byte[] bytes(ChannelChange change) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    try (ObjectOutputStream o = new ObjectOutputStream(out)) {
      o.writeObject(change);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static ChannelChange change(byte[] bytes) {
    try (ObjectInputStream in = new OwnClasses(bytes)) {
      in.setObjectInputFilter(OWN_CLASSES);
      return (ChannelChange) in.readObject();
    } catch (IOException | ClassNotFoundException | ClassCastException e) {
      throw new IllegalArgumentException("not a channel change", e);
    }
  }

  /** Resolves classes with the application's class loader, not the grid's. */
  private static final class OwnClasses extends ObjectInputStream {

    OwnClasses(byte[] bytes) throws IOException {
      super(new ByteArrayInputStream(bytes));
    }

    @Override
    protected Class<?> resolveClass(ObjectStreamClass desc)
        throws IOException, ClassNotFoundException {
      try {
        return Class.forName(desc.getName(), false, GridRelay.class.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new InvalidClassException(desc.getName(), "not one of the application's classes");
      }
    }
  }
}

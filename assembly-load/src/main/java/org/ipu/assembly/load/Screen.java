package org.ipu.assembly.load;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * One screen on /ws/plenary. Records, for the vote under test, when each frame arrived (client
 * clock, the same machine's as the server's) with the server time it was computed at, and when the
 * vote showed closed. Its socket is read by {@link Screens}.
 */
final class Screen {

  private static final byte[] HEADERS_END = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

  private final long voteId;
  final CompletableFuture<Void> opened = new CompletableFuture<>();
  SocketChannel channel;
  ByteBuffer outgoing;
  private ByteBuffer incoming = ByteBuffer.allocate(4096);
  private final ByteArrayOutputStream fragments = new ByteArrayOutputStream();
  private boolean upgraded;
  private long[] arrivals = new long[64];
  private long[] computedAt = new long[64];
  private int frames;
  volatile long closedAt;
  volatile int lastFrameLength;

  Screen(long voteId) {
    this.voteId = voteId;
  }

  void attach(SocketChannel channel, ByteBuffer upgrade) {
    this.channel = channel;
    this.outgoing = upgrade;
  }

  void close() {
    try {
      if (channel != null) {
        channel.close();
      }
    } catch (IOException ignored) {
      // closing an aborted socket
    }
  }

  /** Reads what arrived; false once the server closed the socket. */
  boolean read() throws IOException {
    if (!incoming.hasRemaining()) {
      incoming = ByteBuffer.allocate(incoming.capacity() * 2).put(incoming.flip());
    }
    if (channel.read(incoming) < 0) {
      return false;
    }
    long now = System.currentTimeMillis();
    incoming.flip();
    if (!upgraded && !upgrade()) {
      incoming.compact();
      return true;
    }
    while (frame(now)) {
      // every complete frame in the buffer
    }
    incoming.compact();
    return true;
  }

  private boolean upgrade() throws IOException {
    byte[] seen = Arrays.copyOfRange(incoming.array(), incoming.position(), incoming.limit());
    for (int i = 0; i + HEADERS_END.length <= seen.length; i++) {
      if (Arrays.equals(seen, i, i + HEADERS_END.length, HEADERS_END, 0, HEADERS_END.length)) {
        String status = new String(seen, 0, Math.min(i, 40), StandardCharsets.US_ASCII);
        if (!status.contains(" 101")) {
          throw new IOException("upgrade refused: " + status);
        }
        incoming.position(incoming.position() + i + HEADERS_END.length);
        upgraded = true;
        opened.complete(null);
        return true;
      }
    }
    return false;
  }

  /** Decodes one complete server frame (never masked) from the buffer, if there is one. */
  private boolean frame(long now) {
    int start = incoming.position();
    if (incoming.remaining() < 2) {
      return false;
    }
    int first = incoming.get() & 0xff;
    int length = incoming.get() & 0x7f;
    if (length == 126) {
      if (incoming.remaining() < 2) {
        incoming.position(start);
        return false;
      }
      length = incoming.getShort() & 0xffff;
    } else if (length == 127) {
      if (incoming.remaining() < 8) {
        incoming.position(start);
        return false;
      }
      length = (int) incoming.getLong();
    }
    if (incoming.remaining() < length) {
      incoming.position(start);
      if (incoming.capacity() < length + 16) {
        incoming = ByteBuffer.allocate(length + 16).put(incoming);
        incoming.flip();
      }
      return false;
    }
    int opcode = first & 0x0f;
    byte[] payload = new byte[length];
    incoming.get(payload);
    if (opcode == 1 || opcode == 0) {
      fragments.writeBytes(payload);
      if ((first & 0x80) != 0) {
        text(now, fragments.toString(StandardCharsets.UTF_8));
        fragments.reset();
      }
    }
    return true;
  }

  private void text(long now, String frame) {
    if (number(frame, "\"voteId\":") != voteId) {
      return;
    }
    lastFrameLength = frame.length();
    record(now, number(frame, "\"serverTime\":"));
    if (frame.contains("\"state\":\"CLOSED\"") && closedAt == 0) {
      closedAt = now;
    }
  }

  private static long number(String frame, String field) {
    int at = frame.indexOf(field);
    if (at < 0) {
      return -1;
    }
    long value = 0;
    for (int i = at + field.length();
        i < frame.length() && Character.isDigit(frame.charAt(i));
        i++) {
      value = value * 10 + frame.charAt(i) - '0';
    }
    return value;
  }

  private synchronized void record(long now, long serverTime) {
    if (frames == arrivals.length) {
      arrivals = Arrays.copyOf(arrivals, frames * 2);
      computedAt = Arrays.copyOf(computedAt, frames * 2);
    }
    arrivals[frames] = now;
    computedAt[frames] = serverTime;
    frames++;
  }

  /**
   * When this screen first showed a tally computed at or after the given time (server clock, which
   * is this machine's), or -1 if never. A frame's {@code serverTime} is taken before its tally is
   * read, so it includes every ballot committed by then.
   */
  synchronized long firstShowingAfter(long committed) {
    for (int i = 0; i < frames; i++) {
      if (computedAt[i] >= committed) {
        return arrivals[i];
      }
    }
    return -1;
  }

  synchronized int frames() {
    return frames;
  }

  /**
   * Adds, for each frame this screen received, its arrival to the latest arrival seen per server
   * time.
   */
  synchronized void lastArrivals(Map<Long, Long> byServerTime) {
    for (int i = 0; i < frames; i++) {
      byServerTime.merge(computedAt[i], arrivals[i], Math::max);
    }
  }
}

package org.ipu.assembly.load;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The floor under a frame's way to every screen: a WebSocket server of a few lines in the harness
 * process (plain JDK sockets, no container, no application) that accepts the same 3,000 screens
 * (the harness's own client, {@link Screens}) and writes one prepared text frame of the
 * application's size to each socket in turn from one thread, as Tyrus's broadcast does. The time
 * from the start of a broadcast to the last screen's receipt is the least the loopback writes and
 * the screens' reading cost on this machine at this hour; the broadcasting thread's CPU time is the
 * least a frame costs the server.
 */
final class BroadcastFloor implements AutoCloseable {

  private static final Pattern KEY = Pattern.compile("(?i)Sec-WebSocket-Key:\\s*(\\S+)");
  private static final String GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

  private final ServerSocketChannel server;
  private final List<SocketChannel> sockets = new CopyOnWriteArrayList<>();
  private final Thread acceptor;
  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

  BroadcastFloor(int port) throws IOException {
    server = ServerSocketChannel.open();
    server.bind(new InetSocketAddress("127.0.0.1", port), 4096);
    acceptor = new Thread(this::accept, "broadcast-floor");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  int port() throws IOException {
    return ((InetSocketAddress) server.getLocalAddress()).getPort();
  }

  int sockets() {
    return sockets.size();
  }

  /** Accepts each screen and answers its upgrade (blocking; the screens ask at once). */
  private void accept() {
    while (server.isOpen()) {
      try {
        SocketChannel socket = server.accept();
        ByteBuffer request = ByteBuffer.allocate(4096);
        String headers = "";
        while (!headers.contains("\r\n\r\n") && socket.read(request) > 0) {
          headers = new String(request.array(), 0, request.position(), StandardCharsets.US_ASCII);
        }
        Matcher key = KEY.matcher(headers);
        if (!key.find()) {
          socket.close();
          continue;
        }
        String accept =
            Base64.getEncoder()
                .encodeToString(
                    MessageDigest.getInstance("SHA-1")
                        .digest((key.group(1) + GUID).getBytes(StandardCharsets.US_ASCII)));
        write(
            socket,
            ByteBuffer.wrap(
                ("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                        + "Sec-WebSocket-Accept: "
                        + accept
                        + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII)));
        socket.socket().setTcpNoDelay(true);
        sockets.add(socket);
      } catch (IOException | java.security.NoSuchAlgorithmException e) {
        if (server.isOpen()) {
          LoadHarness.log("broadcast floor: " + e);
        }
      }
    }
  }

  /**
   * Writes one text frame, {@code payloadBytes} long, carrying the vote id and the time the
   * broadcast began as {@link Screen} reads them, to every socket; returns the broadcasting
   * thread's CPU time in nanoseconds.
   */
  long broadcast(long voteId, long seq, int payloadBytes) throws IOException {
    long serverTime = System.currentTimeMillis();
    String head =
        String.format(
            Locale.ROOT,
            "{\"type\":\"tally\",\"seq\":%d,\"vote\":{\"voteId\":%d,\"serverTime\":%d,\"padding\":\"",
            seq,
            voteId,
            serverTime);
    String tail = "\"}}";
    int padding = Math.max(0, payloadBytes - head.length() - tail.length());
    byte[] payload = (head + "x".repeat(padding) + tail).getBytes(StandardCharsets.UTF_8);
    ByteBuffer frame = frame(payload);
    long cpu = threads.getCurrentThreadCpuTime();
    for (SocketChannel socket : sockets) {
      write(socket, frame.duplicate());
    }
    return threads.getCurrentThreadCpuTime() - cpu;
  }

  private static ByteBuffer frame(byte[] payload) {
    ByteBuffer frame = ByteBuffer.allocate(payload.length + 10);
    frame.put((byte) 0x81);
    if (payload.length < 126) {
      frame.put((byte) payload.length);
    } else if (payload.length < 65536) {
      frame.put((byte) 126).putShort((short) payload.length);
    } else {
      frame.put((byte) 127).putLong(payload.length);
    }
    return frame.put(payload).flip();
  }

  private static void write(SocketChannel socket, ByteBuffer bytes) throws IOException {
    while (bytes.hasRemaining()) {
      socket.write(bytes);
    }
  }

  @Override
  public void close() throws IOException {
    server.close();
    for (SocketChannel socket : sockets) {
      socket.close();
    }
  }
}

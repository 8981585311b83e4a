package org.ipu.assembly.load;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Iterator;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The harness's WebSocket client for thousands of screens: one selector thread reads every socket
 * and decodes the server's frames itself. The JDK's client costs about half a core at 30,000 frames
 * a second, CPU the server under test shares on this machine.
 */
final class Screens implements AutoCloseable {

  private final Selector selector;
  private final Queue<Screen> connecting = new ConcurrentLinkedQueue<>();
  private final Thread loop;
  private volatile boolean running = true;

  Screens() throws IOException {
    selector = Selector.open();
    loop = new Thread(this::run, "screens");
    loop.setDaemon(true);
    loop.start();
  }

  /** Opens the screen's socket and upgrades it; completes when the server has answered 101. */
  CompletableFuture<Void> connect(Screen screen, URI uri) {
    try {
      SocketChannel channel = SocketChannel.open();
      channel.configureBlocking(false);
      channel.connect(new InetSocketAddress(uri.getHost(), uri.getPort()));
      byte[] nonce = new byte[16];
      ThreadLocalRandom.current().nextBytes(nonce);
      String upgrade =
          "GET "
              + uri.getPath()
              + " HTTP/1.1\r\nHost: "
              + uri.getHost()
              + ":"
              + uri.getPort()
              + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: "
              + Base64.getEncoder().encodeToString(nonce)
              + "\r\n\r\n";
      screen.attach(channel, ByteBuffer.wrap(upgrade.getBytes(StandardCharsets.US_ASCII)));
      connecting.add(screen);
      selector.wakeup();
    } catch (IOException e) {
      screen.opened.completeExceptionally(e);
    }
    return screen.opened;
  }

  private void run() {
    while (running) {
      try {
        selector.select(100);
        for (Screen s; (s = connecting.poll()) != null; ) {
          s.channel.register(selector, SelectionKey.OP_CONNECT, s);
        }
        Iterator<SelectionKey> keys = selector.selectedKeys().iterator();
        while (keys.hasNext()) {
          SelectionKey key = keys.next();
          keys.remove();
          Screen screen = (Screen) key.attachment();
          try {
            if (!key.isValid()) {
              continue;
            }
            if (key.isConnectable() && screen.channel.finishConnect()) {
              key.interestOps(SelectionKey.OP_WRITE);
            }
            if (key.isValid() && key.isWritable()) {
              screen.channel.write(screen.outgoing);
              if (!screen.outgoing.hasRemaining()) {
                key.interestOps(SelectionKey.OP_READ);
              }
            }
            if (key.isValid() && key.isReadable() && !screen.read()) {
              key.cancel();
              screen.close();
            }
          } catch (IOException | RuntimeException e) {
            key.cancel();
            screen.opened.completeExceptionally(e);
            screen.close();
          }
        }
      } catch (IOException e) {
        LoadHarness.log("screens: " + e);
      }
    }
  }

  @Override
  public void close() throws IOException {
    running = false;
    selector.wakeup();
    selector.close();
  }
}

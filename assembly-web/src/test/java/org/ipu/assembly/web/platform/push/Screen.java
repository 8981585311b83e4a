package org.ipu.assembly.web.platform.push;

import jakarta.websocket.RemoteEndpoint;
import jakarta.websocket.Session;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;

/** A screen's socket, in memory: what the channel sends it, and whether it is still open. */
final class Screen {

  final List<String> received = new CopyOnWriteArrayList<>();
  final BlockingQueue<String> arrivals = new LinkedBlockingQueue<>();
  volatile boolean open = true;
  final Session session = session();

  private Session session() {
    RemoteEndpoint.Async remote =
        (RemoteEndpoint.Async)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {RemoteEndpoint.Async.class},
                (proxy, method, args) -> {
                  if (method.getName().equals("sendText") && args.length == 1) {
                    received.add((String) args[0]);
                    arrivals.add((String) args[0]);
                    return null;
                  }
                  throw new UnsupportedOperationException(method.getName());
                });
    return (Session)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {Session.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getAsyncRemote" -> remote;
                  case "isOpen" -> open;
                  case "setMaxIdleTimeout",
                      "setMaxTextMessageBufferSize",
                      "setMaxBinaryMessageBufferSize",
                      "addMessageHandler" ->
                      null;
                  case "hashCode" -> System.identityHashCode(proxy);
                  case "equals" -> proxy == args[0];
                  case "toString" -> "screen";
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }
}

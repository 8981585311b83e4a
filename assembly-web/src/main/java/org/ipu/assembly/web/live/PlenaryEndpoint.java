package org.ipu.assembly.web.live;

import jakarta.inject.Inject;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;

/**
 * {@code /ws/plenary}: the live feed of the plenary's votes. Public and read-only, like the hall
 * screen: a named vote's board is open data, a secret vote shows totals only once closed.
 */
@ServerEndpoint("/ws/plenary")
public class PlenaryEndpoint {

  @Inject private PlenaryBroadcast broadcast;

  @OnOpen
  public void open(Session session) {
    session.setMaxIdleTimeout(0);
    broadcast.join(session);
  }

  @OnClose
  public void close(Session session) {
    broadcast.leave(session);
  }

  @OnError
  public void error(Session session, Throwable error) {
    broadcast.leave(session);
  }
}

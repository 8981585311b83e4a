package org.ipu.assembly.web.platform.push;

import jakarta.websocket.CloseReason;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.Session;

/**
 * A channel's WebSocket endpoint: screens join and leave; they send nothing. Public because Tyrus
 * calls it by reflection.
 */
public final class ChannelEndpoint extends Endpoint {

  private final Channel channel;

  ChannelEndpoint(Channel channel) {
    this.channel = channel;
  }

  @Override
  public void onOpen(Session session, EndpointConfig config) {
    session.setMaxIdleTimeout(0);
    channel.join(session);
  }

  @Override
  public void onClose(Session session, CloseReason reason) {
    channel.leave(session);
  }

  @Override
  public void onError(Session session, Throwable error) {
    channel.leave(session);
  }
}

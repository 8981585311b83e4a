package org.ipu.assembly.web.platform.push;

import jakarta.websocket.CloseReason;
import jakarta.websocket.CloseReason.CloseCodes;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.Session;
import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * A channel's WebSocket endpoint: screens join and leave; they send nothing (a screen that does is
 * closed). Public because Tyrus calls it by reflection.
 */
public final class ChannelEndpoint extends Endpoint {

  private final Channel channel;

  ChannelEndpoint(Channel channel) {
    this.channel = channel;
  }

  /** Screens only listen: the most a screen may send before it is closed (a browser's ping). */
  static final int MAX_MESSAGE_BYTES = 125;

  @Override
  public void onOpen(Session session, EndpointConfig config) {
    session.setMaxIdleTimeout(0);
    session.setMaxTextMessageBufferSize(MAX_MESSAGE_BYTES);
    session.setMaxBinaryMessageBufferSize(MAX_MESSAGE_BYTES);
    session.addMessageHandler(String.class, text -> refuse(session));
    session.addMessageHandler(ByteBuffer.class, bytes -> refuse(session));
    channel.join(session);
  }

  /** A screen that sends data is closed with 1003 (cannot accept): channels only push. */
  private void refuse(Session session) {
    channel.leave(session);
    try {
      session.close(new CloseReason(CloseCodes.CANNOT_ACCEPT, "screens only listen"));
    } catch (IOException alreadyGone) {
      // the socket is closed either way
    }
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

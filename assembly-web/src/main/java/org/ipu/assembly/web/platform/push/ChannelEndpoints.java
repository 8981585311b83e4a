package org.ipu.assembly.web.platform.push;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.websocket.DeploymentException;
import jakarta.websocket.server.ServerContainer;
import jakarta.websocket.server.ServerEndpointConfig;

/**
 * Opens one WebSocket endpoint per channel, {@code /ws/}<i>name</i>, at deployment. A channel has
 * its endpoint to itself: Tyrus's broadcast, which sends a frame to every socket of an endpoint,
 * then reaches that channel's screens and no other's.
 */
@WebListener
public class ChannelEndpoints implements ServletContextListener {

  @Inject private Channels channels;

  @Override
  public void contextInitialized(ServletContextEvent event) {
    ServerContainer container =
        (ServerContainer) event.getServletContext().getAttribute(ServerContainer.class.getName());
    for (Channel channel : channels.all()) {
      try {
        container.addEndpoint(config(channel));
      } catch (DeploymentException e) {
        throw new IllegalStateException("could not open channel " + channel.name(), e);
      }
    }
  }

  static ServerEndpointConfig config(Channel channel) {
    return ServerEndpointConfig.Builder.create(ChannelEndpoint.class, "/ws/" + channel.name())
        .configurator(
            new ServerEndpointConfig.Configurator() {
              @Override
              public <T> T getEndpointInstance(Class<T> type) {
                return type.cast(new ChannelEndpoint(channel));
              }
            })
        .build();
  }
}

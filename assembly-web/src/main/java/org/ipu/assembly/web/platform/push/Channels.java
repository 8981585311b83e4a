package org.ipu.assembly.web.platform.push;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.ipu.assembly.platform.push.ChannelOwner;
import org.ipu.assembly.platform.push.PushFeed;

/**
 * Every live channel of the application: one per {@link ChannelOwner} bean, subscribed to the
 * {@link PushFeed} for its committed changes, flushed every {@value #COALESCE_MILLIS} ms (at most
 * one frame per subject in that time, however many changes arrive). Started at deployment, when
 * {@link ChannelEndpoints} opens the channels' endpoints.
 */
@ApplicationScoped
public class Channels {

  static final long COALESCE_MILLIS = 100;

  @Inject private PushFeed feed;
  @Inject @Any private Instance<ChannelOwner> owners;
  @Resource private ManagedScheduledExecutorService scheduler;

  private final Jsonb jsonb = JsonbBuilder.create();
  private final Function<Object, String> json = jsonb::toJson;
  private final List<Channel> channels = new ArrayList<>();
  private ScheduledFuture<?> ticker;

  @PostConstruct
  void start() {
    for (ChannelOwner owner : owners) {
      Channel channel = new Channel(owner, scheduler, json);
      if (channels.stream().anyMatch(c -> c.name().equals(channel.name()))) {
        throw new IllegalStateException("two owners of channel " + channel.name());
      }
      channels.add(channel);
      feed.subscribe(channel.name(), channel);
    }
    ticker =
        scheduler.scheduleAtFixedRate(
            new Ticker(channels), COALESCE_MILLIS, COALESCE_MILLIS, TimeUnit.MILLISECONDS);
  }

  @PreDestroy
  void stop() {
    for (Channel channel : channels) {
      feed.unsubscribe(channel.name(), channel);
    }
    if (ticker != null) {
      ticker.cancel(false);
    }
  }

  List<Channel> all() {
    return List.copyOf(channels);
  }
}

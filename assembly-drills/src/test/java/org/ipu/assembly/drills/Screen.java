package org.ipu.assembly.drills;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.ipu.assembly.testkit.Answer;
import org.ipu.assembly.testkit.Caller;

/**
 * A screen on {@code /ws/plenary} that behaves as the pages' live.js does: when the socket drops it
 * reconnects with backoff (0.25 s doubling up to 4 s, with jitter), and after every (re)connect it
 * fetches a snapshot of the vote on screen. It keeps the latest state it has shown of the vote
 * under test: the frame or snapshot with the highest audit sequence.
 */
final class Screen implements WebSocket.Listener {

  /** What the screen shows of the vote. */
  record Shown(String state, int auditSequence, int yes, int no, int abstain) {

    static Shown of(JsonObject vote) {
      JsonObject totals = vote.getJsonObject("totals");
      return new Shown(
          vote.getString("state"),
          vote.getInt("auditSequence"),
          totals == null ? -1 : totals.getInt("yes"),
          totals == null ? -1 : totals.getInt("no"),
          totals == null ? -1 : totals.getInt("abstain"));
    }
  }

  private final String name;
  private final URI uri;
  private final Caller api;
  private final long voteId;
  private final ScheduledExecutorService timer;
  private final StringBuilder partial = new StringBuilder();
  private final AtomicInteger connects = new AtomicInteger();
  private final AtomicInteger snapshots = new AtomicInteger();
  private volatile Shown shown;
  private volatile WebSocket socket;
  private volatile boolean stopped;
  private volatile long lastConnectedAt;
  private long backoff = 250;

  Screen(String name, URI uri, Caller api, long voteId, ScheduledExecutorService timer) {
    this.name = name;
    this.uri = uri;
    this.api = api;
    this.voteId = voteId;
    this.timer = timer;
  }

  void connect() {
    if (stopped) {
      return;
    }
    api.client()
        .http()
        .newWebSocketBuilder()
        .connectTimeout(Duration.ofSeconds(5))
        .buildAsync(uri, this)
        .whenComplete(
            (s, failed) -> {
              if (failed != null) {
                reconnectLater();
              }
            });
  }

  @Override
  public void onOpen(WebSocket webSocket) {
    socket = webSocket;
    synchronized (this) {
      backoff = 250;
      partial.setLength(0);
    }
    connects.incrementAndGet();
    lastConnectedAt = System.currentTimeMillis();
    timer.execute(this::fetchSnapshot);
    webSocket.request(1);
  }

  @Override
  public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
    String frame = null;
    synchronized (this) {
      partial.append(data);
      if (last) {
        frame = partial.toString();
        partial.setLength(0);
      }
    }
    if (frame != null) {
      JsonObject vote =
          Json.createReader(new StringReader(frame)).readObject().getJsonObject("vote");
      show(vote);
    }
    webSocket.request(1);
    return null;
  }

  @Override
  public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
    dropped(webSocket);
    return null;
  }

  @Override
  public void onError(WebSocket webSocket, Throwable error) {
    dropped(webSocket);
  }

  private void dropped(WebSocket webSocket) {
    if (socket == webSocket) {
      socket = null;
      reconnectLater();
    }
  }

  private void reconnectLater() {
    if (stopped) {
      return;
    }
    long delay;
    synchronized (this) {
      delay = backoff + ThreadLocalRandom.current().nextLong(backoff);
      backoff = Math.min(backoff * 2, 4000);
    }
    timer.schedule(this::connect, delay, TimeUnit.MILLISECONDS);
  }

  /** As live.js: the vote on screen, asked again later if the server cannot answer now. */
  private void fetchSnapshot() {
    if (stopped || socket == null) {
      return;
    }
    try {
      Answer answer = api.get("/api/public/votes/current");
      if (answer.status() == 200 && answer.isJson()) {
        snapshots.incrementAndGet();
        show(answer.object());
        return;
      }
    } catch (IOException e) {
      // Not answered: the socket will drop and reconnect, or the next try gets it.
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    }
    timer.schedule(this::fetchSnapshot, 1, TimeUnit.SECONDS);
  }

  private synchronized void show(JsonObject vote) {
    if (vote == null || vote.getJsonNumber("voteId").longValue() != voteId) {
      return;
    }
    Shown now = Shown.of(vote);
    if (shown == null || now.auditSequence() >= shown.auditSequence()) {
      shown = now;
    }
  }

  void stop() {
    stopped = true;
    WebSocket s = socket;
    if (s != null) {
      s.abort();
    }
  }

  String name() {
    return name;
  }

  Shown shown() {
    return shown;
  }

  /** How many times the socket opened (1 = never reconnected). */
  int connects() {
    return connects.get();
  }

  int snapshots() {
    return snapshots.get();
  }

  boolean connected() {
    return socket != null;
  }

  long lastConnectedAt() {
    return lastConnectedAt;
  }
}

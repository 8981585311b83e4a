package org.ipu.assembly.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One screen on /ws/plenary. Records, for the vote under test, when each frame arrived (client
 * clock, the same machine's as the server's) with its audit sequence and state.
 */
final class Screen implements WebSocket.Listener {

  private static final Pattern VOTE = Pattern.compile("\"voteId\":(\\d+)");
  private static final Pattern SEQUENCE = Pattern.compile("\"auditSequence\":(\\d+)");
  private static final Pattern STATE = Pattern.compile("\"state\":\"([A-Z]+)\"");

  private final long voteId;
  private final StringBuilder partial = new StringBuilder();
  private long[] arrivals = new long[64];
  private int[] sequences = new int[64];
  private int frames;
  volatile long closedAt;
  private WebSocket socket;

  Screen(long voteId) {
    this.voteId = voteId;
  }

  CompletableFuture<WebSocket> connect(HttpClient client, URI uri) {
    return client.newWebSocketBuilder().buildAsync(uri, this).thenApply(s -> socket = s);
  }

  void close() {
    if (socket != null) {
      socket.abort();
      socket = null;
    }
  }

  @Override
  public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
    partial.append(data);
    if (last) {
      long now = System.currentTimeMillis();
      String frame = partial.toString();
      partial.setLength(0);
      Matcher vote = VOTE.matcher(frame);
      if (vote.find() && Long.parseLong(vote.group(1)) == voteId) {
        Matcher sequence = SEQUENCE.matcher(frame);
        Matcher state = STATE.matcher(frame);
        int seq = sequence.find() ? Integer.parseInt(sequence.group(1)) : 0;
        record(now, seq);
        if (state.find() && state.group(1).equals("CLOSED") && closedAt == 0) {
          closedAt = now;
        }
      }
    }
    webSocket.request(1);
    return null;
  }

  private synchronized void record(long now, int sequence) {
    if (frames == arrivals.length) {
      arrivals = java.util.Arrays.copyOf(arrivals, frames * 2);
      sequences = java.util.Arrays.copyOf(sequences, frames * 2);
    }
    arrivals[frames] = now;
    sequences[frames] = sequence;
    frames++;
  }

  /** When this screen first showed a tally that includes the audit entry, or -1 if never. */
  synchronized long firstShowing(int auditSequence) {
    for (int i = 0; i < frames; i++) {
      if (sequences[i] >= auditSequence) {
        return arrivals[i];
      }
    }
    return -1;
  }

  synchronized int frames() {
    return frames;
  }
}

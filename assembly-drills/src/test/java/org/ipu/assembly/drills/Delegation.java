package org.ipu.assembly.drills;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;

/**
 * One delegation's tablet: casts its ballot, then changes it again and again, each ballot with a
 * fresh idempotency key. A ballot is sent again with the same key, as the tablet does, until it
 * gets a receipt or a refusal from the application: after a lost connection, after a 503 (waiting
 * as long as Retry-After says) and after any answer that is not the application's own.
 */
final class Delegation implements Runnable {

  /**
   * One request as the tablet saw it; status -1 when no answer came (refused, reset, timed out).
   */
  record Attempt(
      String key,
      long sentAt,
      long answeredAt,
      int status,
      String contentType,
      String code,
      String message,
      Optional<String> retryAfter) {

    boolean answered() {
      return status > 0;
    }
  }

  /** An accepted ballot as its receipt states it. */
  record Receipt(
      String key,
      long ballotId,
      int version,
      int yes,
      int no,
      int abstain,
      boolean replay,
      int attempts,
      long answeredAt) {}

  private static final long GIVE_UP_MILLIS = 180_000;

  private final String country;
  private final long parliamentId;
  private final int usableVotes;
  private final Api api;
  private final String path;
  private final Random random;
  private final List<Attempt> attempts = new ArrayList<>();
  private final List<Receipt> receipts = new ArrayList<>();
  private final List<Attempt> refusals = new ArrayList<>();
  private volatile boolean stopping;
  private volatile String unanswered;

  Delegation(String country, long parliamentId, int usableVotes, Api api, long voteId, long seed) {
    this.country = country;
    this.parliamentId = parliamentId;
    this.usableVotes = usableVotes;
    this.api = api;
    this.path = "/api/votes/" + voteId + "/ballots";
    this.random = new Random(seed);
  }

  @Override
  public void run() {
    try {
      int[] previous = null;
      while (!stopping) {
        int[] split = nextSplit(previous);
        if (!castUntilAnswered(split, UUID.randomUUID().toString())) {
          return;
        }
        previous = split;
        Thread.sleep(300 + random.nextInt(600));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Asks the tablet to stop once its ballot in flight is answered. */
  void stop() {
    stopping = true;
  }

  /** Sends one ballot until the application answers it; false when the tablet should stop. */
  private boolean castUntilAnswered(int[] split, String key) throws InterruptedException {
    String body =
        "{\"yes\": %d, \"no\": %d, \"abstain\": %d, \"idempotencyKey\": \"%s\"}"
            .formatted(split[0], split[1], split[2], key);
    long giveUpAt = System.currentTimeMillis() + GIVE_UP_MILLIS;
    long backoff = 250;
    for (int n = 1; ; n++) {
      if (System.currentTimeMillis() > giveUpAt) {
        unanswered = key;
        return false;
      }
      long sentAt = System.currentTimeMillis();
      Api.Answer answer;
      try {
        answer = api.post(path, body);
      } catch (IOException lost) {
        record(
            new Attempt(
                key,
                sentAt,
                System.currentTimeMillis(),
                -1,
                "",
                null,
                lost.toString(),
                Optional.empty()));
        Thread.sleep(backoff);
        backoff = Math.min(backoff * 2, 2000);
        continue;
      }
      long answeredAt = System.currentTimeMillis();
      String code = answer.code();
      Attempt attempt =
          new Attempt(
              key,
              sentAt,
              answeredAt,
              answer.status(),
              answer.contentType(),
              code,
              code == null ? abbreviated(answer.body()) : answer.message(),
              answer.retryAfter());
      record(attempt);
      if ((answer.status() == 200 || answer.status() == 201) && answer.isJson()) {
        var r = answer.object();
        synchronized (this) {
          receipts.add(
              new Receipt(
                  key,
                  r.getJsonNumber("ballotId").longValue(),
                  r.getInt("ballotVersion"),
                  r.getInt("yes"),
                  r.getInt("no"),
                  r.getInt("abstain"),
                  r.getBoolean("replay"),
                  n,
                  answeredAt));
        }
        return true;
      }
      if (answer.status() == 503 && code != null) {
        Thread.sleep(
            Math.min(5, Math.max(1, answer.retryAfter().map(Long::parseLong).orElse(1L))) * 1000);
        continue;
      }
      if (answer.status() >= 400 && answer.status() < 500 && code != null) {
        synchronized (this) {
          refusals.add(attempt);
        }
        return false;
      }
      // Not the application's answer (a server still deploying, a gateway page): try again.
      Thread.sleep(1000);
    }
  }

  private int[] nextSplit(int[] previous) {
    while (true) {
      int total = 1 + random.nextInt(usableVotes);
      int yes = random.nextInt(total + 1);
      int no = random.nextInt(total - yes + 1);
      int[] split = {yes, no, total - yes - no};
      if (previous == null || !Arrays.equals(split, previous) || usableVotes == 1) {
        return split;
      }
    }
  }

  private synchronized void record(Attempt attempt) {
    attempts.add(attempt);
  }

  private static String abbreviated(String body) {
    String flat = body == null ? "" : body.replaceAll("\\s+", " ");
    return flat.length() > 200 ? flat.substring(0, 200) + "…" : flat;
  }

  String country() {
    return country;
  }

  long parliamentId() {
    return parliamentId;
  }

  String language() {
    return api.language();
  }

  synchronized List<Attempt> attempts() {
    return List.copyOf(attempts);
  }

  synchronized List<Receipt> receipts() {
    return List.copyOf(receipts);
  }

  synchronized List<Attempt> refusals() {
    return List.copyOf(refusals);
  }

  /** The ballot that counts: the receipt with the highest version. */
  synchronized Optional<Receipt> lastReceipt() {
    return receipts.stream().max(Comparator.comparingInt(Receipt::version));
  }

  /** The key of a ballot left without an answer from the application, if any. */
  String unanswered() {
    return unanswered;
  }
}

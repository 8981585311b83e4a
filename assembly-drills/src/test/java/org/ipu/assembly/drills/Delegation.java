package org.ipu.assembly.drills;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.ipu.assembly.testkit.Answer;
import org.ipu.assembly.testkit.Ballot;
import org.ipu.assembly.testkit.Caller;

/**
 * One delegation's tablet: casts its ballot, then changes it again and again, each ballot with a
 * fresh idempotency key. A ballot is sent again with the same key, as the tablet does, until it
 * gets a receipt or a refusal from the application: after a lost connection, after a 503 (waiting
 * as long as Retry-After says) and after any answer that is not the application's own ({@link
 * Caller#castUntilAnswered}).
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
  private final Caller api;
  private final long voteId;
  private final Random random;
  private final List<Attempt> attempts = new ArrayList<>();
  private final List<Receipt> receipts = new ArrayList<>();
  private final List<Attempt> refusals = new ArrayList<>();
  private volatile boolean stopping;
  private volatile String unanswered;

  Delegation(
      String country, long parliamentId, int usableVotes, Caller api, long voteId, long seed) {
    this.country = country;
    this.parliamentId = parliamentId;
    this.usableVotes = usableVotes;
    this.api = api;
    this.voteId = voteId;
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

  /**
   * Sends one ballot until the application answers it (the test kit's tablet retries, one key);
   * false when the tablet should stop.
   */
  private boolean castUntilAnswered(int[] split, String key) throws InterruptedException {
    Ballot ballot = new Ballot(split[0], split[1], split[2], key);
    int[] sent = {0};
    Optional<Answer> answered =
        api.castUntilAnswered(
            voteId,
            ballot,
            GIVE_UP_MILLIS,
            attempt -> {
              sent[0] = attempt.number();
              record(attemptOf(attempt));
            });
    if (answered.isEmpty()) {
      unanswered = key;
      return false;
    }
    Answer answer = answered.get();
    if (answer.status() == 200 || answer.status() == 201) {
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
                sent[0],
                lastAnsweredAt()));
      }
      return true;
    }
    synchronized (this) {
      refusals.add(attempts.get(attempts.size() - 1));
    }
    return false;
  }

  private static Attempt attemptOf(Caller.Attempt a) {
    if (!a.answered()) {
      return new Attempt(
          a.key(),
          a.sentAt(),
          a.answeredAt(),
          -1,
          "",
          null,
          a.failure().toString(),
          Optional.empty());
    }
    Answer answer = a.answer();
    String code = answer.code();
    return new Attempt(
        a.key(),
        a.sentAt(),
        a.answeredAt(),
        answer.status(),
        answer.contentType(),
        code,
        code == null ? answer.abbreviated() : answer.message(),
        answer.retryAfter());
  }

  private synchronized long lastAnsweredAt() {
    return attempts.get(attempts.size() - 1).answeredAt();
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

  String country() {
    return country;
  }

  long parliamentId() {
    return parliamentId;
  }

  int usableVotes() {
    return usableVotes;
  }

  /** The head's own signed-in client, for ballots outside the casting loop. */
  Caller api() {
    return api;
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

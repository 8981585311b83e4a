package org.ipu.assembly.platform.mail;

import java.time.Duration;

/**
 * When to try a mail again after a failed attempt: the first retry after {@code firstDelay}, each
 * next one after twice the previous delay, never longer than {@code maxDelay}; after {@code
 * maxAttempts} failed attempts the mail is given up (and shown as failed).
 */
public record RetryPolicy(Duration firstDelay, Duration maxDelay, int maxAttempts) {

  public RetryPolicy {
    if (firstDelay.isNegative() || firstDelay.isZero() || maxDelay.compareTo(firstDelay) < 0) {
      throw new IllegalArgumentException("delays: first " + firstDelay + ", max " + maxDelay);
    }
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("at least one attempt: " + maxAttempts);
    }
  }

  /** The delay before the next attempt, after {@code failedAttempts} (at least 1) failures. */
  public Duration delayAfter(int failedAttempts) {
    if (failedAttempts < 1) {
      throw new IllegalArgumentException("no failure yet");
    }
    Duration delay = firstDelay;
    for (int i = 1; i < failedAttempts && delay.compareTo(maxDelay) < 0; i++) {
      delay = delay.multipliedBy(2);
    }
    return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
  }

  /** Whether a mail that failed {@code failedAttempts} times is given up. */
  public boolean givesUpAfter(int failedAttempts) {
    return failedAttempts >= maxAttempts;
  }
}

package org.ipu.assembly.accounts.rules;

import java.time.Duration;

/**
 * What keeps an attempt to sign in from being tried now: nothing, a wait after failures in a row,
 * or a lock; and how long until the next attempt is tried.
 */
public record SignInHold(Kind kind, Duration retryAfter) {

  /** Why an attempt is not tried. */
  public enum Kind {
    NONE,
    SLOW_DOWN,
    LOCKED
  }

  public static final SignInHold NONE = new SignInHold(Kind.NONE, Duration.ZERO);

  /** Whether the attempt may be checked now. */
  public boolean allows() {
    return kind == Kind.NONE;
  }

  /** Whole seconds to wait, at least 1 (for a {@code Retry-After} header and the message). */
  public long retryAfterSeconds() {
    long seconds = retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0);
    return Math.max(1, seconds);
  }
}

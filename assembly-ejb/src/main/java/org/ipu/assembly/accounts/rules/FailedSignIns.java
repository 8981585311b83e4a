package org.ipu.assembly.accounts.rules;

import java.time.Duration;
import java.time.Instant;

/**
 * The failed attempts to sign in of one account, or from one address, under a {@link SignInPolicy}:
 * how many in a row, the last one, and until when a lock holds. Immutable: each failure gives the
 * next state.
 *
 * @param failures failures counted since the last success, lock or forgetting
 * @param first when the first of them happened: they count for the lockout duration from then
 * @param last when the last of them happened
 * @param lockedUntil until when attempts are refused ({@link Instant#MIN}: no lock)
 */
public record FailedSignIns(int failures, Instant first, Instant last, Instant lockedUntil) {

  /** No failure remembered. */
  public static final FailedSignIns NONE =
      new FailedSignIns(0, Instant.MIN, Instant.MIN, Instant.MIN);

  /** Longest wait between two attempts before the lock (the lock itself is longer). */
  private static final Duration LONGEST_WAIT = Duration.ofMinutes(5);

  /**
   * The state as it stands at {@code now}: an expired lock is forgotten, and so are failures once
   * the lockout duration has passed since the first of them (an office's occasional typos never add
   * up to a lock).
   */
  public FailedSignIns at(Instant now, SignInPolicy policy) {
    if (lockedUntil.isAfter(now)) {
      return this;
    }
    boolean lockEnded = lockedUntil != Instant.MIN;
    boolean stale = !first.plus(policy.lockout()).isAfter(now);
    return lockEnded || stale ? NONE : this;
  }

  /** What holds an attempt on an account: its lock, or the wait after failures in a row. */
  public SignInHold accountHold(Instant now, SignInPolicy policy) {
    FailedSignIns current = at(now, policy);
    if (current.lockedUntil.isAfter(now)) {
      return new SignInHold(SignInHold.Kind.LOCKED, Duration.between(now, current.lockedUntil));
    }
    if (current.failures >= SignInPolicy.SLOW_AFTER) {
      Instant next = current.last.plus(wait(current.failures));
      if (next.isAfter(now)) {
        return new SignInHold(SignInHold.Kind.SLOW_DOWN, Duration.between(now, next));
      }
    }
    return SignInHold.NONE;
  }

  /** What holds an attempt from an address: only its lock (offices share one address). */
  public SignInHold addressHold(Instant now, SignInPolicy policy) {
    FailedSignIns current = at(now, policy);
    return current.lockedUntil.isAfter(now)
        ? new SignInHold(SignInHold.Kind.LOCKED, Duration.between(now, current.lockedUntil))
        : SignInHold.NONE;
  }

  /** The state after one more failure that locks once {@code lockAfter} failures are reached. */
  public FailedSignIns failed(Instant now, SignInPolicy policy, int lockAfter) {
    FailedSignIns current = at(now, policy);
    int failures = current.failures + 1;
    Instant since = current.failures == 0 ? now : current.first;
    Instant until = failures >= lockAfter ? now.plus(policy.lockout()) : current.lockedUntil;
    return new FailedSignIns(failures, since, now, until);
  }

  /**
   * The wait after {@code failures} in a row: 1 s after the first beyond the free ones, doubling.
   */
  static Duration wait(int failures) {
    int doublings = failures - SignInPolicy.SLOW_AFTER;
    if (doublings >= 30) {
      return LONGEST_WAIT;
    }
    Duration wait = Duration.ofSeconds(1L << doublings);
    return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
  }
}

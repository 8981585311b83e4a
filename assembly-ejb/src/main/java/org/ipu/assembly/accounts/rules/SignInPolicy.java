package org.ipu.assembly.accounts.rules;

import java.time.Duration;

/**
 * How sign-in guards against guessing, from the Assembly's settings: after {@value #SLOW_AFTER}
 * failed attempts in a row an account's next attempt waits 1 s, then 2, 4, 8, ... seconds; after
 * {@code lockoutAfter} it is locked for {@code lockout}; an address is locked for as long after
 * {@code addressLockoutAfter} failures (any accounts, unknown ones too) within that time. A lock
 * expires by itself, so nobody can keep a real user out for long; a failure older than the lockout
 * is forgotten.
 *
 * @param lockoutAfter failed attempts in a row that lock an account
 * @param lockout how long a lock lasts, and how long a failure is remembered
 * @param addressLockoutAfter failed attempts from one address that lock that address
 */
public record SignInPolicy(int lockoutAfter, Duration lockout, int addressLockoutAfter) {

  /** Failures in a row after which each further attempt on the account waits. */
  public static final int SLOW_AFTER = 2;

  public SignInPolicy {
    if (lockoutAfter < 1 || addressLockoutAfter < 1 || lockout.isNegative() || lockout.isZero()) {
      throw new IllegalArgumentException("a sign-in policy needs positive limits");
    }
  }
}

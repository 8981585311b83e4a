package org.ipu.assembly.accounts.boundary;

/**
 * The answer to an attempt to sign in: signed in (with the account's role), refused, or not tried
 * (wait, or locked) with the seconds until the next attempt is tried.
 */
public record SignInResult(Status status, String username, String role, long retryAfterSeconds) {

  /** What became of the attempt. */
  public enum Status {
    SIGNED_IN,
    REFUSED,
    SLOW_DOWN,
    LOCKED
  }

  static SignInResult signedIn(String username, String role) {
    return new SignInResult(Status.SIGNED_IN, username, role, 0);
  }

  static SignInResult refused(String username) {
    return new SignInResult(Status.REFUSED, username, null, 0);
  }

  public boolean signedIn() {
    return status == Status.SIGNED_IN;
  }

  /** Whether the attempt was not tried at all (a wait, or a lock). */
  public boolean held() {
    return status == Status.SLOW_DOWN || status == Status.LOCKED;
  }

  /** The stable code of a held attempt: {@code auth.locked} or {@code auth.slow-down}. */
  public String heldCode() {
    return status == Status.LOCKED ? "auth.locked" : "auth.slow-down";
  }
}

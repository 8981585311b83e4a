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
}

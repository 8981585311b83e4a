package org.ipu.assembly.accounts.rules;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The minimum strength of a password a person chooses: at least {@value #MIN_LENGTH} characters
 * (counted as the person sees them, so "é" or "م" is one), at most {@value #MAX_LENGTH}, and not
 * not blank, without control characters, not the user name (in any case), and not one of the
 * passwords people use most (the list is the caller's: {@code isCommon}).
 */
public final class PasswordRule {

  public static final int MIN_LENGTH = 10;
  public static final int MAX_LENGTH = 200;

  /** Why a password is refused: a stable code and the values its message needs. */
  public record Refusal(String code, Object... arguments) {}

  private PasswordRule() {}

  /**
   * Empty if the password is strong enough for this user name, else the first reason it is not;
   * {@code isCommon} tells whether a password (in lower case) is among the most common ones.
   */
  public static Optional<Refusal> check(
      String username, String password, Predicate<String> isCommon) {
    int length = password == null ? 0 : password.codePointCount(0, password.length());
    if (length < MIN_LENGTH) {
      return Optional.of(new Refusal("password.too-short", MIN_LENGTH));
    }
    if (length > MAX_LENGTH) {
      return Optional.of(new Refusal("password.too-long", MAX_LENGTH));
    }
    if (password.isBlank()) {
      return Optional.of(new Refusal("password.blank"));
    }
    if (password.codePoints().anyMatch(Character::isISOControl)) {
      return Optional.of(new Refusal("password.control-characters"));
    }
    if (username != null
        && password
            .strip()
            .toLowerCase(Locale.ROOT)
            .equals(username.strip().toLowerCase(Locale.ROOT))) {
      return Optional.of(new Refusal("password.same-as-username"));
    }
    if (isCommon.test(password.strip().toLowerCase(Locale.ROOT))) {
      return Optional.of(new Refusal("password.common"));
    }
    return Optional.empty();
  }
}

package org.ipu.assembly.accounts.rules;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The secret in an invitation link: 256 random bits, written in URL-safe Base64 (43 characters).
 * Only its SHA-256 ({@link #hash()}) is stored, so a copy of the database opens no account.
 */
public record InvitationToken(String value) {

  /** 32 bytes: 256 bits, twice the 128 a guess would have to beat. */
  public static final int RANDOM_BYTES = 32;

  private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9_-]{43}");

  public InvitationToken {
    Objects.requireNonNull(value, "value");
  }

  /** A fresh token from the given source of randomness (a {@link SecureRandom}). */
  public static InvitationToken random(SecureRandom random) {
    byte[] bytes = new byte[RANDOM_BYTES];
    random.nextBytes(bytes);
    return new InvitationToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
  }

  /**
   * Whether the text can be a token at all (checked before any lookup, so that garbage never
   * reaches the database).
   */
  public static boolean isWellFormed(String text) {
    return text != null && WELL_FORMED.matcher(text).matches();
  }

  /** What is stored: the SHA-256 of the token, 64 hexadecimal digits. */
  public String hash() {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(value.getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException missing) {
      throw new IllegalStateException("every Java runtime has SHA-256", missing);
    }
  }

  /** Never the secret itself: a token must not reach a log. */
  @Override
  public String toString() {
    return "InvitationToken[hash=" + hash().substring(0, 8) + "...]";
  }
}

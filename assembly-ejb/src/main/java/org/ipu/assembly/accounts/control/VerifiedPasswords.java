package org.ipu.assembly.accounts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Passwords this server has verified lately, so that a tablet sending its credentials with every
 * request costs one slow hash when it starts, not one per ballot: trusted while used at least every
 * {@link #IDLE} and for at most {@link #LONGEST} in all. Keeps only an HMAC of each password under
 * a key that lives in this server's memory, never the password; a password set anew is forgotten at
 * once ({@link #forget}).
 */
@ApplicationScoped
public class VerifiedPasswords {

  static final Duration IDLE = Duration.ofMinutes(30);
  static final Duration LONGEST = Duration.ofHours(12);
  private static final int MOST_REMEMBERED = 20_000;

  /**
   * A verified password's HMAC, the account's role, until when it is trusted unless used again, and
   * when it must be verified again in any case.
   */
  private record Verified(byte[] mac, String role, Instant until, Instant end) {}

  @Inject private Clock clock;

  private final byte[] key = new byte[32];
  private final Map<String, Verified> verified = new ConcurrentHashMap<>();

  public VerifiedPasswords() {
    new SecureRandom().nextBytes(key);
  }

  /** The account's role if this password was verified for it lately. */
  public Optional<String> role(String username, String password) {
    Verified known = verified.get(username);
    Instant now = clock.instant();
    if (known == null
        || !known.until().isAfter(now)
        || !MessageDigest.isEqual(known.mac(), mac(username, password))) {
      return Optional.empty();
    }
    Instant until = now.plus(IDLE);
    verified.replace(
        username,
        known,
        new Verified(
            known.mac(),
            known.role(),
            until.isBefore(known.end()) ? until : known.end(),
            known.end()));
    return Optional.of(known.role());
  }

  /** Remembers that this password is the account's. */
  public void remember(String username, String password, String role) {
    Instant now = clock.instant();
    if (verified.size() > MOST_REMEMBERED) {
      verified.values().removeIf(known -> !known.until().isAfter(now));
    }
    verified.put(
        username, new Verified(mac(username, password), role, now.plus(IDLE), now.plus(LONGEST)));
  }

  /** The account's password changed: what was verified of it no longer holds. */
  public void forget(String username) {
    verified.remove(username);
  }

  private byte[] mac(String username, String password) {
    try {
      Mac hmac = Mac.getInstance("HmacSHA256");
      hmac.init(new SecretKeySpec(key, "HmacSHA256"));
      hmac.update(username.getBytes(StandardCharsets.UTF_8));
      hmac.update((byte) 0);
      return hmac.doFinal(password.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }
}

package org.ipu.assembly.accounts.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * How passwords are stored: PBKDF2-HMAC-SHA256 (the platform's {@link Pbkdf2PasswordHash}) with
 * {@value #ITERATIONS} iterations, OWASP's recommendation for it; a hash made with fewer (the 2,048
 * of earlier builds) still verifies and is replaced at the next sign-in ({@link #isCurrent}).
 */
@ApplicationScoped
public class PasswordHashing {

  /** OWASP Password Storage Cheat Sheet, PBKDF2-HMAC-SHA256. */
  public static final int ITERATIONS = 600_000;

  @Inject private Pbkdf2PasswordHash pbkdf2;

  /** Checked against when nobody has the user name, so that both answer as slowly. */
  private String unknownUser;

  @PostConstruct
  void configure() {
    pbkdf2.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
            "Pbkdf2PasswordHash.Iterations", Integer.toString(ITERATIONS),
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "32"));
    unknownUser = hash("no such user: the time of a real check");
  }

  /** The password's hash as stored ({@code algorithm:iterations:salt:hash}). */
  public String hash(String password) {
    return pbkdf2.generate(password.toCharArray());
  }

  /** Whether the password matches the stored hash, whatever iterations it was made with. */
  public boolean verify(String password, String stored) {
    try {
      return pbkdf2.verify(password.toCharArray(), stored);
    } catch (RuntimeException malformed) {
      return false;
    }
  }

  /** Checks the password against a hash nobody has, taking as long as {@link #verify} does. */
  public void verifyUnknown(String password) {
    verify(password, unknownUser);
  }

  /** Whether the stored hash was made as passwords are hashed now. */
  public static boolean isCurrent(String stored) {
    String[] parts = stored.split(":");
    return parts.length == 4
        && parts[0].equals("PBKDF2WithHmacSHA256")
        && parts[1].equals(Integer.toString(ITERATIONS));
  }
}

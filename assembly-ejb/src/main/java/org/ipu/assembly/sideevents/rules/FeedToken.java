package org.ipu.assembly.sideevents.rules;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * The secret in a personal calendar feed's address: 256 random bits, base64url without padding (43
 * characters). Whoever has the address reads the feed, so its owner can revoke it.
 */
public final class FeedToken {

  private static final SecureRandom RANDOM = new SecureRandom();

  private FeedToken() {}

  public static String random() {
    byte[] bits = new byte[32];
    RANDOM.nextBytes(bits);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bits);
  }
}

package org.ipu.assembly.accreditation.rules;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * What a badge's QR code carries: 128 random bits, base64url without padding (22 characters). It
 * says nothing of the person; only the Assembly's database knows whose it is.
 */
public final class BadgeToken {

  /** Random bits per token. */
  public static final int BITS = 128;

  private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9_-]{22}");
  private static final SecureRandom RANDOM = new SecureRandom();

  private BadgeToken() {}

  /** A new token. */
  public static String random() {
    byte[] bits = new byte[BITS / 8];
    RANDOM.nextBytes(bits);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bits);
  }

  /** Whether a code typed or scanned could be a token at all (else no need to look it up). */
  public static boolean isWellFormed(String code) {
    return code != null && WELL_FORMED.matcher(code).matches();
  }
}

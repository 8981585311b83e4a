package org.ipu.assembly.voting.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.HexFormat;

/**
 * The audit hash chain of a vote: each entry's hash is SHA-256 over the previous entry's hash and
 * the entry's own fields, so changing, removing or reordering any entry breaks every later hash.
 */
public final class AuditChain {

  /** The "previous hash" of a vote's first entry. */
  public static final String GENESIS = "0".repeat(64);

  private AuditChain() {}

  public static String hash(String prevHash, long voteId, int sequence, String kind, String entry,
      String actor, LocalDateTime recordedAt) {
    String content = String.join("\n", prevHash, Long.toString(voteId), Integer.toString(sequence),
        kind, entry, actor, recordedAt.toString());
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha256.digest(content.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException("every Java runtime has SHA-256", impossible);
    }
  }
}

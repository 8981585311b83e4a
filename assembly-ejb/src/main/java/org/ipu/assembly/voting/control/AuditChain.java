package org.ipu.assembly.voting.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.SortedMap;

/**
 * The audit hash chains of a vote: each entry's hash is SHA-256 over the previous entry's hash and
 * the entry's own fields, so changing, removing or reordering any entry breaks every later hash. A
 * vote has its own chain (0) and one chain per delegation that cast a named ballot; closing the
 * vote seals the delegation chains' heads into the vote's chain with {@link #digest}.
 */
public final class AuditChain {

  /** The "previous hash" of a vote's first entry. */
  public static final String GENESIS = "0".repeat(64);

  private AuditChain() {}

  public static String hash(
      String prevHash,
      long voteId,
      long chain,
      int sequence,
      String kind,
      String entry,
      String actor,
      LocalDateTime recordedAt) {
    return sha256(
        String.join(
            "\n",
            prevHash,
            chain == 0 ? Long.toString(voteId) : voteId + "/" + chain,
            Integer.toString(sequence),
            kind,
            entry,
            actor,
            recordedAt.toString()));
  }

  /**
   * The digest of delegation chains' heads: parliament id to {sequence, head hash}, in id order.
   */
  public static String digest(SortedMap<Long, Head> heads) {
    StringBuilder content = new StringBuilder();
    heads.forEach(
        (chain, head) ->
            content
                .append(chain)
                .append(':')
                .append(head.sequence())
                .append(':')
                .append(head.hash())
                .append('\n'));
    return sha256(content.toString());
  }

  /** The last entry of a chain. */
  public record Head(int sequence, String hash) {}

  private static String sha256(String content) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha256.digest(content.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException("every Java runtime has SHA-256", impossible);
    }
  }
}

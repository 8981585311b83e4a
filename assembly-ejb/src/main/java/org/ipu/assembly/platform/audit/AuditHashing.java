package org.ipu.assembly.platform.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * SHA-256 links of the chains: an entry's hash covers the previous entry's hash and every field of
 * the entry (written by {@link AuditJson}, so no field can bleed into another), so changing,
 * removing or reordering any entry breaks every later hash.
 */
public final class AuditHashing {

  private AuditHashing() {}

  /** What an entry's hash is taken over. */
  record Link(
      String prev,
      String subject,
      int sequence,
      String kind,
      String payload,
      String actor,
      String recordedAt) {}

  public static String hash(
      String prevHash,
      String subjectKey,
      int sequence,
      String kind,
      String payload,
      String actor,
      LocalDateTime recordedAt) {
    return sha256(
        AuditJson.write(
            new Link(
                prevHash,
                subjectKey,
                sequence,
                kind,
                payload,
                actor,
                recordedAt == null ? null : recordedAt.toString())));
  }

  /**
   * The digest of several chains' heads (e.g. every delegation chain of a vote, sealed into the
   * vote's chain at its close): subject key to head, in key order.
   */
  public static String digest(Map<AuditSubject, AuditHead> heads) {
    Map<String, AuditHead> byKey = new TreeMap<>();
    heads.forEach((subject, head) -> byKey.put(subject.key(), head));
    return sha256(AuditJson.write(byKey));
  }

  /** The SHA-256 of the text's UTF-8 bytes, in lower-case hex. */
  public static String sha256(String content) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha256.digest(content.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException("every Java runtime has SHA-256", impossible);
    }
  }
}

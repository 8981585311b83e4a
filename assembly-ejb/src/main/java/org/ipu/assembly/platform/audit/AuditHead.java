package org.ipu.assembly.platform.audit;

/** The end of a chain: its last entry's sequence and hash ({@link #GENESIS} before the first). */
public record AuditHead(int sequence, String hash) {

  /** The "previous hash" of a chain's first entry. */
  public static final String GENESIS_HASH = "0".repeat(64);

  /** The head of a chain with no entry yet. */
  public static final AuditHead GENESIS = new AuditHead(0, GENESIS_HASH);

  /** A head as a row keeps it: sequence 0 and no hash (null) before the first entry. */
  public static AuditHead of(int sequence, String hash) {
    return new AuditHead(sequence, hash == null ? GENESIS_HASH : hash);
  }
}

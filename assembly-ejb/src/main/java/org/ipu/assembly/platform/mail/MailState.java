package org.ipu.assembly.platform.mail;

/** Where a mail in the outbox stands. */
public enum MailState {
  /** Waiting for its first attempt or for a retry. */
  PENDING,
  /** Accepted by the mail server (or written to the catch-all folder). */
  SENT,
  /** Given up after the retry policy's last attempt; visible, never silently dropped. */
  FAILED
}

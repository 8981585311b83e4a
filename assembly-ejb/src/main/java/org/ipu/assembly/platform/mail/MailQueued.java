package org.ipu.assembly.platform.mail;

/** A mail was put in the outbox; observed after the transaction commits, to send it at once. */
public record MailQueued(long messageId) {}

package org.ipu.assembly.platform.audit;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A kind of audit entry and the record type of its payload, e.g. {@code AuditKind.of("vote.closed",
 * VoteClosed.class)}. A component declares its kinds as constants; appending and reading are then
 * type-checked. Several kinds may share a payload type.
 *
 * @param <P> the payload's record type
 */
public record AuditKind<P extends Record>(String name, Class<P> payloadType) {

  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9._-]{0,59}");

  public AuditKind {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("audit kind name: " + name);
    }
    Objects.requireNonNull(payloadType, "payloadType");
  }

  public static <P extends Record> AuditKind<P> of(String name, Class<P> payloadType) {
    return new AuditKind<>(name, payloadType);
  }
}

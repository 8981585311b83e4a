package org.ipu.assembly.platform.audit;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import org.ipu.assembly.platform.Timestamps;

/**
 * Appends to the audit trail, in the caller's transaction (there must be one): the entry is kept if
 * and only if the change it records commits.
 *
 * <p>From any component, one line: {@code trail.append(AuditSubject.of("settings", id),
 * SETTINGS_CHANGED, new SettingsChanged(...))}. The trail keeps that chain's head itself and locks
 * it while appending. A hot path that already keeps the head on a row it holds locked (a vote, a
 * delegation's electorate row) passes it instead, stores the returned entry's {@link
 * AuditRecord#head()} on that row, and costs one insert.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class AuditTrail {

  /** The longest payload, in characters of its canonical (ASCII) JSON. */
  public static final int MAX_PAYLOAD = 60_000;

  /** Who signs what nobody signed in started. */
  public static final String SYSTEM = "system";

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext context;
  @Inject private Clock clock;

  /** Appends to a chain whose head the trail keeps, as the caller, now. */
  public <P extends Record> AuditRecord append(AuditSubject subject, AuditKind<P> kind, P payload) {
    em.createNativeQuery(
            "INSERT IGNORE INTO audit_chain (subject, sequence, head) VALUES (?, 0, NULL)")
        .setParameter(1, subject.key())
        .executeUpdate();
    AuditChainHead head =
        em.find(AuditChainHead.class, subject.key(), LockModeType.PESSIMISTIC_WRITE);
    AuditRecord appended =
        record(subject, head.head(), kind, payload, Timestamps.now(clock), caller());
    head.advance(appended);
    return appended;
  }

  /**
   * Appends after the head the caller keeps (and holds locked), as the caller, at the given time;
   * the caller stores the returned entry's {@link AuditRecord#head()}.
   */
  public <P extends Record> AuditRecord append(
      AuditSubject subject, AuditHead head, AuditKind<P> kind, P payload, LocalDateTime at) {
    return record(subject, head, kind, payload, at.truncatedTo(ChronoUnit.MILLIS), caller());
  }

  /**
   * The same, signed {@value #SYSTEM} whoever the container says the caller is: for work that
   * nobody signed in started (a timer's callback may carry a principal from an earlier request).
   */
  public <P extends Record> AuditRecord appendBySystem(
      AuditSubject subject, AuditHead head, AuditKind<P> kind, P payload, LocalDateTime at) {
    return record(subject, head, kind, payload, at.truncatedTo(ChronoUnit.MILLIS), SYSTEM);
  }

  private <P extends Record> AuditRecord record(
      AuditSubject subject,
      AuditHead head,
      AuditKind<P> kind,
      P payload,
      LocalDateTime at,
      String actor) {
    if (!kind.payloadType().isInstance(payload)) {
      throw new IllegalArgumentException(kind.name() + " takes a " + kind.payloadType());
    }
    String json = AuditJson.write(payload);
    if (json.length() > MAX_PAYLOAD) {
      throw new IllegalArgumentException("audit payload over " + MAX_PAYLOAD + " characters");
    }
    AuditRecord appended = new AuditRecord(subject, head, kind.name(), json, actor, at);
    em.persist(appended);
    return appended;
  }

  /** The signed-in person's name, or {@code system} for work nobody signed in started. */
  private String caller() {
    Principal principal = context.getCallerPrincipal();
    return principal == null || "ANONYMOUS".equals(principal.getName())
        ? SYSTEM
        : principal.getName();
  }
}

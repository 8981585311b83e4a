package org.ipu.assembly.platform.mail;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ipu.assembly.platform.Timestamps;

/**
 * When mail leaves: at once after the transaction that posted it commits, and, for whatever is
 * still due (the server was down, the attempt failed, the application restarted), every 5 seconds
 * from the outbox. The schedule keeps no state of its own: the outbox table is what persists, so a
 * restart loses nothing.
 */
@Singleton
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class MailDispatch {

  private static final Logger LOG = Logger.getLogger(MailDispatch.class.getName());

  /** At most this many mails per sweep; the rest wait for the next one. */
  private static final int BATCH = 50;

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;

  @EJB private MailDelivery delivery;

  private final AtomicBoolean sweeping = new AtomicBoolean();

  public void queued(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued queued) {
    delivery.deliverSoon(queued.messageId());
  }

  @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void sweep() {
    if (!sweeping.compareAndSet(false, true)) {
      return;
    }
    try {
      List<Long> due =
          em.createNamedQuery(OutboxMessage.DUE, Long.class)
              .setParameter("pending", MailState.PENDING)
              .setParameter("now", Timestamps.now(clock))
              .setMaxResults(BATCH)
              .getResultList();
      for (Long id : due) {
        delivery.attempt(id);
      }
    } catch (RuntimeException failed) {
      // The database may be out of reach: the next sweep tries again.
      LOG.log(Level.FINE, "mail sweep failed", failed);
    } finally {
      sweeping.set(false);
    }
  }
}

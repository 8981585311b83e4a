package org.ipu.assembly.platform.mail;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.text.MessageFormat;
import java.time.Clock;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Where a component posts mail. {@link #post} renders the letter in the recipient's language and
 * stores it in the caller's transaction: if the business action rolls back, no mail is sent; once
 * it commits, the mail is sent (and retried) without holding the caller up.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class Outbox {

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;

  @Inject private Event<MailQueued> queued;

  /** Stores the letter for sending after commit; returns the outbox message's id. */
  public long post(Letter letter) {
    // Western digits in every language, as on the pages (Java writes Arabic-Indic ones otherwise).
    Locale locale = Locale.forLanguageTag(letter.language() + "-u-nu-latn");
    ResourceBundle bundle =
        ResourceBundle.getBundle(
            letter.template().bundle(),
            locale,
            Outbox.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    Object[] values = letter.values().toArray();
    OutboxMessage message =
        new OutboxMessage(
            letter.recipient(),
            letter.language(),
            format(bundle.getString(letter.template().subjectKey()), locale, values),
            format(bundle.getString(letter.template().bodyKey()), locale, values),
            clock.instant());
    em.persist(message);
    em.flush();
    queued.fire(new MailQueued(message.getId()));
    return message.getId();
  }

  private static String format(String pattern, Locale locale, Object[] values) {
    return new MessageFormat(pattern, locale).format(values);
  }
}

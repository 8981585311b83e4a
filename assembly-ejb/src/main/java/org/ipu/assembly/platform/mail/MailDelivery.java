package org.ipu.assembly.platform.mail;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends one mail from the outbox: holds its row while it sends, so the attempt made right after
 * commit and the retry schedule never send it twice; records the outcome (sent, or retried later
 * with a growing delay) in its own transaction.
 */
@Stateless
@PermitAll
public class MailDelivery {

  private static final Logger LOG = Logger.getLogger(MailDelivery.class.getName());

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;

  /** Tries the mail soon, on a container thread: the caller (after its commit) does not wait. */
  @Asynchronous
  public void deliverSoon(long messageId) {
    attempt(messageId);
  }

  /** Tries the mail now if it is due; a failure is recorded, never thrown. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void attempt(long messageId) {
    OutboxMessage message = em.find(OutboxMessage.class, messageId, LockModeType.PESSIMISTIC_WRITE);
    Instant now = clock.instant();
    if (message == null || !message.isDue(now)) {
      return;
    }
    try {
      send(message);
      message.delivered(clock.instant());
    } catch (MessagingException | IOException | RuntimeException failed) {
      message.failed(clock.instant(), describe(failed), MailSettings.retryPolicy());
      LOG.log(
          Level.WARNING,
          "mail {0} to {1} not sent (attempt {2}, {3}): {4}",
          new Object[] {
            messageId,
            message.getRecipient(),
            message.getAttempts(),
            message.getState() == MailState.FAILED
                ? "given up"
                : "next attempt at " + message.getNextAttemptAt(),
            describe(failed)
          });
    }
  }

  private static void send(OutboxMessage message) throws MessagingException, IOException {
    switch (MailSettings.transport()) {
      case SMTP -> {
        Session session = Session.getInstance(MailSettings.smtp(), authenticator());
        Transport.send(MimeLetters.of(session, message));
      }
      case FILES -> {
        MimeMessage mime = MimeLetters.of(Session.getInstance(MailSettings.smtp()), message);
        Path folder = Files.createDirectories(MailSettings.folder());
        Path file = folder.resolve("mail-" + message.getId() + ".eml");
        Path partial = folder.resolve("mail-" + message.getId() + ".eml.part");
        try (OutputStream out = Files.newOutputStream(partial)) {
          mime.writeTo(out);
        }
        Files.move(
            partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        LOG.log(
            Level.INFO,
            "mail to {0} (\"{1}\") written to {2}",
            new Object[] {message.getRecipient(), message.getSubject(), file});
      }
    }
  }

  private static Authenticator authenticator() {
    String user = MailSettings.user();
    if (user == null) {
      return null;
    }
    return new Authenticator() {
      @Override
      protected PasswordAuthentication getPasswordAuthentication() {
        return new PasswordAuthentication(user, MailSettings.password());
      }
    };
  }

  private static String describe(Throwable failed) {
    StringBuilder text = new StringBuilder();
    for (Throwable t = failed; t != null && text.length() < 500; t = t.getCause()) {
      if (!text.isEmpty()) {
        text.append(" <- ");
      }
      text.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage());
    }
    return text.toString();
  }
}

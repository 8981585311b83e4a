package org.ipu.assembly.accounts.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import org.ipu.assembly.accounts.entity.Account;
import org.ipu.assembly.accounts.entity.Invitation;
import org.ipu.assembly.accounts.rules.InvitationState;
import org.ipu.assembly.accounts.rules.InvitationToken;
import org.ipu.assembly.platform.mail.Letter;
import org.ipu.assembly.platform.mail.MailSettings;
import org.ipu.assembly.platform.mail.MailTemplate;
import org.ipu.assembly.platform.mail.Outbox;

/**
 * Invites the owner of an account to set their password: replaces any invitation still open, stores
 * the new token's hash, and posts the link by mail in the owner's language, all in the caller's
 * transaction (the mail leaves after it commits).
 */
@Dependent
public class InvitationIssuer {

  /** The public page that takes the link (see assembly-web). */
  public static final String PAGE = "/invitation.xhtml";

  static final MailTemplate INVITATION =
      new MailTemplate("org.ipu.assembly.accounts.control.mail", "invitation");

  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext private EntityManager em;
  @Inject private Outbox outbox;
  @Inject private AccountSettings settings;
  @Inject private Clock clock;

  /** Issues and mails a new invitation; returns when it expires. */
  public Instant invite(Account account) {
    Instant now = clock.instant();
    em.createNamedQuery(Invitation.OPEN_FOR_ACCOUNT, Invitation.class)
        .setParameter("account", account)
        .getResultList()
        .forEach(open -> open.replace(now));
    InvitationToken token = InvitationToken.random(RANDOM);
    Instant expiresAt = InvitationState.expiry(now, settings.invitationLifetime());
    em.persist(new Invitation(account, token.hash(), now, expiresAt));
    String link =
        MailSettings.publicUrl()
            + PAGE
            + "?lang="
            + account.getLanguage()
            + "&token="
            + URLEncoder.encode(token.value(), StandardCharsets.US_ASCII);
    outbox.post(
        Letter.to(
            account.getEmail(),
            account.getLanguage(),
            INVITATION,
            account.getFullName(),
            account.getUsername(),
            link,
            Date.from(expiresAt)));
    return expiresAt;
  }
}

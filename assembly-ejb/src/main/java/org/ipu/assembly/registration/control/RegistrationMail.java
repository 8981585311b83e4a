package org.ipu.assembly.registration.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Locale;
import org.ipu.assembly.accounts.entity.Account;
import org.ipu.assembly.accounts.entity.Role;
import org.ipu.assembly.platform.mail.Letter;
import org.ipu.assembly.platform.mail.MailTemplate;
import org.ipu.assembly.platform.mail.Outbox;
import org.ipu.assembly.registration.entity.Delegation;

/**
 * Tells a parliament's focal points, each in their own language, that its delegation was submitted,
 * returned (with the Secretariat's comment) or approved. Posted in the caller's transaction: sent
 * once it commits.
 */
@Dependent
public class RegistrationMail {

  static final String BUNDLE = "org.ipu.assembly.registration.control.mail";
  public static final MailTemplate SUBMITTED = new MailTemplate(BUNDLE, "submitted");
  public static final MailTemplate RETURNED = new MailTemplate(BUNDLE, "returned");
  public static final MailTemplate APPROVED = new MailTemplate(BUNDLE, "approved");

  @PersistenceContext private EntityManager em;
  @Inject private Outbox outbox;

  /**
   * Posts the template to every focal point of the delegation's parliament that has an address,
   * with values: {0} the person's name, {1} the parliament's name in their language, {2} the
   * Assembly's number, {3} the delegates registered, {4} the comment (if any).
   */
  public void tellFocalPoints(
      Delegation delegation, MailTemplate template, int delegates, String comment) {
    em.createQuery(
            "SELECT a FROM Account a WHERE a.parliament = :parliament AND a.role = :role"
                + " AND a.active = TRUE AND a.email IS NOT NULL ORDER BY a.id",
            Account.class)
        .setParameter("parliament", delegation.getParliament())
        .setParameter("role", Role.FOCAL_POINT)
        .getResultList()
        .forEach(
            focal ->
                outbox.post(
                    Letter.to(
                        focal.getEmail(),
                        focal.getLanguage(),
                        template,
                        focal.getFullName(),
                        delegation.getParliament().name(Locale.forLanguageTag(focal.getLanguage())),
                        delegation.getSession().getNumber(),
                        delegates,
                        comment == null ? "" : comment)));
  }
}

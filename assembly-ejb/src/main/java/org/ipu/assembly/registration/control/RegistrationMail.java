package org.ipu.assembly.registration.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.ipu.assembly.accounts.entity.Account;
import org.ipu.assembly.accounts.entity.Role;
import org.ipu.assembly.platform.mail.Letter;
import org.ipu.assembly.platform.mail.MailTemplate;
import org.ipu.assembly.platform.mail.Outbox;
import org.ipu.assembly.registration.entity.Delegation;
import org.ipu.assembly.roster.entity.AssemblySession;
import org.ipu.assembly.roster.entity.Parliament;

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
  public static final MailTemplate REMINDER = new MailTemplate(BUNDLE, "reminder");

  @PersistenceContext private EntityManager em;
  @Inject private Outbox outbox;

  /**
   * Posts the template to every focal point of the delegation's parliament that has an address,
   * with values: {0} the person's name, {1} the parliament's name in their language, {2} the
   * Assembly's number, {3} the delegates registered, {4} the comment (if any).
   */
  public void tellFocalPoints(
      Delegation delegation, MailTemplate template, int delegates, String comment) {
    tellFocalPoints(
        delegation.getParliament(),
        delegation.getSession(),
        template,
        delegates,
        comment == null ? "" : comment);
  }

  /**
   * Posts the template to every focal point of the parliament that has an address, with values: {0}
   * the person's name, {1} the parliament's name in their language, {2} the Assembly's number, then
   * {@code values} as {3}, {4}, ...
   */
  public void tellFocalPoints(
      Parliament parliament, AssemblySession session, MailTemplate template, Object... values) {
    em.createQuery(
            "SELECT a FROM Account a WHERE a.parliament = :parliament AND a.role = :role"
                + " AND a.active = TRUE AND a.email IS NOT NULL ORDER BY a.id",
            Account.class)
        .setParameter("parliament", parliament)
        .setParameter("role", Role.FOCAL_POINT)
        .getResultList()
        .forEach(
            focal -> {
              List<Object> all = new ArrayList<>();
              all.add(focal.getFullName());
              all.add(parliament.name(Locale.forLanguageTag(focal.getLanguage())));
              all.add(session.getNumber());
              all.addAll(Arrays.asList(values));
              outbox.post(new Letter(focal.getEmail(), focal.getLanguage(), template, all));
            });
  }
}

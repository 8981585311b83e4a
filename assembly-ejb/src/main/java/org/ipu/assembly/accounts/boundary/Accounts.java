package org.ipu.assembly.accounts.boundary;

import static org.ipu.assembly.platform.Roles.DELEGATE;
import static org.ipu.assembly.platform.Roles.FOCAL_POINT;
import static org.ipu.assembly.platform.Roles.OBSERVER;
import static org.ipu.assembly.platform.Roles.SECRETARIAT;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.ipu.assembly.accounts.control.InvitationIssuer;
import org.ipu.assembly.accounts.entity.Account;
import org.ipu.assembly.accounts.entity.Role;
import org.ipu.assembly.platform.AssemblyException;
import org.ipu.assembly.roster.entity.Parliament;

/**
 * Opens accounts by invitation (the person chooses their own password through a link mailed to
 * them, see {@link Invitations}) and answers who the caller is and whom they may act for.
 */
@Stateless
@DeclareRoles({SECRETARIAT, FOCAL_POINT, DELEGATE, OBSERVER})
public class Accounts {

  @PersistenceContext private EntityManager em;

  @Resource private SessionContext context;

  @Inject private InvitationIssuer invitations;

  /** The signed-in person's account. */
  @RolesAllowed({SECRETARIAT, FOCAL_POINT, DELEGATE, OBSERVER})
  public Account caller() {
    return byUsername(context.getCallerPrincipal().getName())
        .orElseThrow(() -> AssemblyException.forbidden("auth.no-account"));
  }

  /** The signed-in person's user name, or {@code system} for work nobody signed in started. */
  @PermitAll
  public String callerName() {
    var principal = context.getCallerPrincipal();
    return principal == null || "ANONYMOUS".equals(principal.getName())
        ? "system"
        : principal.getName();
  }

  /** Refuses unless the caller may act for the given parliament. */
  @RolesAllowed({SECRETARIAT, FOCAL_POINT, DELEGATE, OBSERVER})
  public Account requireMayActFor(long parliamentId) {
    Account caller = caller();
    if (!caller.mayActFor(parliamentId)) {
      throw AssemblyException.forbidden("auth.other-parliament");
    }
    return caller;
  }

  @RolesAllowed(SECRETARIAT)
  public List<Account> all() {
    return em.createNamedQuery(Account.ALL, Account.class).getResultList();
  }

  /** Opens an account for a parliament's focal point (Secretariat only). */
  @RolesAllowed(SECRETARIAT)
  public Account openFocalPointAccount(NewAccount request) {
    return open(request, Role.FOCAL_POINT);
  }

  /**
   * Opens a delegate's login account: the Secretariat for any parliament, a focal point for its
   * own. The account alone gives no place in the plenary: the parliament's approved registration
   * accredits its delegates and its head for each Assembly.
   */
  @RolesAllowed({SECRETARIAT, FOCAL_POINT})
  public Account openDelegateAccount(NewAccount request) {
    requireMayActFor(request.normalized().parliament());
    return open(request, Role.DELEGATE);
  }

  /**
   * Mails a new invitation to an account whose owner has not set a password yet (the earlier link
   * expired or went astray); earlier links stop working. The Secretariat for any account, a focal
   * point for its own parliament's delegates. Returns when the new link expires.
   */
  @RolesAllowed({SECRETARIAT, FOCAL_POINT})
  public Instant inviteAgain(String username) {
    Account account =
        byUsername(username == null ? "" : username.trim().toLowerCase(java.util.Locale.ROOT))
            .orElseThrow(() -> AssemblyException.notFound("account.not-found", username));
    Account caller = caller();
    if (caller.getRole() != Role.SECRETARIAT
        && (account.getRole() != Role.DELEGATE
            || !caller.mayActFor(account.getParliament().getId()))) {
      throw AssemblyException.forbidden("auth.other-parliament");
    }
    if (account.hasPassword()) {
      throw AssemblyException.conflict("invitation.password-set", account.getUsername());
    }
    if (account.getEmail() == null) {
      throw AssemblyException.invalid("account.email.required");
    }
    return invitations.invite(account);
  }

  private Account open(NewAccount request, Role role) {
    NewAccount account = request.normalized();
    account.validate();
    if (byUsername(account.username()).isPresent()) {
      throw AssemblyException.conflict("account.username.taken", account.username());
    }
    Parliament parliament = em.find(Parliament.class, account.parliament());
    if (parliament == null) {
      throw AssemblyException.notFound("parliament.not-found", account.parliament());
    }
    Account created =
        Account.invited(
            account.username(),
            account.fullName(),
            account.email(),
            account.language(),
            role,
            parliament);
    em.persist(created);
    invitations.invite(created);
    return created;
  }

  private Optional<Account> byUsername(String username) {
    return em.createNamedQuery(Account.BY_USERNAME, Account.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst();
  }
}

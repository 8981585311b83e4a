package org.ipu.assembly.accounts.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import org.ipu.assembly.accounts.control.CommonPasswords;
import org.ipu.assembly.accounts.control.PasswordHashing;
import org.ipu.assembly.accounts.control.VerifiedPasswords;
import org.ipu.assembly.accounts.entity.Account;
import org.ipu.assembly.accounts.entity.Invitation;
import org.ipu.assembly.accounts.rules.InvitationState;
import org.ipu.assembly.accounts.rules.InvitationToken;
import org.ipu.assembly.accounts.rules.PasswordRule;
import org.ipu.assembly.platform.AssemblyException;

/**
 * The public side of an invitation: anyone holding the link may see whether it works and, once, set
 * the account's password. Nobody signs in for this; the link is the proof.
 */
@Stateless
@PermitAll
public class Invitations {

  private static final Logger LOG = Logger.getLogger(Invitations.class.getName());

  @PersistenceContext private EntityManager em;

  @Inject private PasswordHashing passwordHashing;
  @Inject private CommonPasswords commonPasswords;
  @Inject private VerifiedPasswords verifiedPasswords;
  @Inject private Clock clock;

  /** Whether the link works now, and for whom. */
  public InvitationStatus status(String token) {
    Instant now = clock.instant();
    return find(token, LockModeType.NONE)
        .map(
            invitation -> {
              InvitationState state = invitation.state(now);
              Account account = invitation.getAccount();
              return state == InvitationState.USABLE
                  ? new InvitationStatus(
                      InvitationStatus.Kind.USABLE,
                      account.getUsername(),
                      account.getFullName(),
                      account.getLanguage(),
                      invitation.getExpiresAt())
                  : new InvitationStatus(
                      InvitationStatus.Kind.of(state), null, null, account.getLanguage(), null);
            })
        .orElseGet(InvitationStatus::unknown);
  }

  /**
   * Sets the account's password through the link, which then never works again; returns the user
   * name to sign in with. Refused with {@code invitation.unknown}, {@code .used}, {@code .replaced}
   * or {@code .expired}, or with the password's problem ({@code password.too-short}, ...). The
   * invitation's row is locked, so two submissions of one link set one password.
   */
  public String accept(String token, String password) {
    Invitation invitation =
        find(token, LockModeType.PESSIMISTIC_WRITE)
            .orElseThrow(() -> AssemblyException.notFound("invitation.unknown"));
    Instant now = clock.instant();
    InvitationState state = invitation.state(now);
    if (state != InvitationState.USABLE) {
      throw AssemblyException.conflict(state.refusalCode());
    }
    Account account = invitation.getAccount();
    PasswordRule.check(account.getUsername(), password, commonPasswords)
        .ifPresent(
            refusal -> {
              throw AssemblyException.invalid(refusal.code(), refusal.arguments());
            });
    account.choosePassword(passwordHashing.hash(password));
    verifiedPasswords.forget(account.getUsername());
    invitation.use(now);
    LOG.info(() -> "account " + account.getUsername() + " set its password by invitation");
    return account.getUsername();
  }

  private Optional<Invitation> find(String token, LockModeType lock) {
    if (!InvitationToken.isWellFormed(token)) {
      return Optional.empty();
    }
    return em.createNamedQuery(Invitation.BY_TOKEN_HASH, Invitation.class)
        .setParameter("tokenHash", new InvitationToken(token).hash())
        .setLockMode(lock)
        .getResultStream()
        .findFirst();
  }
}

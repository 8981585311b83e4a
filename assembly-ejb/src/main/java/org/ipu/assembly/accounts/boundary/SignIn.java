package org.ipu.assembly.accounts.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.ipu.assembly.accounts.control.PasswordHashing;
import org.ipu.assembly.accounts.control.SignInThrottle;
import org.ipu.assembly.accounts.control.StoredPasswords;
import org.ipu.assembly.accounts.control.VerifiedPasswords;
import org.ipu.assembly.accounts.rules.SignInHold;
import org.ipu.assembly.accounts.rules.SignInPolicy;

/**
 * Checks a user name and password, from the sign-in form or a tablet's {@code Authorization}
 * header. A password verified in the last minutes is trusted without the slow hash (a tablet sends
 * it with every ballot, and keeps working while someone else guesses at its account); otherwise
 * failed attempts in a row slow the account down, then lock it for a while, and many failures from
 * one address lock the address ({@link SignInPolicy}); an unknown user name takes as long to refuse
 * as a wrong password; a hash made with fewer iterations than today's is replaced on success.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SignIn {

  private static final Logger LOG = Logger.getLogger(SignIn.class.getName());

  @Inject private VerifiedPasswords verified;
  @Inject private SignInThrottle throttle;
  @Inject private StoredPasswords stored;
  @Inject private PasswordHashing hashing;

  /** Checks the credentials of someone at {@code address}; the user name in any case. */
  public SignInResult check(String typedUsername, String password, String address) {
    String username = typedUsername.strip().toLowerCase(Locale.ROOT);
    Optional<String> role = verified.role(username, password);
    if (role.isPresent()) {
      return SignInResult.signedIn(username, role.get());
    }
    SignInPolicy policy = throttle.policy();
    SignInHold hold = throttle.hold(username, address, policy);
    if (!hold.allows()) {
      return new SignInResult(
          hold.kind() == SignInHold.Kind.LOCKED
              ? SignInResult.Status.LOCKED
              : SignInResult.Status.SLOW_DOWN,
          username,
          null,
          hold.retryAfterSeconds());
    }
    Optional<StoredPasswords.Stored> account = stored.find(username);
    if (account.isEmpty()) {
      hashing.verifyUnknown(password);
      throttle.failed(username, address, policy);
      return SignInResult.refused(username);
    }
    String hash = account.get().hash();
    if (!hashing.verify(password, hash)) {
      throttle.failed(username, address, policy);
      LOG.info(() -> "failed sign-in of " + username);
      return SignInResult.refused(username);
    }
    throttle.succeeded(username);
    if (!PasswordHashing.isCurrent(hash)) {
      stored.rehash(username, hash, hashing.hash(password));
    }
    verified.remember(username, password, account.get().role());
    return SignInResult.signedIn(username, account.get().role());
  }
}

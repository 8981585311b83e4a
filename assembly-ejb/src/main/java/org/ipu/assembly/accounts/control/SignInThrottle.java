package org.ipu.assembly.accounts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.ipu.assembly.accounts.rules.FailedSignIns;
import org.ipu.assembly.accounts.rules.SignInHold;
import org.ipu.assembly.accounts.rules.SignInPolicy;
import org.ipu.assembly.platform.settings.rules.Setting;
import org.ipu.assembly.platform.settings.rules.SettingValues;

/**
 * The failed sign-ins this server has seen, per user name and per address, held against the next
 * attempts by the current Assembly's sign-in settings ({@link FailedSignIns}). In memory: a restart
 * forgets them, as a lock's expiry would. Bounded: past {@value #MOST_REMEMBERED} names or
 * addresses, those with nothing left to hold are dropped.
 */
@ApplicationScoped
public class SignInThrottle {

  static final int MOST_REMEMBERED = 20_000;

  @Inject private Clock clock;
  @Inject private AccountSettings settings;

  private final Map<String, FailedSignIns> accounts = new ConcurrentHashMap<>();
  private final Map<String, FailedSignIns> addresses = new ConcurrentHashMap<>();

  /** The current Assembly's sign-in settings (their defaults before any Assembly is set up). */
  public SignInPolicy policy() {
    SettingValues values = settings.values();
    return new SignInPolicy(
        values.get(Setting.SIGN_IN_LOCKOUT_AFTER),
        Duration.ofSeconds(values.get(Setting.SIGN_IN_LOCKOUT_SECONDS)),
        values.get(Setting.SIGN_IN_ADDRESS_LOCKOUT_AFTER));
  }

  /** What holds an attempt now: the address's lock first, then the account's lock or wait. */
  public SignInHold hold(String username, String address, SignInPolicy policy) {
    Instant now = clock.instant();
    SignInHold byAddress =
        addresses.getOrDefault(address, FailedSignIns.NONE).addressHold(now, policy);
    if (!byAddress.allows()) {
      return byAddress;
    }
    return accounts.getOrDefault(username, FailedSignIns.NONE).accountHold(now, policy);
  }

  /** Counts a failed attempt against the user name (known or not) and the address. */
  public void failed(String username, String address, SignInPolicy policy) {
    Instant now = clock.instant();
    accounts.compute(
        username,
        (name, before) ->
            (before == null ? FailedSignIns.NONE : before)
                .failed(now, policy, policy.lockoutAfter()));
    addresses.compute(
        address,
        (from, before) ->
            (before == null ? FailedSignIns.NONE : before)
                .failed(now, policy, policy.addressLockoutAfter()));
    forgetSpent(accounts, now, policy);
    forgetSpent(addresses, now, policy);
  }

  /** The account signed in: its failures in a row end (the address's are kept). */
  public void succeeded(String username) {
    accounts.remove(username);
  }

  private static void forgetSpent(
      Map<String, FailedSignIns> remembered, Instant now, SignInPolicy policy) {
    if (remembered.size() > MOST_REMEMBERED) {
      remembered.values().removeIf(failed -> failed.at(now, policy) == FailedSignIns.NONE);
    }
  }
}

package org.ipu.assembly.demo;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.ipu.assembly.accounts.control.PasswordHashing;
import org.ipu.assembly.accounts.entity.Account;
import org.ipu.assembly.accounts.entity.Role;
import org.ipu.assembly.roster.entity.Parliament;

/**
 * The accounts' demo data, one account per role, all with {@link DemoAssembly#DEMO_PASSWORD}: the
 * Secretariat, the focal points of France and Kenya, delegates of France (two), Kenya and Brazil
 * (the {@link RegistrationSeeder}'s approved registrations make the first of each its head of
 * delegation), an observer. Runs after the {@link RosterSeeder}.
 */
@Dependent
public class AccountsSeeder implements DemoSeeder {

  @PersistenceContext private EntityManager em;

  @Inject private PasswordHashing passwordHashing;

  @Override
  public int order() {
    return 200;
  }

  @Override
  public void seed() {
    String demoPassword = passwordHashing.hash(DemoAssembly.DEMO_PASSWORD);
    Parliament france = parliament("FR");
    Parliament kenya = parliament("KE");
    Parliament brazil = parliament("BR");
    account("secretariat", demoPassword, "Demo Secretariat Officer", Role.SECRETARIAT, null);
    account("focal.fr", demoPassword, "Demo Focal Point (France)", Role.FOCAL_POINT, france);
    account("focal.ke", demoPassword, "Demo Focal Point (Kenya)", Role.FOCAL_POINT, kenya);
    account("delegate.fr", demoPassword, "Demo Head of Delegation (France)", Role.DELEGATE, france);
    account("delegate.fr2", demoPassword, "Demo Delegate (France)", Role.DELEGATE, france);
    account("delegate.ke", demoPassword, "Demo Head of Delegation (Kenya)", Role.DELEGATE, kenya);
    account("delegate.br", demoPassword, "Demo Head of Delegation (Brazil)", Role.DELEGATE, brazil);
    account("observer", demoPassword, "Demo Observer", Role.OBSERVER, null);
  }

  private Parliament parliament(String countryCode) {
    return em.createQuery(
            "SELECT p FROM Parliament p WHERE p.countryCode = :code", Parliament.class)
        .setParameter("code", countryCode)
        .getSingleResult();
  }

  private Account account(
      String username, String demoPassword, String name, Role role, Parliament parliament) {
    Account account =
        new Account(username, demoPassword, name, username + "@demo.invalid", role, parliament);
    em.persist(account);
    return account;
  }
}

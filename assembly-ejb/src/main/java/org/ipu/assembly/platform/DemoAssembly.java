package org.ipu.assembly.platform;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.ipu.assembly.accounts.entity.Account;
import org.ipu.assembly.accounts.entity.Role;
import org.ipu.assembly.roster.entity.AssemblySession;
import org.ipu.assembly.roster.entity.GeoGroup;
import org.ipu.assembly.roster.entity.Membership;
import org.ipu.assembly.roster.entity.MembershipStatus;
import org.ipu.assembly.roster.entity.Parliament;

/**
 * Loads the demo Assembly into an empty database when the system property {@code assembly.demo} is
 * {@code true} (the run command and the tests set it): the 152nd Assembly, the parliaments of
 * {@code demo/parliaments.csv} (approximate populations) and one account per role.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class DemoAssembly {

  /** The password of every demo account; printed by the run command, never used in production. */
  public static final String DEMO_PASSWORD = "assembly-demo";

  private static final Logger LOG = Logger.getLogger(DemoAssembly.class.getName());

  @PersistenceContext private EntityManager em;

  @Inject private Pbkdf2PasswordHash passwordHash;

  @PostConstruct
  void loadWhenEmpty() {
    if (!Boolean.getBoolean("assembly.demo")) {
      return;
    }
    long sessions =
        em.createQuery("SELECT COUNT(s) FROM AssemblySession s", Long.class).getSingleResult();
    if (sessions > 0) {
      return;
    }
    AssemblySession session =
        new AssemblySession(
            152, "Geneva", "CH", LocalDate.of(2027, 4, 12), LocalDate.of(2027, 4, 15));
    session.makeCurrent();
    em.persist(session);
    Map<String, Parliament> byCode = new HashMap<>();
    try (InputStream in = DemoAssembly.class.getResourceAsStream("/demo/parliaments.csv");
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      reader
          .lines()
          .skip(1)
          .filter(line -> !line.isBlank())
          .forEach(
              line -> {
                String[] f = line.split(",", -1);
                Parliament parliament =
                    f[0].isEmpty()
                        ? Parliament.ofBody(Map.of("en", f[5], "fr", f[6], "es", f[7], "ar", f[8]))
                        : Parliament.ofCountry(f[0], groups(f[4]));
                em.persist(parliament);
                em.persist(
                    new Membership(
                        session,
                        parliament,
                        MembershipStatus.valueOf(f[1]),
                        Boolean.parseBoolean(f[2]),
                        Long.parseLong(f[3])));
                if (!f[0].isEmpty()) {
                  byCode.put(f[0], parliament);
                }
              });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    account("secretariat", "Demo Secretariat Officer", Role.SECRETARIAT, null);
    account("focal.fr", "Demo Focal Point (France)", Role.FOCAL_POINT, byCode.get("FR"));
    account("focal.ke", "Demo Focal Point (Kenya)", Role.FOCAL_POINT, byCode.get("KE"));
    account("delegate.fr", "Demo Head of Delegation (France)", Role.DELEGATE, byCode.get("FR"))
        .makeHeadOfDelegation();
    account("delegate.fr2", "Demo Delegate (France)", Role.DELEGATE, byCode.get("FR"));
    account("delegate.ke", "Demo Head of Delegation (Kenya)", Role.DELEGATE, byCode.get("KE"))
        .makeHeadOfDelegation();
    account("delegate.br", "Demo Head of Delegation (Brazil)", Role.DELEGATE, byCode.get("BR"))
        .makeHeadOfDelegation();
    account("observer", "Demo Observer", Role.OBSERVER, null);
    LOG.info(() -> "Loaded the demo Assembly with " + byCode.size() + " national parliaments");
  }

  private Account account(String username, String name, Role role, Parliament parliament) {
    Account account =
        new Account(
            username,
            passwordHash.generate(DEMO_PASSWORD.toCharArray()),
            name,
            username + "@demo.invalid",
            role,
            parliament);
    em.persist(account);
    return account;
  }

  private static Set<GeoGroup> groups(String field) {
    if (field.isBlank()) {
      return EnumSet.noneOf(GeoGroup.class);
    }
    return Arrays.stream(field.split("\\|"))
        .map(GeoGroup::valueOf)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(GeoGroup.class)));
  }
}

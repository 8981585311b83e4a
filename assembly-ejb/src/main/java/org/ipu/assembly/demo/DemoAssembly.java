package org.ipu.assembly.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.logging.Logger;

/**
 * Loads the demo Assembly into an empty database when the system property {@code assembly.demo} is
 * {@code true} (the run command and the tests set it): every {@link DemoSeeder}, by order, in the
 * transaction of the server's start.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class DemoAssembly {

  /** The password of every demo account; printed by the run command, never used in production. */
  public static final String DEMO_PASSWORD = "assembly-demo";

  private static final Logger LOG = Logger.getLogger(DemoAssembly.class.getName());

  @PersistenceContext private EntityManager em;

  @Inject private Instance<DemoSeeder> seeders;

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
    seeders.stream()
        .sorted(Comparator.comparingInt(DemoSeeder::order))
        .forEach(
            seeder -> {
              seeder.seed();
              LOG.info(() -> "Loaded the demo data of " + seeder.getClass().getSimpleName());
            });
  }
}

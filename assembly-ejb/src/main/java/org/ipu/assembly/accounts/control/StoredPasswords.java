package org.ipu.assembly.accounts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** The stored password hash and role of the accounts that may sign in. */
@ApplicationScoped
public class StoredPasswords {

  /** An account that may sign in: its password's hash and its role. */
  public record Stored(String hash, String role) {}

  @PersistenceContext private EntityManager em;

  /** The active account of that user name with a password set, if there is one. */
  public Optional<Stored> find(String username) {
    List<Object[]> rows =
        em.createQuery(
                "SELECT a.passwordHash, a.role FROM Account a WHERE a.username = :username"
                    + " AND a.active = TRUE AND a.passwordHash IS NOT NULL",
                Object[].class)
            .setParameter("username", username)
            .getResultList();
    return rows.stream().findFirst().map(row -> new Stored((String) row[0], row[1].toString()));
  }

  /**
   * Replaces the hash with one made as passwords are hashed now, unless the password changed
   * meanwhile (then nothing is written: the newer password stands).
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void rehash(String username, String old, String current) {
    em.createQuery(
            "UPDATE Account a SET a.passwordHash = :current"
                + " WHERE a.username = :username AND a.passwordHash = :old")
        .setParameter("current", current)
        .setParameter("username", username)
        .setParameter("old", old)
        .executeUpdate();
  }
}

package org.ipu.assembly.registration.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.text.Normalizer;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.ipu.assembly.accounts.entity.Account;
import org.ipu.assembly.registration.entity.Participant;

/**
 * The user name a registered delegate is invited with: given and family names in plain ASCII
 * letters, then the parliament's country code ({@code amani.wairimu.ke}), with a number when the
 * name is taken ({@code amani.wairimu.ke2}).
 */
@Dependent
public class DelegateUsernames {

  private static final int LONGEST = 46;

  @PersistenceContext private EntityManager em;

  public String freeFor(Participant participant) {
    String code = participant.getDelegation().getParliament().getCountryCode();
    String base =
        suggest(
            participant.getGivenNames(),
            participant.getFamilyName(),
            code == null
                ? "p" + participant.getDelegation().getParliament().getId()
                : code.toLowerCase(Locale.ROOT));
    String candidate = base;
    for (int n = 2; taken(candidate); n++) {
      candidate = base + n;
    }
    return candidate;
  }

  /**
   * {@code given.family.suffix} in lower-case ASCII letters, digits and hyphens; a name with no
   * Latin letters at all gives {@code delegate.suffix}.
   */
  static String suggest(String given, String family, String suffix) {
    String name =
        Stream.of(ascii(given), ascii(family))
            .filter(part -> !part.isEmpty())
            .collect(Collectors.joining("."));
    if (name.length() < 2) {
      name = "delegate" + (name.isEmpty() ? "" : "." + name);
    }
    int room = LONGEST - suffix.length() - 1;
    name = name.length() > room ? name.substring(0, room) : name;
    return name + "." + suffix;
  }

  private static String ascii(String text) {
    String plain =
        Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-");
    return plain.replaceAll("^-+|-+$", "");
  }

  private boolean taken(String username) {
    return !em.createNamedQuery(Account.BY_USERNAME, Account.class)
        .setParameter("username", username)
        .getResultList()
        .isEmpty();
  }
}

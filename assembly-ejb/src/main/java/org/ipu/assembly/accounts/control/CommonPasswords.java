package org.ipu.assembly.accounts.control;

import com.nulabinc.zxcvbn.StandardDictionaries;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The passwords people use most (the 30,000 of zxcvbn's list, in lower case), which nobody may
 * choose: read once.
 */
@ApplicationScoped
public class CommonPasswords implements Predicate<String> {

  private Set<String> passwords;

  @PostConstruct
  void read() {
    try {
      passwords =
          Set.copyOf(StandardDictionaries.PASSWORDS_LOADER.load().getRankedDictionary().keySet());
    } catch (IOException e) {
      throw new UncheckedIOException("the list of common passwords is missing", e);
    }
  }

  /** Whether the password, in lower case, is on the list. */
  @Override
  public boolean test(String lowerCasePassword) {
    return passwords.contains(lowerCasePassword);
  }
}

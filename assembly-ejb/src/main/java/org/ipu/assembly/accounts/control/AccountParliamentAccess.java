package org.ipu.assembly.accounts.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.ipu.assembly.accounts.boundary.Accounts;
import org.ipu.assembly.platform.ParliamentAccess;

/** Answers {@link ParliamentAccess} from the signed-in person's account. */
@Dependent
public class AccountParliamentAccess implements ParliamentAccess {

  @Inject private Accounts accounts;

  @Override
  public void requireMayActFor(long parliamentId) {
    accounts.requireMayActFor(parliamentId);
  }
}

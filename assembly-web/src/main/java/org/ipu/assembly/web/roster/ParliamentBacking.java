package org.ipu.assembly.web.roster;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.ipu.assembly.accounts.boundary.Accounts;
import org.ipu.assembly.accounts.entity.Account;
import org.ipu.assembly.platform.AssemblyException;
import org.ipu.assembly.roster.boundary.Roster;
import org.ipu.assembly.roster.entity.Membership;
import org.ipu.assembly.web.platform.i18n.LanguageBacking;

/**
 * {@code parliament/view.xhtml?id=N}, and the own-parliament card of the focal point's and
 * delegate's homes (no id: the caller's own parliament).
 */
@Named("parliament")
@RequestScoped
public class ParliamentBacking {

  @Inject private Roster roster;
  @Inject private Accounts accounts;
  @Inject private LanguageBacking language;
  @Inject private FacesContext faces;

  /** As typed in the address: {@code ?id=abc} is a parliament that does not exist (404). */
  private String id;

  private Membership membership;

  /** View action: loads the parliament, or answers 403/404 in place of the page. */
  public void load() throws IOException {
    try {
      long wanted = shown(id, accounts);
      membership = roster.currentMembership(wanted);
    } catch (AssemblyException refused) {
      language.refusePage(refused);
    }
  }

  /**
   * The parliament a page shows: the one typed in its address (a number; anything else is a
   * parliament that does not exist, 404), else the signed-in person's own.
   */
  public static long shown(String typed, Accounts accounts) {
    if (typed == null || typed.isBlank()) {
      Account caller = accounts.caller();
      if (caller.getParliament() == null) {
        throw AssemblyException.notFound("parliament.none-for-account");
      }
      return caller.getParliament().getId();
    }
    try {
      return Long.parseLong(typed.strip());
    } catch (NumberFormatException notAnId) {
      throw AssemblyException.notFound("parliament.not-found", typed);
    }
  }

  public Membership getMembership() {
    return membership;
  }

  public String getName() {
    return membership == null ? "" : membership.getParliament().name(language.getLocale());
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }
}

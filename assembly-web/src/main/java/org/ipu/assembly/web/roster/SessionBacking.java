package org.ipu.assembly.web.roster;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;
import org.ipu.assembly.roster.boundary.Roster;
import org.ipu.assembly.roster.entity.AssemblySession;
import org.ipu.assembly.web.platform.i18n.Language;
import org.ipu.assembly.web.platform.i18n.LanguageBacking;

/** The current Assembly, as every page header and home page shows it. */
@Named("currentAssembly")
@RequestScoped
public class SessionBacking {

  @Inject private Roster roster;
  @Inject private LanguageBacking language;

  private Optional<AssemblySession> current;

  public AssemblySession getCurrent() {
    if (current == null) {
      current = roster.currentSession();
    }
    return current.orElse(null);
  }

  /**
   * "152nd Assembly, Geneva, 12-15 April 2027" in the page's language; empty when none is set up.
   */
  public String getTitle() {
    AssemblySession s = getCurrent();
    return s == null ? "" : title(s, language.getCurrent());
  }

  /** "152nd Assembly, Geneva, 12-15 April 2027" in the language (pages and documents). */
  public static String title(AssemblySession s, Language language) {
    DateTimeFormatter dates =
        DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale());
    return language.text(
        "assembly.title",
        String.valueOf(s.getNumber()),
        s.cityIn(language.code()),
        dates.format(s.getOpensOn()),
        dates.format(s.getClosesOn()));
  }
}

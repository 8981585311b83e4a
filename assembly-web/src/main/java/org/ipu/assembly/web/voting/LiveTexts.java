package org.ipu.assembly.web.voting;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.ipu.assembly.web.platform.i18n.LanguageBacking;

/**
 * The words the live scripts need, in the page's language, as JSON for {@code data-texts}: every
 * bundle key under {@code live.}, {@code tablet.} and the vote enums.
 */
@Named
@RequestScoped
public class LiveTexts {

  private static final String[] PREFIXES = {
    "live.", "tablet.", "VoteState.", "VoteMethod.", "MajorityRule.", "Outcome."
  };

  @Inject private LanguageBacking language;

  public String getJson() {
    return language.scriptTexts(String.join(",", PREFIXES));
  }
}

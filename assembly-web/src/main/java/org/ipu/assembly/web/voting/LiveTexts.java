package org.ipu.assembly.web.voting;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.util.ResourceBundle;
import org.ipu.assembly.web.platform.i18n.Language;
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
    ResourceBundle bundle = ResourceBundle.getBundle(Language.BUNDLE, language.getLocale());
    JsonObjectBuilder json = Json.createObjectBuilder();
    for (String key : bundle.keySet()) {
      for (String prefix : PREFIXES) {
        if (key.startsWith(prefix)) {
          json.add(key, bundle.getString(key));
        }
      }
    }
    return json.build().toString();
  }
}

package org.ipu.assembly.amendments.rules;

import java.util.Locale;
import java.util.Optional;

/**
 * The languages of a draft: English and French, the official languages, always; Spanish and Arabic
 * when the Secretariat adds them.
 */
public enum DraftLanguage {
  EN,
  FR,
  ES,
  AR;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public boolean official() {
    return this == EN || this == FR;
  }

  public static Optional<DraftLanguage> of(String code) {
    for (DraftLanguage language : values()) {
      if (language.code().equals(code)) {
        return Optional.of(language);
      }
    }
    return Optional.empty();
  }
}
